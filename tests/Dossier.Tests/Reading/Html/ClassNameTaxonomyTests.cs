using Dossier.Reading.Html;

namespace Dossier.Tests.Reading.Html;

/// <summary>Class tokens that name a taxonomy or a state ("tag-politics", "has-sidebar") say nothing of the element.</summary>
public class ClassNameTaxonomyTests
{
    [Theory]
    [InlineData("tag-politics")]
    [InlineData("Category-Sidebar")]
    [InlineData("has-sidebar")]
    [InlineData("no-ads")]
    [InlineData("enable-pin-share")]
    [InlineData("without-comments")]
    public void Taxonomy_and_state_tokens_give_no_hints(string value)
    {
        Assert.Equal(ElementHints.None, ClassNameHints.FromName(value));
    }

    [Theory]
    [InlineData("sidebar")]
    [InlineData("share-tools")]        // the first word is not a prefix
    [InlineData("adslot-has-x")]       // a prefix's word later in the token does not count
    [InlineData("navigation-has-more")] // the first hyphen comes after a longer word than any prefix
    public void Other_tokens_are_read_word_by_word(string value)
    {
        Assert.True(ClassNameHints.FromName(value).HasFlag(ElementHints.Boilerplate));
    }
}

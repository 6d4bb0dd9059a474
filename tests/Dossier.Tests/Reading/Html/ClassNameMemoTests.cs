using Dossier.Reading.Html;

namespace Dossier.Tests.Reading.Html;

/// <summary>The per-page memo of class values answers exactly what the uncached rules answer, however often it is asked.</summary>
public class ClassNameMemoTests
{
    [Theory]
    [InlineData("share-bar")]
    [InlineData("article-body entry-content")]
    [InlineData("tag-politics has-sidebar")]
    [InlineData("")]
    public void Hints_are_those_of_the_class_value_every_time(string value)
    {
        var memo = new ClassNameMemo();
        Assert.Equal(ClassNameHints.FromName(value), memo.Hints(value));
        Assert.Equal(ClassNameHints.FromName(value), memo.Hints(value));
    }

    [Theory]
    [InlineData("byline", true)]
    [InlineData("Author-Name", true)]
    [InlineData("comment-author", false)]
    [InlineData("article-body", false)]
    public void Byline_names_are_recognised_and_comment_authors_are_not(string value, bool namesByline)
    {
        var memo = new ClassNameMemo();
        Assert.Equal(ClassNameHints.FromName(value), memo.Hints(value)); // both answers live in one entry
        Assert.Equal(namesByline, memo.NamesByline(value));
        Assert.Equal(namesByline, memo.NamesByline(value));
    }
}

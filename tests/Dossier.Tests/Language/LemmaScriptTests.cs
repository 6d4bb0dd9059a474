using Dossier.Language.Lemmas;

namespace Dossier.Tests.Language;

public class LemmaScriptTests
{
    [Theory]
    [InlineData("forces", "force")]
    [InlineData("went", "go")]
    [InlineData("The", "the")]
    [InlineData("Zaman", "Zaman")]
    [InlineData("n't", "not")]
    [InlineData("Running", "run")]
    public void A_script_learned_from_a_pair_reproduces_the_lemma(string form, string lemma)
    {
        Assert.Equal(lemma, LemmaScript.Between(form, lemma).Apply(form));
    }

    [Fact]
    public void A_script_generalises_to_words_with_the_same_ending()
    {
        var plural = LemmaScript.Between("forces", "force");
        Assert.Equal("militant", plural.Apply("militants"));
        var gerund = LemmaScript.Between("hoping", "hope");
        Assert.Equal("cope", gerund.Apply("coping"));
    }

    [Fact]
    public void A_script_that_strips_more_than_the_word_leaves_it_alone()
    {
        var script = new LemmaScript(true, 5, "go");
        Assert.Equal("ab", script.Apply("ab"));
    }
}

using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The learned content end: trailing clauses of an unquoted content that PolNeAR leaves out (", and the mayor agreed").</summary>
public class ContentExtentTests
{
    /// <summary>"Maria Lopez said that the plan would fail , and the mayor agreed ." with a hand-made UD tree.</summary>
    private static Document MayorAgreed()
    {
        var document = SimpleText.Analyse("Maria Lopez said that the plan would fail, and the mayor agreed.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb,
            UniversalPos.Punct, UniversalPos.Cconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None, PennTag.CC, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["Maria", "Lopez", "say", "that", "the", "plan", "would", "fail", ",", "and", "the", "mayor", "agree", "."];
        int[] heads = [1, 2, -1, 7, 5, 7, 7, 2, 12, 12, 11, 12, 7, 2];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Aux, DependencyRelation.Ccomp, DependencyRelation.Punct, DependencyRelation.Cc, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Conj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    /// <summary>"Maria Lopez said that the plan would fail , which worried the mayor ." with a hand-made UD tree.</summary>
    private static Document WorriedTheMayor()
    {
        var document = SimpleText.Analyse("Maria Lopez said that the plan would fail, which worried the mayor.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb,
            UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None, PennTag.WDT, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["Maria", "Lopez", "say", "that", "the", "plan", "would", "fail", ",", "which", "worry", "the", "mayor", "."];
        int[] heads = [1, 2, -1, 7, 5, 7, 7, 2, 10, 10, 7, 12, 10, 2];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Aux, DependencyRelation.Ccomp, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.AclRelcl, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void The_rules_end_the_content_before_a_conjunct_with_its_own_subject_and_keep_a_relative_clause()
    {
        Assert.Equal("that the plan would fail", Content(MayorAgreed(), null));
        Assert.Equal("that the plan would fail, which worried the mayor", Content(WorriedTheMayor(), null));
    }

    [Fact]
    public void A_model_that_runs_on_over_a_conjunct_takes_it_into_the_content()
    {
        // Running on needs only the odds of ContentExtent.RunOnThreshold; the model's own threshold is for cuts.
        var runsOn = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t1\n"));
        Assert.Equal("that the plan would fail, and the mayor agreed", Content(MayorAgreed(), runsOn));
    }

    [Fact]
    public void A_model_that_cuts_relative_clauses_ends_the_content_before_the_comma()
    {
        var cutsWhich = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-3\nb|n=,|which\t6\nX:bias\t-5\n"));
        Assert.Equal("that the plan would fail", Content(WorriedTheMayor(), cutsWhich));
    }

    [Fact]
    public void A_model_that_neither_cuts_nor_runs_on_leaves_the_rules_end()
    {
        var stays = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\n"));
        Assert.Equal("that the plan would fail, which worried the mayor", Content(WorriedTheMayor(), stays));
        Assert.Equal("that the plan would fail", Content(MayorAgreed(), stays));
    }

    [Fact]
    public void A_direct_quote_is_never_cut()
    {
        var document = SimpleText.Analyse("Maria Lopez said: \"The plan would fail, and the mayor agreed.\"");
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { ContentExtent = CueClassifier.Parse(new StringReader("#threshold 0.5\nbias\t9\n")) }.Extract(document));
        Assert.Contains("the mayor agreed", document.Substring(Assert.Single(quote.Content)));
    }

    private static string Content(Document document, CueClassifier? model)
    {
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { ContentExtent = model }.Extract(document));
        Assert.Equal("said", document.Substring(quote.Cue!.Value));
        return document.Substring(Assert.Single(quote.Content));
    }
}

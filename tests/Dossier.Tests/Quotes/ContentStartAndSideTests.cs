using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The learned content start (an addressee or a leading conjunction PolNeAR leaves out, or takes in) and the right side of a parenthetical attribution.</summary>
public class ContentStartAndSideTests
{
    /// <summary>"Maria Lopez urged voters to reject the plan ." with a hand-made UD tree.</summary>
    private static Document UrgedVoters()
    {
        var document = SimpleText.Analyse("Maria Lopez urged voters to reject the plan.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Noun, UniversalPos.Part, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.NNS, PennTag.TO, PennTag.VB, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["Maria", "Lopez", "urge", "voter", "to", "reject", "the", "plan", "."];
        int[] heads = [1, 2, -1, 2, 5, 2, 7, 5, 2];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Obj, DependencyRelation.Mark,
            DependencyRelation.Xcomp, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    /// <summary>"But the plan would fail , Maria Lopez said ." with a hand-made UD tree.</summary>
    private static Document ButThePlan()
    {
        var document = SimpleText.Analyse("But the plan would fail, Maria Lopez said.");
        UniversalPos[] pos = [UniversalPos.Cconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.CC, PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None, PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.None];
        string[] lemmas = ["but", "the", "plan", "would", "fail", ",", "Maria", "Lopez", "say", "."];
        int[] heads = [4, 2, 4, 4, -1, 4, 7, 8, 4, 4];
        DependencyRelation[] relations = [DependencyRelation.Cc, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Root,
            DependencyRelation.Punct, DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Parataxis, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    /// <summary>"The plan would fail , Maria Lopez said , and the mayor agreed ." with a hand-made UD tree.</summary>
    private static Document MayorAgreedAfterwards()
    {
        var document = SimpleText.Analyse("The plan would fail, Maria Lopez said, and the mayor agreed.");
        UniversalPos[] pos = [UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb,
            UniversalPos.Punct, UniversalPos.Cconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None, PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.None, PennTag.CC, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["the", "plan", "would", "fail", ",", "Maria", "Lopez", "say", ",", "and", "the", "mayor", "agree", "."];
        int[] heads = [1, 3, 3, -1, 7, 6, 7, 3, 12, 12, 11, 12, 3, 3];
        DependencyRelation[] relations = [DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Root, DependencyRelation.Punct, DependencyRelation.Compound,
            DependencyRelation.Nsubj, DependencyRelation.Parataxis, DependencyRelation.Punct, DependencyRelation.Cc, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Conj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void The_rules_keep_the_addressee_of_urge_and_a_leading_but()
    {
        Assert.Equal("voters to reject the plan", Content(UrgedVoters(), "urged", null));
        Assert.Equal("But the plan would fail", Content(ButThePlan(), "said", null));
    }

    [Fact]
    public void A_model_that_drops_an_object_of_the_cue_starts_the_content_after_the_addressee()
    {
        var dropsObject = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\nS-bias\t-5\nS-a|r=cue|obj\t10\n"));
        Assert.Equal("to reject the plan", Content(UrgedVoters(), "urged", dropsObject));
    }

    [Fact]
    public void A_model_that_drops_a_leading_conjunction_starts_content_before_its_cue_after_it()
    {
        var dropsBut = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\nS-bias\t-5\nS-side|w=before|but\t10\n"));
        Assert.Equal("the plan would fail", Content(ButThePlan(), "said", dropsBut));
    }

    [Fact]
    public void A_model_that_grows_the_start_takes_the_words_between_cue_and_content_back()
    {
        var dropsThenGrows = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\nS+bias\t5\nS-bias\t-5\n"));
        var document = UrgedVoters();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        // The rules' start moved past the addressee by hand: the walk back takes it in again, never the cue.
        quote.Content[0] = new TextSpan(document.Text.IndexOf("to reject", StringComparison.Ordinal), quote.Content[0].End);
        ContentExtent.Apply(document, [quote], dropsThenGrows);
        Assert.Equal("voters to reject the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_model_that_drops_everything_still_keeps_two_words()
    {
        var dropsAll = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\nS-bias\t20\n"));
        Assert.Equal("would fail", Content(ButThePlan(), "said", dropsAll));
    }

    [Fact]
    public void A_model_learned_before_the_start_walks_leaves_the_rules_start()
    {
        var endsOnly = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\n"));
        Assert.Equal("voters to reject the plan", Content(UrgedVoters(), "urged", endsOnly));
    }

    [Fact]
    public void The_rules_leave_out_a_clause_with_its_own_subject_after_a_parenthetical_attribution()
    {
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(MayorAgreedAfterwards()));
        Assert.Single(quote.Content);
    }

    [Fact]
    public void A_model_that_takes_the_right_side_adds_it_as_a_second_fragment()
    {
        var document = MayorAgreedAfterwards();
        var takesSide = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\nP+bias\t5\nP-bias\t-5\n"));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { ContentExtent = takesSide }.Extract(document));
        Assert.Equal(["The plan would fail", "and the mayor agreed"], quote.Content.Select(document.Substring));
    }

    [Fact]
    public void A_model_that_drops_the_right_side_leaves_the_content_before_the_attribution()
    {
        var document = MayorAgreedAfterwards();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        int side = document.Text.IndexOf("and the mayor", StringComparison.Ordinal);
        quote.Content.Add(new TextSpan(side, side + "and the mayor agreed".Length));
        var dropsSide = CueClassifier.Parse(new StringReader("#threshold 0.8\nbias\t-5\nX:bias\t-5\nP+bias\t5\nP-bias\t5\n"));
        ContentExtent.Apply(document, [quote], dropsSide);
        Assert.Equal("The plan would fail", document.Substring(Assert.Single(quote.Content)));
    }

    private static string Content(Document document, string cue, CueClassifier? model)
    {
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { ContentExtent = model }.Extract(document));
        Assert.Equal(cue, document.Substring(quote.Cue!.Value));
        return document.Substring(Assert.Single(quote.Content));
    }
}

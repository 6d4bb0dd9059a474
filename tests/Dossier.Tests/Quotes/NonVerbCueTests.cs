using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>Nouns, adjectives and place phrases as cues (ExtractionRun.NonVerbs.cs), on documents whose trees are set by hand.</summary>
public class NonVerbCueTests
{
    /// <summary>A non-verb classifier that accepts the candidates whose head lemma is <paramref name="lemma"/> and no other.</summary>
    private static QuoteExtractor With(string lemma) => new(CueLexicon.Default)
    {
        NonVerbClassifier = new CueClassifier(new Dictionary<string, float> { ["bias"] = -3f, ["l=" + lemma] = 6f }, NonVerbCueModel.DefaultThreshold),
    };

    /// <summary>"His criticism of the plan grew ." with a hand-made UD tree.</summary>
    private static Document Criticism()
    {
        var document = SimpleText.Analyse("His criticism of the plan grew.");
        UniversalPos[] pos = [UniversalPos.Pron, UniversalPos.Noun, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.PRPS, PennTag.NN, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["he", "criticism", "of", "the", "plan", "grow", "."];
        int[] heads = [1, 5, 4, 4, 1, -1, 5];
        DependencyRelation[] relations = [DependencyRelation.NmodPoss, DependencyRelation.Nsubj, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Nmod, DependencyRelation.Root, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void Noun_with_a_prepositional_phrase_is_a_cue_with_its_possessor_as_source_and_the_phrase_object_as_content()
    {
        var document = Criticism();
        var quote = Assert.Single(With("criticism").Extract(document));
        Assert.Equal("criticism of", document.Substring(quote.Cue!.Value));
        Assert.Equal("His", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void Noun_candidate_is_left_alone_without_the_classifier_or_when_it_declines()
    {
        var document = Criticism();
        Assert.Empty(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Empty(With("plan").Extract(document));
    }

    [Fact]
    public void Adjective_with_a_copula_and_a_complement_is_a_cue_with_its_subject_as_source()
    {
        var document = SimpleText.Analyse("Cruz was critical of the deal.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Aux, UniversalPos.Adj, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.VBD, PennTag.JJ, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["Cruz", "be", "critical", "of", "the", "deal", "."];
        int[] heads = [2, 2, -1, 5, 5, 2, 2];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Cop, DependencyRelation.Root, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Obl, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(With("critical").Extract(document));
        Assert.Equal("was critical of", document.Substring(quote.Cue!.Value));
        Assert.Equal("Cruz", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the deal", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void Opening_place_phrase_is_a_cue_whose_object_is_the_source_of_the_rest_of_the_clause()
    {
        var document = SimpleText.Analyse("In a new poll, Clinton led Sanders.");
        UniversalPos[] pos = [UniversalPos.Adp, UniversalPos.Det, UniversalPos.Adj, UniversalPos.Noun, UniversalPos.Punct, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Propn, UniversalPos.Punct];
        PennTag[] tags = [PennTag.IN, PennTag.DT, PennTag.JJ, PennTag.NN, PennTag.None, PennTag.NNP, PennTag.VBD, PennTag.NNP, PennTag.None];
        string[] lemmas = ["in", "a", "new", "poll", ",", "Clinton", "lead", "Sanders", "."];
        int[] heads = [3, 3, 3, 6, 6, 6, -1, 6, 6];
        DependencyRelation[] relations = [DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Amod, DependencyRelation.Obl, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(With("in").Extract(document));
        Assert.Equal("In", document.Substring(quote.Cue!.Value));
        Assert.Equal("a new poll", document.Substring(quote.Speaker!.Value));
        Assert.Equal("Clinton led Sanders", document.Substring(Assert.Single(quote.Content)));
    }
}

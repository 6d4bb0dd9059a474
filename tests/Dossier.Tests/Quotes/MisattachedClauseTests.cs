using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>A "that"-clause the parser hangs from the noun of an adverbial of the cue is still the cue's content, from "that".</summary>
public class MisattachedClauseTests
{
    /// <summary>
    /// "Kasich predicted at the most recent Republican debate that Republicans will win ." with a hand-made UD tree that
    /// hangs the clause from "debate"; the "that" stands too far from the cue for the word rules' window.
    /// </summary>
    private static Document PredictedAtTheDebate()
    {
        var document = SimpleText.Analyse("Kasich predicted at the most recent Republican debate that Republicans will win.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Adv, UniversalPos.Adj, UniversalPos.Adj,
            UniversalPos.Noun, UniversalPos.Sconj, UniversalPos.Propn, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.RBS, PennTag.JJ, PennTag.JJ, PennTag.NN, PennTag.IN, PennTag.NNPS, PennTag.MD,
            PennTag.VB, PennTag.None];
        string[] lemmas = ["Kasich", "predict", "at", "the", "most", "recent", "Republican", "debate", "that", "Republicans", "will", "win", "."];
        int[] heads = [1, -1, 7, 7, 5, 7, 7, 1, 11, 11, 11, 7, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Advmod,
            DependencyRelation.Amod, DependencyRelation.Amod, DependencyRelation.Obl, DependencyRelation.Mark, DependencyRelation.Nsubj, DependencyRelation.Aux,
            DependencyRelation.Acl, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void A_that_clause_hung_from_the_noun_of_an_adverbial_of_the_cue_opens_the_content()
    {
        var document = PredictedAtTheDebate();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("that Republicans will win", string.Join(" | ", quote.Content.Select(document.Substring)));
    }
}

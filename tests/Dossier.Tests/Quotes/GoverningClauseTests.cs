using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>A cue inside a relative or adverbial clause reports only that clause, never the main clause it hangs from.</summary>
public class GoverningClauseTests
{
    /// <summary>"Voters who say the economy matters most were divided ." with a hand-made UD tree: "say" is a relative clause of the main clause's subject.</summary>
    private static Document VotersWhoSay()
    {
        var document = SimpleText.Analyse("Voters who say the economy matters most were divided.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Adv, UniversalPos.Aux, UniversalPos.Adj, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.WP, PennTag.VBP, PennTag.DT, PennTag.NN, PennTag.VBZ, PennTag.RBS, PennTag.VBD, PennTag.JJ, PennTag.None];
        string[] lemmas = ["voter", "who", "say", "the", "economy", "matter", "most", "be", "divided", "."];
        int[] heads = [8, 2, 0, 4, 5, 2, 5, 8, -1, 8];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Nsubj, DependencyRelation.AclRelcl, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Ccomp, DependencyRelation.Advmod, DependencyRelation.Cop, DependencyRelation.Root, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    /// <summary>
    /// "Lee , who admitted that the race would be hard when the polls close , said his campaign will fight ." with a
    /// hand-made UD tree that hangs "when the polls close" from the main verb, as the parser often does.
    /// </summary>
    private static Document LeeWhoAdmitted()
    {
        var document = SimpleText.Analyse("Lee, who admitted that the race would be hard when the polls close, said his campaign will fight.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Aux,
            UniversalPos.Adj, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Verb, UniversalPos.Pron, UniversalPos.Noun, UniversalPos.Aux,
            UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.None, PennTag.WP, PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.JJ,
            PennTag.WRB, PennTag.DT, PennTag.NNS, PennTag.VBP, PennTag.None, PennTag.VBD, PennTag.PRPS, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None];
        string[] lemmas = ["Lee", ",", "who", "admit", "that", "the", "race", "would", "be", "hard", "when", "the", "poll", "close", ",", "say", "his", "campaign", "will", "fight", "."];
        int[] heads = [15, 3, 3, 0, 9, 6, 9, 9, 9, 3, 13, 12, 13, 15, 15, -1, 17, 19, 19, 15, 15];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.AclRelcl, DependencyRelation.Mark, DependencyRelation.Det,
            DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Cop, DependencyRelation.Ccomp, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Advcl, DependencyRelation.Punct, DependencyRelation.Root, DependencyRelation.NmodPoss, DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Ccomp,
            DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void A_cue_in_a_relative_clause_of_the_subject_reports_that_clause_only()
    {
        Assert.Equal("the economy matters most", Content(VotersWhoSay(), "say"));
    }

    [Fact]
    public void A_cue_in_an_adverbial_clause_keeps_what_the_parser_hangs_from_the_main_verb_before_its_subject()
    {
        Assert.Equal("that the race would be hard when the polls close", Content(LeeWhoAdmitted(), "admitted"));
    }

    private static string Content(Document document, string cue)
    {
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document), q => document.Substring(q.Cue!.Value) == cue);
        return string.Join(" | ", quote.Content.ToArray().Select(document.Substring));
    }
}

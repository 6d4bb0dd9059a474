using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The syntax-driven parts of the extractor, on documents whose tokens and trees are set by hand.</summary>
public class SyntacticCueTests
{
    private static readonly SyntacticCueTable Table = SyntacticCueTable.Parse(new StringReader("mock\tobj\t30\t60\n"));

    /// <summary>"Senators have sharply mocked the plan ." with a hand-made UD tree.</summary>
    internal static Document Criticism()
    {
        var document = SimpleText.Analyse("Senators have sharply mocked the plan.");
        var tokens = document.Tokens;
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Adv, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBP, PennTag.RB, PennTag.VBN, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["senator", "have", "sharply", "mock", "the", "plan", "."];
        int[] heads = [3, 3, 3, -1, 5, 3, 3];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Advmod, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void Learned_cue_verb_with_subject_and_object_is_an_attribution_with_its_auxiliaries_in_the_cue()
    {
        var document = Criticism();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { SyntacticCues = Table }.Extract(document));
        Assert.Equal("have sharply mocked", document.Substring(quote.Cue!.Value));
        Assert.Equal("Senators", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void Subject_of_a_passive_cue_is_not_its_speaker_but_part_of_its_content()
    {
        var document = SimpleText.Analyse("Senators are expected to win.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Part, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBP, PennTag.VBN, PennTag.TO, PennTag.VB, PennTag.None];
        string[] lemmas = ["senator", "be", "expect", "to", "win", "."];
        int[] heads = [2, 2, -1, 4, 2, 2];
        DependencyRelation[] relations = [DependencyRelation.NsubjPass, DependencyRelation.AuxPass, DependencyRelation.Root, DependencyRelation.Mark, DependencyRelation.Xcomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var table = SyntacticCueTable.Parse(new StringReader("expect\txcomp\t30\t60\n"));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { SyntacticCues = table }.Extract(document));
        Assert.Equal("are expected", document.Substring(quote.Cue!.Value));
        Assert.Null(quote.Speaker);
        Assert.Equal(["Senators", "to win"], quote.Content.Select(document.Substring));
    }

    [Fact]
    public void Subject_before_a_parenthetical_attribution_opens_the_content()
    {
        var document = SimpleText.Analyse("This campaign, he says, is different.");
        UniversalPos[] pos = [UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Aux, UniversalPos.Adj, UniversalPos.Punct];
        PennTag[] tags = [PennTag.DT, PennTag.NN, PennTag.None, PennTag.PRP, PennTag.VBZ, PennTag.None, PennTag.VBZ, PennTag.JJ, PennTag.None];
        string[] lemmas = ["this", "campaign", ",", "he", "say", ",", "be", "different", "."];
        int[] heads = [1, 4, 1, 4, -1, 4, 7, 4, 4];
        DependencyRelation[] relations = [DependencyRelation.Det, DependencyRelation.Obl, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Punct, DependencyRelation.Cop, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("he", document.Substring(quote.Speaker!.Value));
        Assert.Equal(["This campaign", "is different"], quote.Content.Select(document.Substring));
    }

    [Fact]
    public void Particle_of_the_cue_verb_belongs_to_the_cue()
    {
        var document = SimpleText.Analyse("Senators brushed off the plan.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBD, PennTag.RP, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["senator", "brush", "off", "the", "plan", "."];
        int[] heads = [1, -1, 1, 4, 1, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.CompoundPrt, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var table = SyntacticCueTable.Parse(new StringReader("brush\tobj\t30\t60\n"));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { SyntacticCues = table }.Extract(document));
        Assert.Equal("brushed off", document.Substring(quote.Cue!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void Adverb_opening_the_sentence_is_no_part_of_the_speaker()
    {
        var document = SimpleText.Analyse("Now Bloomberg said the plan failed.");
        UniversalPos[] pos = [UniversalPos.Adv, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.RB, PennTag.NNP, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["now", "Bloomberg", "say", "the", "plan", "fail", "."];
        int[] heads = [2, 2, -1, 4, 5, 2, 2];
        DependencyRelation[] relations = [DependencyRelation.Advmod, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("Bloomberg", document.Substring(quote.Speaker!.Value));
    }

    [Fact]
    public void Without_the_learned_table_the_verb_is_no_cue()
    {
        Assert.Empty(new QuoteExtractor(CueLexicon.Default).Extract(Criticism()));
    }

    [Fact]
    public void Table_drops_verbs_seen_too_rarely_and_keeps_seldom_annotated_ones_below_the_threshold()
    {
        var table = SyntacticCueTable.Parse(new StringReader("# comment\nsay\tccomp\t90\t100\nrare\tobj\t3\t4\nsee\tobj\t5\t200\n"));
        Assert.Equal(2, table.Count);
        Assert.Equal([new CueComplement(DependencyRelation.Ccomp, null)], table.ComplementsOf("say").ToArray());
        Assert.Empty(table.ComplementsOf("see"));
        Assert.Equal((0.025, 200), table.ShareOf("see", new CueComplement(DependencyRelation.Obj, null)));
        Assert.Equal((0.0, 0), table.ShareOf("rare", new CueComplement(DependencyRelation.Obj, null)));
    }
}

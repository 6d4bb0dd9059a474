using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>
/// "“…,” X said" and "“…,” said X" with a speaker the name rules cut short or pass over: the content on the left of the
/// comma or closing mark is still read, with the cue and its speaker.
/// </summary>
public class SpeakerBeforeCommaTests
{
    [Fact]
    public void A_speaker_with_a_bracketed_party_tag_before_the_cue_still_reports_the_quotation_before_it()
    {
        var document = SimpleText.Analyse("“There is tremendous energy in these races,” Rep. Earl Blumenauer (D-Ore.) said.");
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("“There is tremendous energy in these races,”", Content(document, quote));
        Assert.Equal("Rep. Earl Blumenauer (D-Ore.)", document.Substring(quote.Speaker!.Value));
    }

    /// <summary>"“ We won , ” a spokesman for the party said ." with a hand-made UD tree: "spokesman" is the subject of "said".</summary>
    private static Document SpokesmanForTheParty()
    {
        var document = SimpleText.Analyse("“We won,” a spokesman for the party said.");
        UniversalPos[] pos = [UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Punct, UniversalPos.Det, UniversalPos.Noun,
            UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.None, PennTag.PRP, PennTag.VBD, PennTag.None, PennTag.None, PennTag.DT, PennTag.NN, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["“", "we", "win", ",", "”", "a", "spokesman", "for", "the", "party", "say", "."];
        int[] heads = [2, 2, 10, 2, 2, 6, 10, 9, 9, 6, -1, 10];
        DependencyRelation[] relations = [DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct, DependencyRelation.Punct,
            DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Nmod, DependencyRelation.Root, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void The_parsed_subject_is_the_speaker_when_the_name_rules_stop_at_a_determiner_inside_it()
    {
        var document = SpokesmanForTheParty();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("“We won,”", Content(document, quote));
        Assert.Equal("a spokesman for the party", document.Substring(quote.Speaker!.Value));
    }

    /// <summary>
    /// "“ We won , ” said one of the advisers ." with a hand-made UD tree that, as the parser often does after an
    /// inverted cue, reads "one" as the object of "said", so the parser gives the cue no subject.
    /// </summary>
    private static Document SaidOneOfTheAdvisers()
    {
        var document = SimpleText.Analyse("“We won,” said one of the advisers.");
        UniversalPos[] pos = [UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Punct, UniversalPos.Verb, UniversalPos.Num,
            UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.None, PennTag.PRP, PennTag.VBD, PennTag.None, PennTag.None, PennTag.VBD, PennTag.CD, PennTag.IN, PennTag.DT, PennTag.NNS, PennTag.None];
        string[] lemmas = ["“", "we", "win", ",", "”", "say", "one", "of", "the", "adviser", "."];
        int[] heads = [2, 2, 5, 2, 2, -1, 5, 9, 9, 6, 5];
        DependencyRelation[] relations = [DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct, DependencyRelation.Punct,
            DependencyRelation.Root, DependencyRelation.Obj, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Nmod, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void A_lowercase_noun_phrase_after_an_inverted_cue_is_its_speaker()
    {
        var document = SaidOneOfTheAdvisers();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("“We won,”", Content(document, quote));
        Assert.Equal("one of the advisers", document.Substring(quote.Speaker!.Value));
    }

    private static string Content(Document document, QuoteDraft quote) => string.Join(" | ", quote.Content.Select(document.Substring));
}

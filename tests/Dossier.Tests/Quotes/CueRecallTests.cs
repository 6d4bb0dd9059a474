using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>Cues the extractor used to miss on PolNeAR train: a second speaker inside a reported clause, a participle after a noun.</summary>
public class CueRecallTests
{
    private static string ContentOf(Document d, Quote q) => string.Join(" | ", q.Content.ToArray().Select(d.Substring));

    [Fact]
    public void A_second_speaker_after_but_starts_an_attribution_of_its_own()
    {
        var document = SimpleText.Analyse("Maria Lopez said the plan would fail but Karl Weiss said it would pass.");
        new QuotesComponent().Process(document);
        var quotes = document.Get<QuoteLayer>().All().ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the plan would fail", ContentOf(document, quotes[0]));
        Assert.Equal("Karl Weiss", quotes[1].SpeakerName);
        Assert.Equal("it would pass", ContentOf(document, quotes[1]));
    }

    [Fact]
    public void A_cue_word_inside_reported_speech_without_a_subject_of_its_own_stays_content()
    {
        var document = SimpleText.Analyse("Maria Lopez said the plan would fail and said nothing else.");
        new QuotesComponent().Process(document);
        Assert.Single(document.Get<QuoteLayer>().All());
    }

    /// <summary>"Democrats backing the bill praised Smith ." with a hand-made UD tree: "backing" is an acl of "Democrats".</summary>
    private static Document Backing()
    {
        var document = SimpleText.Analyse("Democrats backing the bill praised Smith.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Propn, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNPS, PennTag.VBG, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.NNP, PennTag.None];
        string[] lemmas = ["Democrat", "back", "the", "bill", "praise", "Smith", "."];
        int[] heads = [4, 0, 3, 1, -1, 4, 4];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Acl, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Root, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void A_participle_after_a_noun_is_a_candidate_whose_speaker_is_that_noun()
    {
        var document = Backing();
        var table = SyntacticCueTable.Parse(new StringReader("back\tobj\t3\t60\n"));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = table, Classifier = CueClassifier.Parse(new StringReader("bias\t-1\nacl\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("backing", document.Substring(quote.Cue!.Value));
        Assert.Equal("Democrats", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the bill", document.Substring(Assert.Single(quote.Content)));
        var candidate = Assert.Single(extractor.Candidates(document), c => document.Substring(c.Cue) == "backing");
        Assert.Contains("acl=back", candidate.Features);
    }

    /// <summary>"Senators voiced concerns over the deal." with a hand-made UD tree ("over the deal" hangs from "concerns").</summary>
    private static Document Concerns()
    {
        var document = SimpleText.Analyse("Senators voiced concerns over the deal.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Noun, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBD, PennTag.NNS, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["senator", "voice", "concern", "over", "the", "deal", "."];
        int[] heads = [1, -1, 1, 5, 5, 2, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Obj, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Nmod, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void An_object_noun_and_its_preposition_close_the_cue_when_the_classifier_knows_the_kind()
    {
        var document = Concerns();
        var extractor = new QuoteExtractor(CueLexicon.Default) { Classifier = CueClassifier.Parse(new StringReader("bias\t-1\nobjphrase\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("voiced concerns over", document.Substring(quote.Cue!.Value));
        Assert.Equal("Senators", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the deal", document.Substring(Assert.Single(quote.Content)));
        var candidate = Assert.Single(extractor.Candidates(document), c => c.CueThroughMarker);
        Assert.Contains("k=obj/over", candidate.Features);
        Assert.Contains("lol=voice|concern", candidate.Features);
    }

    [Fact]
    public void An_object_phrase_candidate_tells_the_classifier_how_often_its_verb_alone_reports_with_an_object()
    {
        var document = Concerns();
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader("voice\tobj\t40\t50\n")) };
        var candidate = Assert.Single(extractor.Candidates(document), c => c.CueThroughMarker);
        Assert.Contains("opsh=6", candidate.Features);
        Assert.Contains("oplx=none", candidate.Features);
    }

    [Fact]
    public void A_classifier_that_never_saw_object_phrases_keeps_the_plain_object()
    {
        var document = Concerns();
        var extractor = new QuoteExtractor(CueLexicon.Default) { Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("voiced", document.Substring(quote.Cue!.Value));
        Assert.Equal("concerns over the deal", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_preposition_opening_the_content_of_a_lexicon_cue_belongs_to_the_cue()
    {
        var document = SimpleText.Analyse("Senators complained about the new plan.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Adj, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.JJ, PennTag.NN, PennTag.None];
        string[] lemmas = ["senator", "complain", "about", "the", "new", "plan", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Amod, DependencyRelation.Obl, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("complained about", document.Substring(quote.Cue!.Value));
        Assert.Equal("the new plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_preposition_after_the_object_stays_out_of_the_cue_and_the_object_opens_the_content()
    {
        var document = SimpleText.Analyse("Voters saw the senator as a fighter.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["voter", "see", "the", "senator", "as", "a", "fighter", "."];
        int[] heads = [1, -1, 3, 1, 6, 6, 1, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Obl, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader("see\tobl/as\t30\t60\n")), Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("saw", document.Substring(quote.Cue!.Value));
        Assert.Equal("the senator as a fighter", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_verb_with_only_a_preposition_after_it_reports_through_that_phrase_when_the_classifier_knows_the_kind()
    {
        var document = SimpleText.Analyse("Senators lashed out at the plan.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Adp, UniversalPos.Adp, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBD, PennTag.RP, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["senator", "lash", "out", "at", "the", "plan", "."];
        int[] heads = [1, -1, 1, 5, 5, 1, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.CompoundPrt, DependencyRelation.Case, DependencyRelation.Det, DependencyRelation.Obl, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var extractor = new QuoteExtractor(CueLexicon.Default) { Classifier = CueClassifier.Parse(new StringReader("bias\t-1\nprepobj\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("lashed out at", document.Substring(quote.Cue!.Value));
        Assert.Equal("Senators", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
        var older = new QuoteExtractor(CueLexicon.Default) { Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        Assert.Empty(older.Extract(document));
    }

    [Fact]
    public void A_cue_of_continue_runs_through_the_verb_of_its_infinitive()
    {
        var document = SimpleText.Analyse("Senators continued to question the plan.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Part, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBD, PennTag.TO, PennTag.VB, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["senator", "continue", "to", "question", "the", "plan", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Mark, DependencyRelation.Xcomp, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader("continue\txcomp\t30\t60\n")), Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("continued to question", document.Substring(quote.Cue!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void An_infinitive_marker_whose_verb_is_left_out_is_no_content()
    {
        var document = SimpleText.Analyse("Senators do not want to.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Part, UniversalPos.Verb, UniversalPos.Part, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.VBP, PennTag.RB, PennTag.VB, PennTag.TO, PennTag.None];
        string[] lemmas = ["senator", "do", "not", "want", "to", "."];
        int[] heads = [3, 3, 3, -1, 3, 3];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Advmod, DependencyRelation.Root, DependencyRelation.Xcomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader("want\txcomp\t30\t60\n")), Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        Assert.Empty(extractor.Extract(document));
    }

    [Fact]
    public void A_speaker_of_a_gerund_cue_may_also_speak_through_the_main_verb()
    {
        var document = SimpleText.Analyse("Cruz belittled the issue, calling it a paperwork error.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct, UniversalPos.Verb, UniversalPos.Pron, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.None, PennTag.VBG, PennTag.PRP, PennTag.DT, PennTag.NN, PennTag.NN, PennTag.None];
        string[] lemmas = ["Cruz", "belittle", "the", "issue", ",", "call", "it", "a", "paperwork", "error", "."];
        int[] heads = [1, -1, 3, 1, 5, 1, 5, 9, 9, 5, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct, DependencyRelation.Advcl,
            DependencyRelation.Obj, DependencyRelation.Det, DependencyRelation.Compound, DependencyRelation.Xcomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader("belittle\tobj\t3\t60\n")), Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        var quotes = extractor.Extract(document);
        Assert.Contains(quotes, q => document.Substring(q.Cue!.Value) == "calling");
        var main = Assert.Single(quotes, q => document.Substring(q.Cue!.Value) == "belittled");
        Assert.Equal("Cruz", document.Substring(main.Speaker!.Value));
        Assert.Equal("the issue", document.Substring(Assert.Single(main.Content)));
    }

    [Fact]
    public void A_subject_whose_relative_clause_was_already_reported_speaks_without_it()
    {
        var document = SimpleText.Analyse("Cruz, who says Trump lied, belittled the issue.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Punct, UniversalPos.Pron, UniversalPos.Verb, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Punct, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.None, PennTag.WP, PennTag.VBZ, PennTag.NNP, PennTag.VBD, PennTag.None, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["Cruz", ",", "who", "say", "Trump", "lie", ",", "belittle", "the", "issue", "."];
        int[] heads = [7, 3, 3, 0, 5, 3, 3, -1, 9, 7, 7];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.AclRelcl, DependencyRelation.Nsubj, DependencyRelation.Ccomp,
            DependencyRelation.Punct, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.Parse(new StringReader("belittle\tobj\t3\t60\n")), Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        var quotes = extractor.Extract(document);
        Assert.Equal("Trump lied", document.Substring(Assert.Single(Assert.Single(quotes, q => document.Substring(q.Cue!.Value) == "says").Content)));
        var main = Assert.Single(quotes, q => document.Substring(q.Cue!.Value) == "belittled");
        Assert.Equal("Cruz", document.Substring(main.Speaker!.Value));
        Assert.Equal("the issue", document.Substring(Assert.Single(main.Content)));
    }

    /// <summary>"The plan is backed by Maria Lopez ." with a hand-made UD tree: "The plan" is the passive subject, "by Maria Lopez" the agent.</summary>
    private static Document BackedBy()
    {
        var document = SimpleText.Analyse("The plan is backed by Maria Lopez.");
        UniversalPos[] pos = [UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Adp, UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Punct];
        PennTag[] tags = [PennTag.DT, PennTag.NN, PennTag.VBZ, PennTag.VBN, PennTag.IN, PennTag.NNP, PennTag.NNP, PennTag.None];
        string[] lemmas = ["the", "plan", "be", "back", "by", "Maria", "Lopez", "."];
        int[] heads = [1, 3, 3, -1, 5, 3, 5, 3];
        DependencyRelation[] relations = [DependencyRelation.Det, DependencyRelation.NsubjPass, DependencyRelation.AuxPass, DependencyRelation.Root, DependencyRelation.Case, DependencyRelation.OblAgent, DependencyRelation.Flat, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    [Fact]
    public void The_by_phrase_of_a_passive_is_its_source_and_the_passive_subject_its_content_when_the_classifier_knows_the_kind()
    {
        var document = BackedBy();
        var extractor = new QuoteExtractor(CueLexicon.Default) { Classifier = CueClassifier.Parse(new StringReader("bias\t-1\nagent\t3\n")) };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("is backed", document.Substring(quote.Cue!.Value));
        Assert.Equal("Maria Lopez", document.Substring(quote.Speaker!.Value));
        Assert.Equal("The plan", document.Substring(Assert.Single(quote.Content)));
        var candidate = Assert.Single(extractor.Candidates(document), c => document.Substring(c.Cue) == "is backed");
        Assert.Contains("agent=back", candidate.Features);
    }

    [Fact]
    public void A_classifier_that_never_saw_passive_agents_reports_no_passive()
    {
        var document = BackedBy();
        var extractor = new QuoteExtractor(CueLexicon.Default) { Classifier = CueClassifier.Parse(new StringReader("bias\t3\n")) };
        Assert.Empty(extractor.Extract(document));
    }
}

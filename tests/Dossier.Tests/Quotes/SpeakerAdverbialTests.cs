using Dossier.Language;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>
/// Words between the speaker and the cue that say when or how the verb happened ("soon", "this week") are no part of
/// the speaker, however the parser hangs them; a statement the speaker puts out is no speaker either.
/// </summary>
public class SpeakerAdverbialTests
{
    [Fact]
    public void An_adverb_the_parser_hangs_from_the_cue_is_left_out_of_the_speaker()
    {
        var document = SimpleText.Analyse("Officials soon noted that the plan failed.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Adv, UniversalPos.Verb, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNS, PennTag.RB, PennTag.VBD, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["official", "soon", "note", "that", "the", "plan", "fail", "."];
        int[] heads = [2, 2, -1, 6, 5, 6, 2, 2];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Advmod, DependencyRelation.Root, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("Officials", document.Substring(quote.Speaker!.Value));
    }

    [Fact]
    public void A_time_phrase_the_parser_takes_for_a_second_subject_is_left_out_of_the_speaker()
    {
        var document = SimpleText.Analyse("Campaign officials this week said the plan failed.");
        UniversalPos[] pos = [UniversalPos.Noun, UniversalPos.Noun, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NN, PennTag.NNS, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["campaign", "official", "this", "week", "say", "the", "plan", "fail", "."];
        int[] heads = [1, 4, 3, 4, -1, 6, 7, 4, 4];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("Campaign officials", document.Substring(quote.Speaker!.Value));
    }

    [Fact]
    public void Who_releases_a_statement_detailing_something_is_the_speaker_and_the_cue_runs_from_the_verb()
    {
        var document = SimpleText.Analyse("The campaign released a statement detailing the plan.");
        UniversalPos[] pos = [UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Punct];
        PennTag[] tags = [PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.VBG, PennTag.DT, PennTag.NN, PennTag.None];
        string[] lemmas = ["the", "campaign", "release", "a", "statement", "detail", "the", "plan", "."];
        int[] heads = [1, 2, -1, 4, 2, 4, 7, 5, 2];
        DependencyRelation[] relations = [DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Acl, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        // The classifier takes the participle that modifies a noun ("acl") and nothing else.
        var extractor = new QuoteExtractor(CueLexicon.Default)
        {
            SyntacticCues = SyntacticCueTable.Parse(new StringReader("detail\tobj\t30\t60\n")),
            Classifier = CueClassifier.Parse(new StringReader("bias\t-1\nacl\t3\n")),
        };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("The campaign", document.Substring(quote.Speaker!.Value));
        Assert.Equal("released a statement detailing", document.Substring(quote.Cue!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_description_set_off_before_the_name_belongs_to_the_speaker_though_the_parser_makes_the_name_the_subject()
    {
        var document = SimpleText.Analyse("His adviser, Tad Devine, told reporters that the plan failed.");
        UniversalPos[] pos = [UniversalPos.Pron, UniversalPos.Noun, UniversalPos.Punct, UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Punct, UniversalPos.Verb, UniversalPos.Noun, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.PRPS, PennTag.NN, PennTag.None, PennTag.NNP, PennTag.NNP, PennTag.None, PennTag.VBD, PennTag.NNS, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["his", "adviser", ",", "Tad", "Devine", ",", "tell", "reporter", "that", "the", "plan", "fail", "."];
        int[] heads = [1, 6, 1, 6, 3, 3, -1, 6, 11, 10, 11, 6, 6];
        DependencyRelation[] relations = [DependencyRelation.NmodPoss, DependencyRelation.Dislocated, DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.Flat, DependencyRelation.Punct, DependencyRelation.Root, DependencyRelation.Iobj, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("His adviser, Tad Devine,", document.Substring(quote.Speaker!.Value));
    }

    [Fact]
    public void The_dash_of_a_bulleted_line_is_no_part_of_the_speaker()
    {
        var document = SimpleText.Analyse("- Pew said the plan failed.");
        UniversalPos[] pos = [UniversalPos.Punct, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.None, PennTag.NNP, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["-", "Pew", "say", "the", "plan", "fail", "."];
        int[] heads = [2, 2, -1, 4, 5, 2, 2];
        DependencyRelation[] relations = [DependencyRelation.Punct, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("Pew", document.Substring(quote.Speaker!.Value));
    }

    [Fact]
    public void A_fronted_day_set_off_by_a_comma_is_no_part_of_the_speaker_the_parser_hangs_it_from()
    {
        var document = SimpleText.Analyse("Tuesday, director Jane Doe said the plan failed.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Punct, UniversalPos.Noun, UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.None, PennTag.NN, PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.DT, PennTag.NN, PennTag.VBD, PennTag.None];
        string[] lemmas = ["Tuesday", ",", "director", "Jane", "Doe", "say", "the", "plan", "fail", "."];
        int[] heads = [3, 0, 3, 5, 3, -1, 7, 8, 5, 5];
        DependencyRelation[] relations = [DependencyRelation.NmodTmod, DependencyRelation.Punct, DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Flat, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("director Jane Doe", document.Substring(quote.Speaker!.Value));
    }
}


using Dossier.Language;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The learned cue extent: words after (or before) the rules' cue that PolNeAR puts in the cue ("said Sunday", "declined to comment on").</summary>
public class CueExtentTests
{
    /// <summary>"Maria Lopez said Sunday that the plan would fail ." (or another cue verb) with a hand-made UD tree.</summary>
    private static Document SaidSunday(string verb = "said", string lemma = "say")
    {
        var document = SimpleText.Analyse($"Maria Lopez {verb} Sunday that the plan would fail.");
        UniversalPos[] pos = [UniversalPos.Propn, UniversalPos.Propn, UniversalPos.Verb, UniversalPos.Propn, UniversalPos.Sconj, UniversalPos.Det, UniversalPos.Noun, UniversalPos.Aux, UniversalPos.Verb, UniversalPos.Punct];
        PennTag[] tags = [PennTag.NNP, PennTag.NNP, PennTag.VBD, PennTag.NNP, PennTag.IN, PennTag.DT, PennTag.NN, PennTag.MD, PennTag.VB, PennTag.None];
        string[] lemmas = ["Maria", "Lopez", lemma, "Sunday", "that", "the", "plan", "would", "fail", "."];
        int[] heads = [1, 2, -1, 2, 8, 6, 8, 8, 2, 2];
        DependencyRelation[] relations = [DependencyRelation.Compound, DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Obl, DependencyRelation.Mark, DependencyRelation.Det, DependencyRelation.Nsubj, DependencyRelation.Aux, DependencyRelation.Ccomp, DependencyRelation.Punct];
        document.Set(new SyntaxLayer(document.Tokens, pos, tags, lemmas, heads, relations));
        return document;
    }

    /// <summary>A model that takes a day name after the cue and nothing else.</summary>
    private static CueClassifier TakesDays() => CueClassifier.Parse(new StringReader("#threshold 0.7\nbias\t-1\nw=sunday\t3\nL:bias\t-3\n"));

    [Fact]
    public void A_day_the_model_takes_runs_the_cue_on_and_stops_there()
    {
        var document = SaidSunday();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { CueExtent = TakesDays() }.Extract(document));
        Assert.Equal("said Sunday", document.Substring(quote.Cue!.Value));
        Assert.Equal("that the plan would fail", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void Without_the_model_the_cue_is_the_verb_the_rules_found()
    {
        var document = SaidSunday();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default).Extract(document));
        Assert.Equal("said", document.Substring(quote.Cue!.Value));
    }

    [Fact]
    public void A_cue_that_runs_into_its_content_takes_the_words_from_it_and_leaves_at_least_two()
    {
        var document = SaidSunday();
        // Every word is taken: the walk passes "that" and the content's first words, and the content keeps its last two.
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { CueExtent = CueClassifier.Parse(new StringReader("#threshold 0.5\nbias\t5\nL:bias\t-5\n")) }.Extract(document));
        Assert.Equal("said Sunday that the plan", document.Substring(quote.Cue!.Value));
        Assert.Equal("would fail", document.Substring(Assert.Single(quote.Content)));
        Assert.False(quote.Cue!.Value.Overlaps(quote.Content[0]));
    }

    [Fact]
    public void The_walk_never_takes_the_speaker()
    {
        var document = SaidSunday();
        // A model that takes every word on the left stops at "Lopez", the speaker.
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { CueExtent = CueClassifier.Parse(new StringReader("#threshold 0.5\nbias\t-5\nL:bias\t5\n")) }.Extract(document));
        Assert.Equal("said", document.Substring(quote.Cue!.Value));
        Assert.Equal("Maria Lopez", document.Substring(quote.Speaker!.Value));
    }

    /// <summary>A model that never takes a step: what is left is the rules' extent.</summary>
    private static CueClassifier TakesNothing() => CueClassifier.Parse(new StringReader("#threshold 0.7\nbias\t-5\nS:bias\t-5\nL:bias\t-5\n"));

    [Fact]
    public void A_weekday_after_a_cue_verb_other_than_say_is_part_of_the_cue()
    {
        var document = SaidSunday("announced", "announce");
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { CueExtent = TakesNothing() }.Extract(document));
        Assert.Equal("announced Sunday", document.Substring(quote.Cue!.Value));
        Assert.Equal("that the plan would fail", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_weekday_after_said_is_left_to_the_model()
    {
        var document = SaidSunday();
        var quote = Assert.Single(new QuoteExtractor(CueLexicon.Default) { CueExtent = TakesNothing() }.Extract(document));
        Assert.Equal("said", document.Substring(quote.Cue!.Value));
    }
}

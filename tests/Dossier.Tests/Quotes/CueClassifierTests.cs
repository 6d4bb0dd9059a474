using Dossier.Eval.Quotes;
using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

/// <summary>The learned decision over verb candidates the lexicon rules leave alone ("Senators have sharply mocked the plan.").</summary>
public class CueClassifierTests
{
    /// <summary>"mock" with an object is annotated in 3 of 60 uses: below every share threshold of the table.</summary>
    private static readonly SyntacticCueTable RareTable = SyntacticCueTable.Parse(new StringReader("mock\tobj\t3\t60\n"));

    private static CueClassifier Model(string weights) => CueClassifier.Parse(new StringReader(weights));

    [Fact]
    public void Classifier_reads_its_weights_and_threshold_and_gives_a_probability()
    {
        var model = Model("# comment\n#threshold 0.4\nbias\t-1\nl=mock\t2\n");
        Assert.Equal(0.4, model.Threshold);
        Assert.Equal(2, model.Count);
        Assert.Equal(1 / (1 + Math.Exp(-1)), model.Probability(["bias", "l=mock", "unknown"]), 6);
        Assert.True(model.Accepts(["bias", "l=mock"]));
        Assert.False(model.Accepts(["bias"]));
    }

    [Fact]
    public void Verb_below_the_table_share_is_no_cue_without_the_classifier()
    {
        Assert.Empty(new QuoteExtractor(CueLexicon.Default) { SyntacticCues = RareTable }.Extract(SyntacticCueTests.Criticism()));
    }

    [Fact]
    public void Classifier_admits_a_verb_the_table_share_alone_would_reject()
    {
        var document = SyntacticCueTests.Criticism();
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = RareTable, Classifier = Model("bias\t-1\nlk=mock|obj\t3\n") };
        var quote = Assert.Single(extractor.Extract(document));
        Assert.Equal("have sharply mocked", document.Substring(quote.Cue!.Value));
        Assert.Equal("Senators", document.Substring(quote.Speaker!.Value));
        Assert.Equal("the plan", document.Substring(Assert.Single(quote.Content)));
    }

    [Fact]
    public void Classifier_rejects_a_verb_the_table_share_would_admit()
    {
        var table = SyntacticCueTable.Parse(new StringReader("mock\tobj\t30\t60\n"));
        var extractor = new QuoteExtractor(CueLexicon.Default) { SyntacticCues = table, Classifier = Model("bias\t1\nsk=noun\t-3\n") };
        Assert.Empty(extractor.Extract(SyntacticCueTests.Criticism()));
    }

    [Fact]
    public void Candidates_for_training_carry_the_verb_subject_and_complement_features()
    {
        var document = SyntacticCueTests.Criticism();
        var candidate = Assert.Single(new QuoteExtractor(CueLexicon.Default) { SyntacticCues = RareTable }.Candidates(document));
        Assert.Equal("have sharply mocked", document.Substring(candidate.Cue));
        Assert.Equal("the plan", document.Substring(candidate.Content));
        Assert.Contains("lk=mock|obj", candidate.Features);
        Assert.Contains("sk=noun", candidate.Features);
        Assert.Contains("sh=1", candidate.Features);
        Assert.Contains("aux=have", candidate.Features);
    }

    [Fact]
    public void Logistic_regression_learns_which_feature_marks_the_positives()
    {
        var examples = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? new[] { "bias", "good" } : ["bias", "bad"], i % 2 == 0)).ToList();
        var model = new CueClassifier(LogisticRegressionTrainer.Train(examples));
        Assert.True(model.Probability(["bias", "good"]) > 0.8);
        Assert.True(model.Probability(["bias", "bad"]) < 0.2);
    }

    [Fact]
    public void Model_file_round_trips_weights_and_threshold()
    {
        var text = LogisticRegressionTrainer.Write(new Dictionary<string, float> { ["bias"] = -0.5f, ["l=say"] = 2.25f }, 0.45, 0.7, ["made by a test"]);
        var model = Model(text);
        Assert.Equal(0.45, model.Threshold);
        Assert.Equal(0.7, model.ObjectThreshold);
        Assert.Equal(1 / (1 + Math.Exp(-1.75)), model.Probability(["bias", "l=say"]), 5);
    }
}

using Dossier.Eval;
using Dossier.Eval.Sbd;

namespace Dossier.Tests.Text;

public class SbdScorerTests
{
    [SharedDataFact]
    public void The_golden_rules_pass_at_least_51_of_52()
    {
        var scorer = new SbdScorer();
        var context = EvalContext.For(scorer, SharedData.Root, new Dictionary<string, string?>(), TextWriter.Null);
        var report = scorer.Run(context);
        Assert.True(report.Metrics["passed"] >= 51, string.Join("\n", report.Lines));
    }

    [Fact]
    public void Sentences_are_compared_with_white_space_collapsed() =>
        Assert.Equal("a sentence cut off.", SbdScorer.Normalize(" a sentence\ncut \u00A0off. "));

    [Fact]
    public void A_case_passes_only_with_exactly_the_expected_sentences()
    {
        Assert.True(SbdScorer.Passes(new GoldenRuleCase(1, "two", "Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."])));
        Assert.False(SbdScorer.Passes(new GoldenRuleCase(2, "one", "Hello World. My name is Jonas.", ["Hello World. My name is Jonas."])));
    }
}

using System.Globalization;
using System.Text;
using Dossier.Text;

namespace Dossier.Eval.Sbd;

/// <summary>
/// Sentence boundaries on the 52 English Golden Rules (Pragmatic Segmenter's test suite): a case passes when the
/// splitter returns exactly the expected sentences. Sentences are compared after collapsing every run of white
/// space to one space, as the expected lists are written (the line-wrap cases expect "a sentence cut off").
/// </summary>
public sealed class SbdScorer : IScorer
{
    public string Name => "sbd";

    public string Description => "Sentence boundaries: exact sentence lists on the English Golden Rules";

    public IReadOnlyList<ScorerInput> Inputs { get; } =
        [new("--file", "Golden Rules JSON file", "sbd/golden_rules_en_pragmatic52.json")];

    public EvalReport Run(EvalContext context, CancellationToken cancellationToken = default)
    {
        string path = context.Input("--file");
        var cases = GoldenRulesFile.Load(path);
        var failing = new List<GoldenRuleCase>();
        foreach (var rule in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Passes(rule)) failing.Add(rule);
        }
        int passed = cases.Count - failing.Count;
        double accuracy = cases.Count == 0 ? 0 : (double)passed / cases.Count;
        var report = new EvalReport(Name).UsedData(path)
            .Metric("passed", passed)
            .Metric("accuracy", accuracy)
            .Line(string.Create(CultureInfo.InvariantCulture, $"passed {passed}/{cases.Count}  accuracy {accuracy:0.0000}"));
        report.Line(failing.Count == 0 ? "failing: none" : "failing: " + string.Join(", ", failing.Select(f => f.Id.ToString(CultureInfo.InvariantCulture))));
        foreach (var rule in failing)
            report.Line(string.Create(CultureInfo.InvariantCulture, $"  #{rule.Id} {rule.Title}: got [{string.Join(" | ", Split(rule.Text))}]"));
        return report;
    }

    public static bool Passes(GoldenRuleCase rule) => Split(rule.Text).SequenceEqual(rule.Expected.Select(Normalize));

    public static IEnumerable<string> Split(string text) =>
        SentenceSplitter.SplitText(text).Select(span => Normalize(text.Substring(span.Start, span.Length)));

    /// <summary>Every run of Unicode white space (U+00A0 included) becomes one space; the ends are trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}

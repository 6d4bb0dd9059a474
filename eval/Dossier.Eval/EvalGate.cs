using System.Globalization;
using Dossier.Diagnostics;

namespace Dossier.Eval;

/// <summary>
/// The CI gate (as trafilatura's eval_gate): runs every registered scorer on its default data, checks the data
/// fingerprint and that no metric fell below its floor. Every scorer must have floors: a capability without
/// a floor fails the gate.
/// </summary>
public sealed class EvalGate(Baseline baseline, string? dataRoot, TextWriter log)
{
    public sealed record Outcome(IReadOnlyList<DossierError> Failures, IReadOnlyList<string> Changes);

    /// <summary>Checks (or, with <paramref name="update"/>, raises) the floors of the chosen scorers.</summary>
    public Outcome Run(IEnumerable<IScorer> scorers, bool update, string? lowerReason, CancellationToken cancellationToken = default)
    {
        var failures = new List<DossierError>();
        var changes = new List<string>();
        foreach (var scorer in scorers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            log.WriteLine($"== {scorer.Name}: {scorer.Description}");
            EvalReport report;
            try
            {
                var context = EvalContext.For(scorer, dataRoot, new Dictionary<string, string?>(), log);
                var started = System.Diagnostics.Stopwatch.StartNew();
                report = scorer.Run(context, cancellationToken);
                foreach (var line in report.Lines) log.WriteLine("   " + line);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   ({started.Elapsed.TotalSeconds:0.0} s)"));
            }
            catch (DossierException ex)
            {
                failures.Add(ex.Error);
                log.WriteLine($"   FAILED: {ex.Error}");
                continue;
            }

            var floors = baseline.Floors(scorer.Name);
            if (update)
            {
                var gated = floors.Count > 0 ? floors.Keys.Where(report.Metrics.ContainsKey).ToList() : [.. report.Metrics.Keys];
                changes.AddRange(baseline.Raise(report, gated, lowerReason));
                continue;
            }
            failures.AddRange(Check(scorer.Name, report, floors));
        }
        if (update) baseline.Save();
        return new Outcome(failures, changes);
    }

    private IEnumerable<DossierError> Check(string scorer, EvalReport report, IReadOnlyDictionary<string, double> floors)
    {
        if (floors.Count == 0)
        {
            yield return Errors.BadBaseline(baseline.Path, $"scorer '{scorer}' has no floors; pin them with `dossier eval gate --update --only {scorer}`");
            yield break;
        }
        var pinned = baseline.Fingerprint(scorer);
        if (pinned is not null && !string.Equals(pinned, report.Fingerprint(), StringComparison.Ordinal))
            yield return Errors.FingerprintChanged(scorer, string.Join(", ", report.DataFiles.Take(3)));
        foreach (var (metric, floor) in floors)
        {
            if (!report.Metrics.TryGetValue(metric, out var value))
            {
                yield return Errors.BadBaseline(baseline.Path, $"{scorer}.{metric} has a floor but the scorer no longer reports it");
                continue;
            }
            string verdict = value + baseline.Tolerance >= floor ? "ok" : "BELOW FLOOR";
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   gate {scorer}.{metric,-26} {value:0.0000} (floor {floor:0.0000}) {verdict}"));
            if (value + baseline.Tolerance < floor) yield return Errors.BelowFloor($"{scorer}.{metric}", value, floor);
        }
    }
}

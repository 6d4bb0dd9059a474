using System.CommandLine;
using Dossier.Eval;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval NAME</c> runs one scorer (one subcommand per registered scorer, with its input options);
/// <c>dossier eval gate</c> checks every scorer against eval/baseline.json, as CI does.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Score a capability on evaluation data, or run the evaluation gate.");
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: DOSSIER_DATA, else ../shared/data next to the repository).", Recursive = true };
        eval.Options.Add(data);
        foreach (var scorer in ScorerCatalog.All) eval.Subcommands.Add(ScorerCommand(scorer, data));
        eval.Subcommands.Add(GateCommand(data));
        return eval;
    }

    private static Command ScorerCommand(IScorer scorer, Option<string?> data)
    {
        var command = new Command(scorer.Name, scorer.Description);
        var inputs = scorer.Inputs.Select(i => (i, option: new Option<string?>(i.Option) { Description = $"{i.Description} (default: <data>/{i.DefaultPath})" })).ToList();
        foreach (var (_, option) in inputs) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var given = inputs.ToDictionary(x => x.i.Option, x => parse.GetValue(x.option), StringComparer.Ordinal);
            var context = EvalContext.For(scorer, EvalPaths.SharedData(parse.GetValue(data)), given, Console.Error);
            var report = scorer.Run(context);
            Console.Out.WriteLine($"{scorer.Name}: {scorer.Description}");
            foreach (var line in report.Lines) Console.Out.WriteLine("  " + line);
            return 0;
        }));
        return command;
    }

    private static Command GateCommand(Option<string?> data)
    {
        var command = new Command("gate", "Run every scorer and fail when a metric is below its floor in eval/baseline.json (the CI gate).");
        var baselinePath = new Option<string?>("--baseline") { Description = "The baseline file (default: eval/baseline.json in the repository)." };
        var update = new Option<bool>("--update") { Description = "Raise floors to the measured values and pin data fingerprints (never lowers a floor without --reason)." };
        var reason = new Option<string?>("--reason") { Description = "With --update: allow floors to go down, and record this reason in the baseline's history." };
        var only = new Option<string[]>("--only") { Description = "Only these scorers.", AllowMultipleArgumentsPerToken = true };
        command.Options.Add(baselinePath);
        command.Options.Add(update);
        command.Options.Add(reason);
        command.Options.Add(only);
        command.SetAction(parse => Cli.Guard(() =>
        {
            var path = parse.GetValue(baselinePath) ?? Path.Combine(EvalPaths.RepositoryRoot() ?? ".", "eval", "baseline.json");
            var baseline = Baseline.Load(path);
            var names = parse.GetValue(only) ?? [];
            var scorers = ScorerCatalog.All.Where(s => names.Length == 0 || names.Contains(s.Name, StringComparer.Ordinal)).ToList();
            var gate = new EvalGate(baseline, EvalPaths.SharedData(parse.GetValue(data)), Console.Out);
            var outcome = gate.Run(scorers, parse.GetValue(update), parse.GetValue(reason));
            foreach (var change in outcome.Changes) Console.Out.WriteLine("baseline: " + change);
            foreach (var failure in outcome.Failures) Console.Error.WriteLine("gate: " + failure);
            Console.Out.WriteLine(outcome.Failures.Count == 0 ? "evaluation gate: passed" : $"evaluation gate: FAILED ({outcome.Failures.Count})");
            return outcome.Failures.Count == 0 ? 0 : 1;
        }));
        return command;
    }
}

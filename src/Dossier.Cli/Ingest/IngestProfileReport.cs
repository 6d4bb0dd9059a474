using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Pipeline;
using Dossier.Storage.Ingest;
using Spectre.Console;

namespace Dossier.Cli.Ingest;

/// <summary>
/// The table `dossier ingest --profile` prints: CPU time per stage and per stored article, and each stage's share
/// of the process's CPU time during the run. The rest is the runtime's own work (garbage collection, compiling
/// methods, idle threads spinning), which no stage sees.
/// </summary>
internal static class IngestProfileReport
{
    public static void Write(IngestProfile profile, long stored, TimeSpan modelLoad, TimeSpan runCpu)
    {
        var rows = new List<(string Stage, TimeSpan Cpu)>();
        var stages = profile.Stages.Stages;
        rows.AddRange(stages.Where(s => !s.Stage.StartsWith("store", StringComparison.Ordinal) && s.Stage != IngestProfile.Facts));
        for (int i = 0; i < profile.Components.Components.Count; i++)
            rows.Add(("pipeline: " + profile.Components.Components[i], profile.Components.Cpu(i)));
        rows.AddRange(stages.Where(s => s.Stage == IngestProfile.Facts));
        rows.AddRange(stages.Where(s => s.Stage.StartsWith("store", StringComparison.Ordinal)).OrderBy(s => s.Stage, StringComparer.Ordinal));
        var measured = TimeSpan.FromTicks(rows.Sum(r => r.Cpu.Ticks));
        rows.Add(("runtime (GC, JIT, spinning threads)", runCpu - measured));

        double articles = Math.Max(1, stored);
        var table = new Table().AddColumns("stage", "CPU s", "CPU ms / article", "share");
        foreach (var (stage, cpu) in rows)
            table.AddRow(Markup.Escape(stage), F(cpu.TotalSeconds, "0.00"), F(cpu.TotalMilliseconds / articles, "0.00"), F(cpu / runCpu, "0.0%"));
        table.AddRow("[bold]total during the run[/]", F(runCpu.TotalSeconds, "0.00"), F(runCpu.TotalMilliseconds / articles, "0.00"), "100%");
        table.AddRow("model load (before the run)", F(modelLoad.TotalSeconds, "0.00"), "", "");
        Consoles.For(Console.Out).Write(table);
        if (!CpuClock.IsThreadCpu) Console.Out.WriteLine("(no per-thread CPU clock here: stages are wall-clock time)");
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

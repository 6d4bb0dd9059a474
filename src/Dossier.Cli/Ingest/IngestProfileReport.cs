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
    public static void Write(IngestProfile profile, long stored, TimeSpan modelLoad, TimeSpan runCpu, RuntimeWork runtimeAtStart)
    {
        var rows = new List<(string Stage, TimeSpan Cpu)>();
        var stages = profile.Stages.Stages;
        rows.AddRange(stages.Where(s => !s.Stage.StartsWith("store", StringComparison.Ordinal) && s.Stage != IngestProfile.Facts));
        for (int i = 0; i < profile.Components.Components.Count; i++)
            rows.Add(("pipeline: " + profile.Components.Components[i], profile.Components.Cpu(i)));
        rows.AddRange(stages.Where(s => s.Stage == IngestProfile.Facts));
        rows.AddRange(stages.Where(s => s.Stage.StartsWith("store", StringComparison.Ordinal)).OrderBy(s => s.Stage, StringComparer.Ordinal));
        var measured = TimeSpan.FromTicks(rows.Sum(r => r.Cpu.Ticks));
        // GC pauses are wall time with the other threads stopped (close to the collector's CPU when the machine is
        // not shared); they also fall inside the stages they interrupted, so they are shown apart. The runtime's own
        // figure for compiling time counts wall time on busy machines (more than the CPU it took), so only the number
        // of methods compiled is shown (perf puts the JIT at ~3-4 CPU s per process).
        var runtime = RuntimeWork.Now() - runtimeAtStart;
        rows.Add(("runtime (GC, JIT, spinning threads)", runCpu - measured));

        double articles = Math.Max(1, stored);
        var table = new Table().AddColumns("stage", "CPU s", "CPU ms / article", "share");
        foreach (var (stage, cpu) in rows)
            table.AddRow(Markup.Escape(stage), F(cpu.TotalSeconds, "0.00"), F(cpu.TotalMilliseconds / articles, "0.00"), F(cpu / runCpu, "0.0%"));
        table.AddRow("[bold]total during the run[/]", F(runCpu.TotalSeconds, "0.00"), F(runCpu.TotalMilliseconds / articles, "0.00"), "100%");
        table.AddRow("model load (before the run)", F(modelLoad.TotalSeconds, "0.00"), "", "");
        table.AddRow($"methods compiled during the run (JIT): {runtime.Methods:N0}", "", "", "");
        table.AddRow($"GC pauses ({runtime.Gen0:N0} gen0, {runtime.Gen1:N0} gen1, {runtime.Gen2:N0} gen2; {runtime.AllocatedBytes / articles / 1024:N0} KB allocated per article)",
            F(runtime.GcPause.TotalSeconds, "0.00"), F(runtime.GcPause.TotalMilliseconds / articles, "0.00"), F(runtime.GcPause / runCpu, "0.0%"));
        Consoles.For(Console.Out).Write(table);
        if (!CpuClock.IsThreadCpu) Console.Out.WriteLine("(no per-thread CPU clock here: stages are wall-clock time)");
    }

    /// <summary>The runtime's own counters: compiling, collections, allocation.</summary>
    public readonly record struct RuntimeWork(long Methods, TimeSpan GcPause, int Gen0, int Gen1, int Gen2, long AllocatedBytes)
    {
        public static RuntimeWork Now() => new(System.Runtime.JitInfo.GetCompiledMethodCount(),
            GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());

        public static RuntimeWork operator -(RuntimeWork a, RuntimeWork b) =>
            new(a.Methods - b.Methods, a.GcPause - b.GcPause, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.AllocatedBytes - b.AllocatedBytes);
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

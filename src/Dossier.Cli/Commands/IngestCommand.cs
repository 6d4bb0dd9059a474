using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Ingest;
using Dossier.Cli.Output;
using Dossier.Cli.Store;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Storage;
using Dossier.Storage.Ingest;
using Dossier.Storage.Queue;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier ingest SOURCE…</c>: reads articles (files, folders, feeds, WARC archives, stdin), analyses them on
/// every core and stores them. Content already stored is skipped, so a rerun after an interruption carries on.
/// </summary>
internal static class IngestCommand
{
    // Individual failures printed after the summary unless --verbose.
    private const int FailuresShown = 20;

    public static Command Create()
    {
        var command = new Command("ingest", "Analyse articles and store them in the database (.txt, .html, .jsonl, RSS/Atom, WARC; files, folders, or - for stdin).");
        var sources = new Argument<string[]>("sources") { Description = "Files or folders to read; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOption.Create();
        var raw = new Option<bool>("--raw") { Description = "Treat the input as already-clean body text: no headline, byline or boilerplate heuristics." };
        var maxMb = new Option<double>("--max-article-mb") { Description = "Largest single article accepted, in MB.", DefaultValueFactory = _ => ReaderOptions.DefaultMaxArticleBytes / 1048576.0 };
        var threads = new Option<int>("--threads") { Description = "Documents analysed in parallel (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => new IngestOptions().BatchSize };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress bar or progress lines; only the summary." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every failed item, not only the first ones." };
        var queue = new Option<bool>("--queue") { Description = "Only read the sources and queue them for `dossier worker` processes (PostgreSQL stores)." };
        var profile = new Option<bool>("--profile") { Description = "After the summary, print where the CPU time went: reading, each pipeline component, facts, each part of the store write." };
        command.Arguments.Add(sources);
        foreach (var option in new Option[] { db, raw, maxMb, threads, batch, noProgress, verbose, queue, profile }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            if (parse.GetValue(maxMb) <= 0) throw new DossierException(Errors.BadArgument("--max-article-mb must be positive"));
            if (parse.GetValue(batch) <= 0) throw new DossierException(Errors.BadArgument("--batch-size must be positive"));
            var reading = new ReaderOptions { Raw = parse.GetValue(raw), MaxArticleBytes = (long)(parse.GetValue(maxMb) * 1048576) };
            var ingest = new IngestOptions { Workers = Math.Max(1, parse.GetValue(threads)), BatchSize = parse.GetValue(batch), Profile = parse.GetValue(profile) };
            using var store = StoreOption.Open(parse, db, StoreAccess.CreateOrWrite);
            if (parse.GetValue(queue)) return Enqueue(store, parse.GetValue(sources) ?? [], reading, !parse.GetValue(noProgress), parse.GetValue(verbose));
            return Run(store, parse.GetValue(sources) ?? [], reading, ingest, !parse.GetValue(noProgress), parse.GetValue(verbose));
        }));
        return command;
    }

    private static int Run(IDossierStore store, string[] sources, ReaderOptions reading, IngestOptions ingest, bool showProgress, bool verbose)
    {
        var cpuAtStart = Environment.CpuUsage.TotalTime;
        var pipeline = DefaultPipeline.Create();
        var cpuAfterLoad = Environment.CpuUsage.TotalTime;
        var runtimeAfterLoad = IngestProfileReport.RuntimeWork.Now();
        var inputs = new ArticleReader(reading).Read(sources, Console.OpenStandardInput);
        var runner = new IngestRunner(store, pipeline, ingest);
        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop cleanly: what is committed stays, the summary says so
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            IngestSummary summary;
            if (showProgress && Consoles.IsTerminal(Console.Error)) summary = WithProgressBar(runner, inputs, sources, interrupt.Token);
            else summary = runner.Run(inputs, showProgress ? new PlainIngestProgress(Console.Error) : new SilentProgress(), interrupt.Token);
            Report(summary, store.Info, verbose);
            if (summary.Profile is { } timings)
                IngestProfileReport.Write(timings, summary.Counts.Stored, cpuAfterLoad - cpuAtStart, Environment.CpuUsage.TotalTime - cpuAfterLoad, runtimeAfterLoad);
            if (summary.Aborted is not null) return Cli.Failed;
            return summary.Counts.Stored + summary.Counts.Duplicates > 0 || summary.Counts.Failed == 0 ? 0 : Cli.Failed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Enqueue(IDossierStore store, string[] sources, ReaderOptions reading, bool showProgress, bool verbose)
    {
        if (store is not IWorkQueueStore queue) throw new DossierException(Errors.QueueNeedsServer(store.Info.Location));
        var inputs = new ArticleReader(reading).Read(sources, Console.OpenStandardInput);
        var summary = new QueueFeeder(store, queue).Run(inputs, showProgress ? new PlainIngestProgress(Console.Error, "ingest --queue", "queued") : new SilentProgress());
        ReportFailures(summary, verbose);
        var c = summary.Counts;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Queued {c.Stored:N0} article(s) for workers, skipped {c.Duplicates:N0} already queued or stored, {c.Failed:N0} failed, in {summary.Elapsed.TotalSeconds:0.0} s."));
        Console.Out.WriteLine($"Queue: {store.Info.Location} ({queue.Status().Queued:N0} waiting); run `dossier worker` to analyse them.");
        return summary.Aborted is not null || (c.Stored + c.Duplicates == 0 && c.Failed > 0) ? Cli.Failed : 0;
    }

    private static IngestSummary WithProgressBar(IngestRunner runner, IEnumerable<ReadResult> inputs, string[] sources, CancellationToken token)
    {
        return Consoles.For(Console.Error).Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                task.IsIndeterminate = true;
                // Counting the inputs runs beside the ingest; the bar gets its total (and an ETA) when it is known.
                _ = Task.Run(() =>
                {
                    var total = InputEstimate.Count(sources, token);
                    if (total is > 0)
                    {
                        task.MaxValue = total.Value;
                        task.IsIndeterminate = false;
                    }
                }, token);
                var summary = runner.Run(inputs, new SpectreIngestProgress(task), token);
                task.MaxValue = Math.Max(1, summary.Counts.Done);
                task.Value = summary.Counts.Done;
                task.IsIndeterminate = false;
                task.StopTask();
                return summary;
            });
    }

    private static void Report(IngestSummary summary, StoreInfo store, bool verbose)
    {
        ReportFailures(summary, verbose);
        var c = summary.Counts;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stored {c.Stored:N0} new article(s), skipped {c.Duplicates:N0} duplicate(s), {c.Failed:N0} failed, in {summary.Elapsed.TotalSeconds:0.0} s ({summary.ArticlesPerSecond:0.0} articles/s)."));
        Console.Out.WriteLine($"Database: {store.Location} ({store.Engine}, schema {store.SchemaVersion})");
    }

    /// <summary>Failures grouped by code, the first of them one per line, and why the run stopped early (on stderr).</summary>
    internal static void ReportFailures(IngestSummary summary, bool verbose)
    {
        var failures = summary.Failures;
        foreach (var group in failures.GroupBy(f => f.Code).OrderByDescending(g => g.Count()))
            Console.Error.WriteLine($"dossier: {group.Count()} × {group.Key} (e.g. {group.First()})");
        foreach (var failure in verbose ? failures : failures.Take(FailuresShown))
            Console.Error.WriteLine($"dossier: skipped: {failure}");
        if (!verbose && failures.Count > FailuresShown)
            Console.Error.WriteLine($"dossier: … and {failures.Count - FailuresShown} more skipped item(s) (--verbose lists them all)");
        if (summary.Aborted is { } aborted) Console.Error.WriteLine($"dossier: {aborted}");
    }

    internal sealed class SilentProgress : IIngestProgress
    {
        public void Report(IngestCounts counts) { }
        public void Failed(DossierError problem) { }
        public void Warned(DossierError problem) { }
    }
}

using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Ingest;
using Dossier.Cli.Store;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Storage;
using Dossier.Storage.Queue;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier worker</c>: analyses queued articles (from <c>dossier ingest --queue</c>) and stores them. Start as many
/// as you like, on any machines sharing the PostgreSQL store; each claims its own batches.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Analyse queued articles from a PostgreSQL store (see `dossier ingest --queue`); run as many as you like.");
        var db = StoreOption.Create();
        var threads = new Option<int>("--threads") { Description = "Articles analysed in parallel (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch-size") { Description = "Articles claimed (and committed) at once.", DefaultValueFactory = _ => new WorkerOptions().BatchSize };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when the queue is empty instead of waiting for more." };
        var noProgress = new Option<bool>("--no-progress") { Description = "No progress lines; only the summary." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every failed item, not only the first ones." };
        foreach (var option in new Option[] { db, threads, batch, untilEmpty, noProgress, verbose }) command.Options.Add(option);
        command.SetAction(parse => Cli.Guard(() =>
        {
            if (parse.GetValue(batch) <= 0) throw new DossierException(Errors.BadArgument("--batch-size must be positive"));
            using var store = StoreOption.Open(parse, db, StoreAccess.Existing);
            if (store is not IWorkQueueStore queue) throw new DossierException(Errors.QueueNeedsServer(store.Info.Location));
            var options = new WorkerOptions { Workers = Math.Max(1, parse.GetValue(threads)), BatchSize = parse.GetValue(batch), UntilEmpty = parse.GetValue(untilEmpty) };
            using var interrupt = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true; // finish cleanly: the batch in hand goes back to the queue
                interrupt.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var progress = parse.GetValue(noProgress) ? (Storage.Ingest.IIngestProgress)new IngestCommand.SilentProgress() : new PlainIngestProgress(Console.Error, "worker");
                var summary = new QueueWorker(queue, DefaultPipeline.Create(), options).Run(progress, interrupt.Token);
                IngestCommand.ReportFailures(summary, parse.GetValue(verbose));
                var c = summary.Counts;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Worker stored {c.Stored:N0} article(s), {c.Duplicates:N0} duplicate(s), {c.Failed:N0} failed, in {summary.Elapsed.TotalSeconds:0.0} s ({summary.ArticlesPerSecond:0.0} articles/s); {queue.Status().Queued:N0} still queued."));
                return summary.Aborted is null || summary.Aborted.Code == "DSR0411" ? 0 : Cli.Failed;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }));
        return command;
    }
}

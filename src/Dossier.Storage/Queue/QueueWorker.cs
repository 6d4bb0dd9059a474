using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Storage.Facts;
using Dossier.Storage.Ingest;
using Dossier.Storage.Records;

namespace Dossier.Storage.Queue;

/// <summary>
/// <c>dossier worker</c>: claims batches from the work queue, analyses their articles on every core, and completes
/// each batch (results stored, items removed) in one transaction. Any number of workers on any machines can share a
/// queue; a worker that dies mid-batch loses nothing, its batch simply returns to the queue.
/// </summary>
public sealed class QueueWorker(IWorkQueueStore queue, DossierPipeline pipeline, WorkerOptions options)
{
    private readonly string _pipelineName = DocumentFacts.Describe(pipeline);

    public IngestSummary Run(IIngestProgress progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        long read = 0, stored = 0, duplicates = 0;
        var failures = new List<DossierError>();
        DossierError? aborted = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var work = queue.Claim(options.BatchSize);
                if (work is null)
                {
                    if (options.UntilEmpty) break;
                    cancellationToken.WaitHandle.WaitOne(options.PollInterval);
                    continue;
                }
                var (analysed, failed) = Analyse(work.Items, cancellationToken);
                if (cancellationToken.IsCancellationRequested) break; // the batch goes back to the queue
                var results = work.Complete(analysed, failed);
                read += work.Items.Count;
                stored += results.Count(r => r.Outcome == WriteOutcome.Stored);
                duplicates += results.Count(r => r.Outcome == WriteOutcome.Duplicate);
                foreach (var error in failed.Select(f => f.Error).Concat(results.Where(r => r.Error is not null).Select(r => r.Error!)))
                {
                    failures.Add(error);
                    progress.Failed(error);
                }
                progress.Report(new IngestCounts(read, stored, duplicates, failures.Count));
            }
        }
        catch (DossierException ex)
        {
            aborted = ex.Error;
        }
        if (aborted is null && cancellationToken.IsCancellationRequested) aborted = Errors.Interrupted(stored);
        return new IngestSummary { Counts = new IngestCounts(read, stored, duplicates, failures.Count), Elapsed = clock.Elapsed, Failures = failures, Aborted = aborted };
    }

    private (List<(QueuedArticle Item, ArticleFacts Facts)> Analysed, List<(QueuedArticle Item, DossierError Error)> Failed) Analyse(IReadOnlyList<QueuedArticle> items, CancellationToken cancellationToken)
    {
        var facts = new ArticleFacts?[items.Count];
        var errors = new ConcurrentDictionary<int, DossierError>();
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers) }, i =>
        {
            if (cancellationToken.IsCancellationRequested) return;
            var item = items[i];
            try
            {
                var document = QueuedDocument.Deserialize(item.Document);
                pipeline.Process(document, cancellationToken);
                facts[i] = DocumentFacts.From(document, item.ContentHash, _pipelineName);
            }
            catch (DossierException ex)
            {
                errors[i] = ex.Error.Source is null ? ex.Error.At(item.Name) : ex.Error;
            }
            catch (JsonException ex)
            {
                errors[i] = Errors.Unexpected("the queued document is unreadable: " + ex.Message).At(item.Name);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug on one article must not cost the batch: it is set aside with the reason.
                errors[i] = Errors.Unexpected(ex.Message).At(item.Name);
            }
        });
        var analysed = new List<(QueuedArticle Item, ArticleFacts Facts)>();
        var failed = new List<(QueuedArticle Item, DossierError Error)>();
        for (int i = 0; i < items.Count; i++)
        {
            if (facts[i] is { } f) analysed.Add((items[i], f));
            else if (errors.TryGetValue(i, out var e)) failed.Add((items[i], e));
        }
        return (analysed, failed);
    }
}

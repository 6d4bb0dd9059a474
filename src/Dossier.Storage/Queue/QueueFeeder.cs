using System.Diagnostics;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Storage.Facts;
using Dossier.Storage.Ingest;

namespace Dossier.Storage.Queue;

/// <summary>
/// <c>dossier ingest --queue</c>: reads articles and adds them to the work queue for <c>dossier worker</c>s,
/// skipping content already stored, already queued or seen twice in the input. Reading is all it does.
/// </summary>
public sealed class QueueFeeder(IDossierStore store, IWorkQueueStore queue)
{
    // Articles per enqueue transaction.
    private const int BatchSize = 500;

    public IngestSummary Run(IEnumerable<ReadResult> inputs, IIngestProgress progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        long read = 0, queued = 0, skipped = 0;
        var failures = new List<DossierError>();
        var batch = new List<QueuedArticle>(BatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        DossierError? aborted = null;
        void Flush()
        {
            if (batch.Count == 0) return;
            var counts = queue.Enqueue(batch);
            queued += counts.Queued;
            skipped += counts.Skipped;
            batch.Clear();
            progress.Report(new IngestCounts(read, queued, skipped, failures.Count));
        }
        try
        {
            using var index = store.OpenContentIndex();
            foreach (var result in inputs)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    aborted = Errors.Interrupted(queued);
                    break;
                }
                read++;
                foreach (var warning in result.Warnings) progress.Warned(warning);
                if (result.Document is not { } document)
                {
                    var error = result.Error ?? Errors.Unexpected("a read result without document or error");
                    failures.Add(error);
                    progress.Failed(error);
                    continue;
                }
                string hash = ContentHash.Of(document.Text);
                if (!seen.Add(hash) || index.Contains(hash))
                {
                    skipped++;
                    continue;
                }
                batch.Add(new QueuedArticle(hash, document.Metadata.Source ?? "(document)", QueuedDocument.Serialize(document)));
                if (batch.Count == BatchSize) Flush();
            }
            Flush();
        }
        catch (DossierException ex)
        {
            aborted = ex.Error;
        }
        return new IngestSummary { Counts = new IngestCounts(read, queued, skipped, failures.Count), Elapsed = clock.Elapsed, Failures = failures, Aborted = aborted };
    }
}

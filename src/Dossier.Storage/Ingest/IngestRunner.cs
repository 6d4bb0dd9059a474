using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Storage.Facts;
using Dossier.Storage.Records;

namespace Dossier.Storage.Ingest;

/// <summary>
/// Reads, analyses and stores articles: one reader thread (which also skips content already stored), one
/// analysis worker per core, and one writer committing batches; bounded channels between them keep memory flat.
/// A bad item is reported and skipped; a failure of the store itself (disk full, read-only) stops the run
/// cleanly, and everything committed before stays. Running it again over the same input carries on.
/// </summary>
public sealed class IngestRunner(IDossierStore store, DossierPipeline pipeline, IngestOptions options)
{
    private readonly string _pipelineName = DocumentFacts.Describe(pipeline);
    private readonly IngestProfile? _profile = options.Profile ? new IngestProfile(pipeline.Components) : null;
    private StageTimings Stages => _profile?.Stages ?? StageTimings.None;

    public IngestSummary Run(IEnumerable<ReadResult> inputs, IIngestProgress progress, CancellationToken cancellationToken = default) =>
        RunAsync(inputs, progress, cancellationToken).GetAwaiter().GetResult();

    public async Task<IngestSummary> RunAsync(IEnumerable<ReadResult> inputs, IIngestProgress progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var run = new RunState(progress);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        int workers = Math.Max(1, options.Workers);
        var toAnalyse = Channel.CreateBounded<(Document Document, string Hash)>(new BoundedChannelOptions(workers * options.QueuePerWorker) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<ArticleFacts>(new BoundedChannelOptions(Math.Max(options.BatchSize, workers * options.QueuePerWorker)) { SingleReader = true });

        var reading = Task.Run(() => Read(inputs, toAnalyse.Writer, run, stop.Token), CancellationToken.None);
        var analysing = Enumerable.Range(0, workers).Select(_ => Task.Run(() => Analyse(toAnalyse.Reader, toWrite.Writer, run, stop.Token), CancellationToken.None)).ToArray();
        var completing = Task.WhenAll(analysing).ContinueWith(_ => toWrite.Writer.TryComplete(), TaskScheduler.Default);
        var writing = Task.Run(() => WriteAsync(toWrite.Reader, run, stop), CancellationToken.None);

        await Task.WhenAll(reading, completing, writing).ConfigureAwait(false);
        foreach (var task in analysing) await task.ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested) run.Abort(Errors.Interrupted(run.Snapshot().Stored));
        return new IngestSummary { Counts = run.Snapshot(), Elapsed = clock.Elapsed, Failures = [.. run.Failures], Aborted = run.Aborted, Profile = _profile };
    }

    // 1. Read: turn inputs into documents, skip what is already stored (or seen earlier in this run).
    private void Read(IEnumerable<ReadResult> inputs, ChannelWriter<(Document, string)> output, RunState run, CancellationToken token)
    {
        try
        {
            using var index = store.OpenContentIndex();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stages = Stages;
            using var items = inputs.GetEnumerator();
            long lap = stages.Start();
            while (items.MoveNext())
            {
                var result = items.Current;
                lap = stages.Lap(IngestProfile.Read, lap);
                token.ThrowIfCancellationRequested();
                Interlocked.Increment(ref run.Read);
                foreach (var warning in result.Warnings) run.Progress.Warned(warning);
                if (result.Document is not { } document)
                {
                    run.Fail(result.Error ?? Errors.Unexpected("a read result without document or error"));
                    continue;
                }
                string hash = ContentHash.Of(document.Text);
                bool duplicate = !seen.Add(hash) || index.Contains(hash);
                lap = stages.Lap(IngestProfile.Hash, lap);
                if (duplicate)
                {
                    Interlocked.Increment(ref run.Duplicates);
                    continue;
                }
                // Waiting here is the back-pressure that bounds memory when analysis is the slow part.
                output.WriteAsync((document, hash), token).AsTask().GetAwaiter().GetResult();
                lap = stages.Lap(IngestProfile.ReaderWaits, lap);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (DossierException ex)
        {
            run.Abort(ex.Error);
        }
        finally
        {
            output.TryComplete();
        }
    }

    // 2. Analyse: run the pipeline and extract the facts, on every core.
    private async Task Analyse(ChannelReader<(Document Document, string Hash)> input, ChannelWriter<ArticleFacts> output, RunState run, CancellationToken token)
    {
        try
        {
            await foreach (var (document, hash) in input.ReadAllAsync(token).ConfigureAwait(false))
            {
                ArticleFacts facts;
                try
                {
                    pipeline.Process(document, _profile?.Components, token);
                    long lap = Stages.Start();
                    facts = DocumentFacts.From(document, hash, _pipelineName);
                    Stages.Lap(IngestProfile.Facts, lap);
                }
                catch (DossierException ex)
                {
                    run.Fail(ex.Error.Source is null ? ex.Error.At(document.Metadata.Source ?? "(document)") : ex.Error);
                    continue;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A bug on one article must not cost the others: report it like bad input and go on.
                    run.Fail(Errors.Unexpected(ex.Message).At(document.Metadata.Source ?? "(document)"));
                    continue;
                }
                await output.WriteAsync(facts, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    // 3. Write: commit batches; report progress only for what is committed.
    private async Task WriteAsync(ChannelReader<ArticleFacts> input, RunState run, CancellationTokenSource stop)
    {
        var batch = new List<ArticleFacts>(options.BatchSize);
        var sinceCommit = Stopwatch.StartNew();
        try
        {
            using var writer = store.OpenWriter();
            if (_profile is not null) writer.Profile(_profile.Stages);
            while (true)
            {
                bool open = await WaitForWork(input, options.FlushInterval - sinceCommit.Elapsed, stop.Token).ConfigureAwait(false);
                while (batch.Count < options.BatchSize && input.TryRead(out var facts)) batch.Add(facts);
                bool due = batch.Count >= options.BatchSize || !open || sinceCommit.Elapsed >= options.FlushInterval;
                if (due && batch.Count > 0)
                {
                    Commit(writer, batch, run);
                    batch.Clear();
                }
                if (due) sinceCommit.Restart();
                run.Progress.Report(run.Snapshot());
                if (!open && batch.Count == 0) break;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (DossierException ex)
        {
            run.Abort(ex.Error);
            await stop.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in the writer must not leave the other stages waiting for it forever.
            run.Abort(Errors.Unexpected(ex.ToString()));
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Waits until items are available or the time is up; false once the input is finished and empty.</summary>
    private static async Task<bool> WaitForWork(ChannelReader<ArticleFacts> input, TimeSpan wait, CancellationToken token)
    {
        if (wait <= TimeSpan.Zero) return !input.Completion.IsCompleted || input.Count > 0;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(wait);
        try
        {
            return await input.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return true; // time is up, the input goes on
        }
    }

    private static void Commit(IArticleWriter writer, List<ArticleFacts> batch, RunState run)
    {
        var results = writer.Write(batch);
        for (int i = 0; i < results.Count; i++)
        {
            switch (results[i].Outcome)
            {
                case WriteOutcome.Stored: Interlocked.Increment(ref run.Stored); break;
                case WriteOutcome.Duplicate: Interlocked.Increment(ref run.Duplicates); break;
                default: run.Fail(results[i].Error ?? Errors.StoreWriteFailed(batch[i].Metadata.Source ?? "(document)", "unknown")); break;
            }
        }
    }

    /// <summary>The shared state of one run: counters, failures, and why it stopped early.</summary>
    private sealed class RunState(IIngestProgress progress)
    {
        public long Read, Stored, Duplicates, FailedCount;
        public readonly ConcurrentQueue<DossierError> Failures = new();
        public IIngestProgress Progress => progress;
        public DossierError? Aborted { get; private set; }

        public void Fail(DossierError error)
        {
            Interlocked.Increment(ref FailedCount);
            Failures.Enqueue(error);
            progress.Failed(error);
        }

        public void Abort(DossierError error)
        {
            lock (Failures) Aborted ??= error;
        }

        public IngestCounts Snapshot() => new(Interlocked.Read(ref Read), Interlocked.Read(ref Stored), Interlocked.Read(ref Duplicates), Interlocked.Read(ref FailedCount));
    }
}

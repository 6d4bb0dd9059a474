using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Storage.Ingest;
using Dossier.Storage.Queue;
using Dossier.Storage.Tests.Contract;
using Dossier.Storage.Tests.Ingest;

namespace Dossier.Storage.Tests.Queue;

/// <summary>The work queue of a PostgreSQL store: feeding it, several workers draining it, and workers that die.</summary>
public sealed partial class WorkQueueTests : IDisposable
{
    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();
    private readonly TempFolder _folder = new();
    private readonly List<FreshStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        _folder.Dispose();
    }

    private FreshStore Fresh()
    {
        var fresh = StoreEngines.Create("postgres");
        _stores.Add(fresh);
        return fresh;
    }

    private IngestSummary Feed(FreshStore fresh, int articles)
    {
        string input = _folder.File($"in-{articles}.jsonl");
        Corpus.Write(input, articles);
        return new QueueFeeder(fresh.Store, (IWorkQueueStore)fresh.Store).Run(new ArticleReader(ReaderOptions.Default).Read([input]), new Silent());
    }

    private static IngestSummary Work(FreshStore fresh) =>
        new QueueWorker((IWorkQueueStore)fresh.Store, Pipeline, new WorkerOptions { BatchSize = 5, Workers = 1, UntilEmpty = true }).Run(new Silent());

    [PostgresFact]
    public void Feeding_skips_what_is_already_queued_or_stored()
    {
        var fresh = Fresh();
        Assert.Equal(12, Feed(fresh, 12).Counts.Stored);
        Assert.Equal((0, 12), (Feed(fresh, 12).Counts.Stored, Feed(fresh, 12).Counts.Duplicates));
        Work(fresh);
        var again = Feed(fresh, 15);
        Assert.Equal((3, 12), (again.Counts.Stored, again.Counts.Duplicates));
    }

    [PostgresFact]
    public void Workers_sharing_a_queue_store_every_article_once()
    {
        var fresh = Fresh();
        Feed(fresh, 60);
        var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => Work(fresh))).ToArray();
        Task.WaitAll(workers);
        Assert.Equal(60, workers.Sum(w => w.Result.Counts.Stored));
        Assert.All(workers, w => Assert.Null(w.Result.Aborted));
        Assert.Equal(60, fresh.Store.GetStats().Articles);
        Assert.Equal(new QueueCounts(0, 0), ((IWorkQueueStore)fresh.Store).Status());
    }

    [PostgresFact]
    public void A_batch_claimed_and_never_completed_returns_to_the_queue()
    {
        var fresh = Fresh();
        var queue = (IWorkQueueStore)fresh.Store;
        Feed(fresh, 10);
        using (var abandoned = queue.Claim(4))
        {
            Assert.Equal(4, abandoned!.Items.Count);
            using var other = queue.Claim(10);
            Assert.Equal(6, other!.Items.Count); // another worker skips the claimed rows
        }
        Assert.Equal(10, Work(fresh).Counts.Stored);
    }

    [PostgresFact]
    public void A_killed_worker_loses_nothing_and_the_next_one_finishes_without_duplicates()
    {
        const int Articles = 400;
        var fresh = Fresh();
        Feed(fresh, Articles);
        long reported;
        using (var worker = CliProcess.Start("worker", "--db", fresh.Location, "--batch-size", "10"))
        {
            var line = worker.WaitForErrorLine(l => StoredLine().IsMatch(l), TimeSpan.FromMinutes(2));
            Assert.True(line is not null, "the worker never reported a batch: " + worker.Stderr);
            worker.Kill();
            reported = long.Parse(StoredLine().Match(line!).Groups[1].Value, CultureInfo.InvariantCulture);
        }
        long stored = fresh.Store.GetStats().Articles;
        Assert.True(stored >= reported, $"{reported} reported stored, {stored} stored");
        Assert.True(stored < Articles, "the worker finished before it was killed; queue more articles");
        Assert.Equal(Articles - stored, ((IWorkQueueStore)fresh.Store).Status().Queued);
        var (exit, stdout, stderr) = CliProcess.Run("worker", "--db", fresh.Location, "--until-empty", "--no-progress");
        Assert.True(exit == 0, stderr);
        Assert.Contains("0 still queued", stdout, StringComparison.Ordinal);
        Assert.Equal(Articles, fresh.Store.GetStats().Articles);
    }

    [GeneratedRegex(@"worker: (\d+) stored")]
    private static partial Regex StoredLine();

    private sealed class Silent : IIngestProgress
    {
        public void Report(IngestCounts counts) { }
        public void Failed(Diagnostics.DossierError problem) { }
        public void Warned(Diagnostics.DossierError problem) { }
    }
}

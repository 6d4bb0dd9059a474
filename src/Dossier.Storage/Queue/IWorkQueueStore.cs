namespace Dossier.Storage.Queue;

/// <summary>
/// A store with a queue of read articles waiting for analysis, shared by many workers (PostgreSQL). Articles are
/// keyed by content hash, like stored articles, so enqueueing twice or retrying a batch never duplicates.
/// </summary>
public interface IWorkQueueStore
{
    /// <summary>Adds articles; those already queued or already stored are skipped. One transaction.</summary>
    QueueCounts Enqueue(IReadOnlyList<QueuedArticle> articles);

    /// <summary>Claims up to <paramref name="max"/> waiting articles for this worker, or null when none waits.</summary>
    IClaimedWork? Claim(int max);

    /// <summary>Articles waiting, and articles set aside after failing.</summary>
    QueueCounts Status();
}

/// <summary>How many articles a queue operation added (or holds) and how many it skipped (or set aside as failed).</summary>
public readonly record struct QueueCounts(long Queued, long Skipped);

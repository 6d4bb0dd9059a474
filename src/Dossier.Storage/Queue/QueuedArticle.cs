namespace Dossier.Storage.Queue;

/// <summary>An article in the work queue: its content hash, where it was read from, and the read document (<see cref="QueuedDocument"/> JSON).</summary>
public sealed record QueuedArticle(string ContentHash, string Name, string Document)
{
    /// <summary>The queue's id for a claimed article (0 before it is queued).</summary>
    public long Id { get; init; }
}

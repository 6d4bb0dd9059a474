namespace Dossier.Storage.Ingest;

/// <summary>How an ingest run uses the machine.</summary>
public sealed record IngestOptions
{
    /// <summary>Documents analysed in parallel (default: one per core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles per transaction: large enough that commits are cheap, small enough that a kill loses little work.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>A partial batch is committed after this long, so progress is stored (and shown) steadily on slow inputs.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Documents waiting per worker: keeps every core busy while bounding memory.</summary>
    public int QueuePerWorker { get; init; } = 16;

    /// <summary>Time every stage (reading, each pipeline component, facts, each part of a store write) in CPU time: <see cref="IngestSummary.Profile"/>.</summary>
    public bool Profile { get; init; }
}

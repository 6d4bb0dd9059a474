namespace Dossier.Storage.Queue;

/// <summary>How a <c>dossier worker</c> uses its machine and the queue.</summary>
public sealed record WorkerOptions
{
    /// <summary>Articles of a claimed batch analysed in parallel (default: one per core).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles claimed at once: one transaction each; small enough that a dead worker frees little.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>How long an idle worker waits before asking the queue again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Stop when the queue is empty instead of waiting for more.</summary>
    public bool UntilEmpty { get; init; }
}

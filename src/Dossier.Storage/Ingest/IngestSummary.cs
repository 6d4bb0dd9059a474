using Dossier.Diagnostics;

namespace Dossier.Storage.Ingest;

/// <summary>The outcome of an ingest run.</summary>
public sealed record IngestSummary
{
    public required IngestCounts Counts { get; init; }
    public required TimeSpan Elapsed { get; init; }
    /// <summary>Every skipped item with its reason, in the order they happened.</summary>
    public IReadOnlyList<DossierError> Failures { get; init; } = [];
    /// <summary>Set when the run stopped early (disk full, database read-only…); what was stored before stays stored.</summary>
    public DossierError? Aborted { get; init; }
    /// <summary>Where the CPU time went, when <see cref="IngestOptions.Profile"/> asked for it.</summary>
    public IngestProfile? Profile { get; init; }

    /// <summary>Articles processed (stored, skipped as duplicates or failed) per second.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Counts.Done / Elapsed.TotalSeconds : 0;
}

namespace Dossier.Storage.Ingest;

/// <summary>Where an ingest run stands. <see cref="Stored"/> counts only committed articles.</summary>
public readonly record struct IngestCounts(long Read, long Stored, long Duplicates, long Failed)
{
    /// <summary>Items finished one way or another.</summary>
    public long Done => Stored + Duplicates + Failed;
}

namespace Dossier.Storage.Queries;

/// <summary>What a store holds.</summary>
public sealed record StoreStats
{
    public required StoreInfo Store { get; init; }
    public long SizeBytes { get; init; }
    public long Articles { get; init; }
    public long Actors { get; init; }
    public long Mentions { get; init; }
    public long Quotes { get; init; }
    public IReadOnlyList<NamedCount> QuotesByType { get; init; } = [];
    public long Relations { get; init; }
    public long Events { get; init; }
    public DateTimeOffset? FirstPublished { get; init; }
    public DateTimeOffset? LastPublished { get; init; }
    public IReadOnlyList<NamedCount> TopSpeakers { get; init; } = [];
    public IReadOnlyList<NamedCount> TopSites { get; init; } = [];
}

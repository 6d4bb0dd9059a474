namespace Dossier.Storage.Queries;

/// <summary>An article found by full-text search; a lower <see cref="Score"/> is a better match (SQLite's BM25 convention).</summary>
public sealed record SearchHit
{
    public long ArticleId { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Site { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    /// <summary>Text around the matches; matched words are wrapped in [ and ].</summary>
    public required string Snippet { get; init; }
    public double Score { get; init; }
}

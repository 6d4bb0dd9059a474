using Dossier.Model;

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
    /// <summary>Text around the matches.</summary>
    public required string Snippet { get; init; }
    /// <summary>The matched words, as spans of <see cref="Snippet"/>.</summary>
    public IReadOnlyList<TextSpan> Highlights { get; init; } = [];
    public double Score { get; init; }
}

using Dossier.Model;

namespace Dossier.Storage.Records;

/// <summary>
/// Everything the store keeps of one analysed article: its text and metadata, the actors it names (indexed
/// locally, 0…n-1, as in the article's actor layer), their mentions, quotes, relations and events. Spans index
/// into <see cref="Text"/>. Engines link local actors to cross-article actors when they write.
/// </summary>
public sealed record ArticleFacts
{
    /// <summary>SHA-256 of the whitespace-normalised clean text (<see cref="ContentHash"/>): the key that makes ingest idempotent.</summary>
    public required string ContentHash { get; init; }
    public required string Text { get; init; }
    public required DocumentMetadata Metadata { get; init; }
    public IReadOnlyList<ActorFact> Actors { get; init; } = [];
    public IReadOnlyList<MentionFact> Mentions { get; init; } = [];
    public IReadOnlyList<QuoteFact> Quotes { get; init; } = [];
    public IReadOnlyList<RelationFact> Relations { get; init; } = [];
    public IReadOnlyList<EventFact> Events { get; init; } = [];
    /// <summary>The components (name and version) that analysed the article, for provenance.</summary>
    public string? Pipeline { get; init; }

    /// <summary>The text under <paramref name="span"/>, clamped to the text (a defensive copy for storage).</summary>
    public string Slice(TextSpan span)
    {
        int start = Math.Min(span.Start, Text.Length), end = Math.Min(span.End, Text.Length);
        return Text[start..end];
    }
}

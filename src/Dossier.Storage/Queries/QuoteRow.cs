using Dossier.Model;

namespace Dossier.Storage.Queries;

/// <summary>A stored quote with its speaker and the article it comes from.</summary>
public sealed record QuoteRow
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public required string Type { get; init; }
    public required string Content { get; init; }
    public IReadOnlyList<TextSpan> Fragments { get; init; } = [];
    public string? Cue { get; init; }
    public TextSpan? CueSpan { get; init; }
    /// <summary>The cross-article speaker actor, when the speaker was resolved to one.</summary>
    public long? SpeakerActorId { get; init; }
    /// <summary>The speaker's canonical name (the actor's name, else the name the article gave), null when unresolved.</summary>
    public string? Speaker { get; init; }
    /// <summary>The words of the article that name the speaker ("he", "the envoy", "Thomas West").</summary>
    public string? SpeakerText { get; init; }
    public TextSpan? SpeakerSpan { get; init; }
    public string? Resolution { get; init; }
    public double Confidence { get; init; }
    /// <summary>Names of the actors the content mentions.</summary>
    public IReadOnlyList<string> About { get; init; } = [];
    public string? ArticleTitle { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Url { get; init; }
    public string? Site { get; init; }
    public string? Source { get; init; }
}

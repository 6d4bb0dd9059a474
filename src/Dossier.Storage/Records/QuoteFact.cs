using Dossier.Model;

namespace Dossier.Storage.Records;

/// <summary>
/// One attribution: content fragments (discontinuous allowed), cue, speaker span, the local speaker actor
/// (-1 when unresolved) and the local actors the content speaks about.
/// </summary>
public sealed record QuoteFact
{
    /// <summary>direct, mixed, indirect or belief.</summary>
    public required string Type { get; init; }
    public required IReadOnlyList<TextSpan> Content { get; init; }
    public TextSpan? Cue { get; init; }
    public TextSpan? Speaker { get; init; }
    public int SpeakerActor { get; init; } = -1;
    /// <summary>The speaker's name as the quote layer resolved it, kept even when no actor is linked.</summary>
    public string? SpeakerName { get; init; }
    /// <summary>How the speaker was found (named, pronoun, nominal, continuation, unresolved…).</summary>
    public string? Resolution { get; init; }
    public float Confidence { get; init; }
    /// <summary>Local actors mentioned inside the content (the speaker excluded).</summary>
    public IReadOnlyList<int> About { get; init; } = [];

    public TextSpan Extent => new(Content[0].Start, Content[^1].End);
}

using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>A quote as the extractor assembles it, before it is frozen into the <see cref="QuoteLayer"/>.</summary>
public sealed class QuoteDraft
{
    public required List<TextSpan> Content { get; init; }
    public TextSpan? Cue { get; set; }
    public TextSpan? Speaker { get; set; }
    public int SpeakerActor { get; set; } = -1;
    public string? SpeakerName { get; set; }
    public SpeakerResolution Resolution { get; set; }
    public QuoteType Type { get; set; }
    public float Confidence { get; set; }
    public bool ContinuesPrevious { get; set; }
}

using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Attributions of a document, in text order of their content, as flat arrays. Content may be discontinuous
/// (a quote broken by "he said"): each quote owns a run of fragments in <see cref="FragmentsAt"/>.
/// A missing cue or speaker is an empty span at offset 0 (<see cref="Quote.HasCue"/>, <see cref="Quote.HasSpeaker"/>).
/// </summary>
public sealed class QuoteLayer
{
    private readonly QuoteRecord[] _quotes;
    private readonly TextSpan[] _fragments;

    internal QuoteLayer(QuoteRecord[] quotes, TextSpan[] fragments)
    {
        _quotes = quotes;
        _fragments = fragments;
    }

    public int Count => _quotes.Length;
    public Quote this[int index] => new(this, index);

    public IEnumerable<Quote> All()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    internal ref readonly QuoteRecord RecordAt(int index) => ref _quotes[index];

    /// <summary>The content fragments of quote <paramref name="index"/>, in text order.</summary>
    public ReadOnlySpan<TextSpan> FragmentsAt(int index) =>
        _fragments.AsSpan(_quotes[index].FirstFragment, _quotes[index].FragmentCount);

    /// <summary>Builds a layer from quotes in any order; they are sorted by content start.</summary>
    public static QuoteLayer Create(IEnumerable<QuoteDraft> drafts)
    {
        var sorted = drafts.OrderBy(d => d.Content[0].Start).ThenBy(d => d.Content[^1].End).ToList();
        var records = new QuoteRecord[sorted.Count];
        var fragments = new List<TextSpan>();
        for (int i = 0; i < sorted.Count; i++)
        {
            var d = sorted[i];
            records[i] = new QuoteRecord(fragments.Count, d.Content.Count, d.Cue, d.Speaker, d.SpeakerActor, d.SpeakerName, d.Resolution, d.Type, d.Confidence, d.ContinuesPrevious);
            fragments.AddRange(d.Content);
        }
        return new QuoteLayer(records, [.. fragments]);
    }
}

internal readonly record struct QuoteRecord(
    int FirstFragment, int FragmentCount, TextSpan? Cue, TextSpan? Speaker, int SpeakerActor, string? SpeakerName,
    SpeakerResolution Resolution, QuoteType Type, float Confidence, bool ContinuesPrevious);

/// <summary>A view of one attribution.</summary>
public readonly struct Quote(QuoteLayer layer, int index)
{
    public int Index => index;
    public ReadOnlySpan<TextSpan> Content => layer.FragmentsAt(index);
    /// <summary>From the first content fragment's start to the last one's end.</summary>
    public TextSpan ContentExtent => new(Content[0].Start, Content[^1].End);
    public TextSpan? Cue => layer.RecordAt(index).Cue;
    public TextSpan? Speaker => layer.RecordAt(index).Speaker;
    /// <summary>Index of the speaker in the ActorLayer, or -1 when no actor was linked.</summary>
    public int SpeakerActor => layer.RecordAt(index).SpeakerActor;
    /// <summary>The resolved speaker's canonical name (or the mention's text), null when unresolved.</summary>
    public string? SpeakerName => layer.RecordAt(index).SpeakerName;
    public SpeakerResolution Resolution => layer.RecordAt(index).Resolution;
    public QuoteType Type => layer.RecordAt(index).Type;
    /// <summary>How sure the extractor is, 0–1.</summary>
    public float Confidence => layer.RecordAt(index).Confidence;
    /// <summary>True for a quote with no cue of its own that continues the previous speaker's quote.</summary>
    public bool ContinuesPrevious => layer.RecordAt(index).ContinuesPrevious;
}

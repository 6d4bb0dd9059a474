using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Finds attributions in a tokenised, sentence-split document. Stateless and thread-safe: each call works on its
/// own <see cref="ExtractionRun"/>. Works on tokens and closed word classes alone; an entity layer, when present,
/// improves speaker names (see <see cref="SpeakerResolver"/>).
/// </summary>
public sealed class QuoteExtractor(CueLexicon lexicon)
{
    /// <summary>Quotes below this confidence are not reported (backgrounded claims, guessed speakers).</summary>
    public const float DefaultMinimumConfidence = 0.5f;

    public CueLexicon Lexicon { get; } = lexicon;

    /// <summary>Cue verbs learned from PolNeAR train, used when the document has a syntax layer.</summary>
    public SyntacticCueTable SyntacticCues { get; init; } = SyntacticCueTable.Empty;

    public float MinimumConfidence { get; init; } = DefaultMinimumConfidence;

    public List<QuoteDraft> Extract(Document document)
    {
        var run = new ExtractionRun(document, Lexicon, SyntacticCues);
        return [.. run.Run().Where(d => d.Confidence >= MinimumConfidence)];
    }
}

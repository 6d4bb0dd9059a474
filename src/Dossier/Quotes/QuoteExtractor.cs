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

    /// <summary>The learned decision over table candidates; null leaves it to the table's share threshold.</summary>
    public CueClassifier? Classifier { get; init; }

    /// <summary>The learned right end of cues (<see cref="CueExtent"/>); null keeps the rules' extents.</summary>
    public CueClassifier? CueExtent { get; init; }

    /// <summary>The learned end of unquoted contents (<see cref="ContentExtent"/>); null keeps the rules' ends.</summary>
    public CueClassifier? ContentExtent { get; init; }

    /// <summary>The learned start and end of speaker spans (<see cref="SourceExtent"/>); null keeps the rules' extents.</summary>
    public CueClassifier? SourceExtent { get; init; }

    /// <summary>The learned decision over cues that are not verbs ("criticism of", "is confident that", "in a poll"); null leaves them out.</summary>
    public CueClassifier? NonVerbClassifier { get; init; }

    public float MinimumConfidence { get; init; } = DefaultMinimumConfidence;

    public List<QuoteDraft> Extract(Document document)
    {
        var run = new ExtractionRun(document, Lexicon, SyntacticCues, Classifier, nonVerbClassifier: NonVerbClassifier);
        List<QuoteDraft> drafts = [.. run.Run().Where(d => d.Confidence >= MinimumConfidence)];
        if (CueExtent is { } extent) Quotes.CueExtent.Apply(document, drafts, extent);
        if (ContentExtent is { } contentExtent) Quotes.ContentExtent.Apply(document, drafts, contentExtent);
        if (SourceExtent is { } sourceExtent) Quotes.SourceExtent.Apply(document, drafts, sourceExtent);
        return drafts;
    }

    /// <summary>
    /// For training <see cref="CueClassifier"/>: every verb candidate the lexicon rules leave to the learned decision,
    /// with its features; none of them is accepted, so each is seen as the rules alone leave the sentence (a verb in the
    /// last content of a rule's attribution too, as the extractor nests it at run time).
    /// </summary>
    public List<CueCandidate> Candidates(Document document)
    {
        var candidates = new List<CueCandidate>();
        new ExtractionRun(document, Lexicon, SyntacticCues, null, candidates).Run();
        return candidates;
    }

    /// <summary>
    /// For training the non-verb classifier: every noun, adjective and place-phrase candidate left where the rules and the
    /// verb candidates (decided by <see cref="Classifier"/>) found nothing, with its features; none is accepted.
    /// </summary>
    public List<CueCandidate> NonVerbCandidates(Document document)
    {
        var candidates = new List<CueCandidate>();
        new ExtractionRun(document, Lexicon, SyntacticCues, Classifier, nonVerbCandidates: candidates).Run();
        return candidates;
    }
}

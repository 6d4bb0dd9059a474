namespace Dossier.Quotes;

/// <summary>
/// The classifier over cues that are not verbs ("criticism of", "is confident that", "in a poll"; see
/// <c>ExtractionRun.NonVerbs.cs</c>): a <see cref="CueClassifier"/> of its own, learned from PolNeAR train by
/// `dossier train quotes --non-verb-cues` over what the shipped table and verb classifier leave (models/quotes.md).
/// </summary>
public static class NonVerbCueModel
{
    public const string FileName = "quotes-noun-cue-classifier.tsv";

    /// <summary>Probability from which a non-verb candidate becomes an attribution; chosen on held-out train, never on dev.</summary>
    public const double DefaultThreshold = 0.4;

    /// <summary>The shipped model, or null when models/ does not hold it (no non-verb cue is then tried).</summary>
    public static CueClassifier? LoadDefault() => CueClassifier.Load(FileName);
}

using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// A verb with a subject and a complement that the lexicon rules left alone, as the extractor would report it, with
/// the features <see cref="CueClassifier"/> decides on. Recorded for training by <see cref="QuoteExtractor.Candidates"/>.
/// </summary>
public sealed record CueCandidate(int Verb, TextSpan Cue, TextSpan Content, TextSpan Source, string[] Features)
{
    /// <summary>The cue runs through an object and a preposition ("took some shots at"): annotated only when the gold cue does too.</summary>
    public bool CueThroughMarker { get; init; }
}

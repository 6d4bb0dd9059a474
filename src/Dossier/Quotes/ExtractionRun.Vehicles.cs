using System.Collections.Frozen;
using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Nouns for what a speaker puts out in words: the object of "released / issued / sent / posted …".</summary>
    private static readonly FrozenSet<string> VehicleNouns = FrozenSet.ToFrozenSet(new[]
    {
        "statement", "email", "e-mail", "message", "letter", "memo", "tweet", "post", "video", "ad", "release", "report",
        "op-ed", "article", "editorial", "text",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a time phrase between the noun and the participle may have ("a statement Thursday night saying").</summary>
    private const int MaxTimeWordsBeforeParticiple = 3;

    /// <summary>Words between the verb and its statement-like object ("sent | a mass text | message").</summary>
    private const int MaxWordsBeforeVehicle = 5;

    /// <summary>
    /// "Black Lives Matter issued a statement saying …", "The campaign sent a fundraising email Wednesday saying …", "His
    /// office put out a statement saying …": a present participle right after a statement-like object of a verb reports
    /// for that verb's subject, and PolNeAR's cue runs from the verb through the participle (held-out train, two folds:
    /// such gold cues hold the verb 27 / 16 times, the participle alone with the noun as source about twice a fold). Used
    /// for the learned candidates only: the same rule for lexicon gerunds gained on train but cost a cue on dev. The verb,
    /// or -1.
    /// </summary>
    private int VehicleVerb(int participle, TokenRange sentence)
    {
        if (_syntax is null || SyntaxLabels.Name(_syntax.TagAt(participle)) != "VBG") return -1;
        int t = participle - 1;
        if (t > sentence.Start && Is(t, ",")) t--;
        for (int k = 0; k < MaxTimeWordsBeforeParticiple && t > sentence.Start && IsWord(t) && !IsVehicle(t) && WordClasses.Adverbs.Has(W(t)); k++) t--;
        if (t <= sentence.Start || !IsVehicle(t)) return -1;
        int noun = t;
        for (t = noun - 1; t >= sentence.Start && noun - t <= MaxWordsBeforeVehicle; t--)
        {
            if (InSpeechQuote(t) || IsQuoteMark(t)) return -1;
            var pos = _syntax.PosAt(t);
            if (pos == UniversalPos.Verb) return _syntax.HeadAt(noun) == t || _syntax.HeadAt(participle) == t || _syntax.HeadAt(participle) == noun ? t : -1;
            bool inPhrase = pos is UniversalPos.Det or UniversalPos.Adj or UniversalPos.Noun or UniversalPos.Propn or UniversalPos.Num or UniversalPos.Pron
                || _syntax.RelationAt(t) == DependencyRelation.CompoundPrt || _tokens.KindAt(t) == TokenKind.Clitic;
            if (!inPhrase) return -1;
        }
        return -1;
    }

    private bool IsVehicle(int t) => _syntax!.PosAt(t) == UniversalPos.Noun && VehicleNouns.Contains(_syntax.LemmaAt(t));

    /// <summary>The cue of an attribution through a statement-like object starts at the verb that put it out.</summary>
    private void CueFromVehicleVerb(QuoteDraft draft, int verb, Subject subject)
    {
        if (draft.Cue is not { } cue) return;
        int first = CueStart(verb, subject.End <= verb ? subject.End : 0);
        if (_tokens.StartAt(first) < cue.Start) draft.Cue = new TextSpan(_tokens.StartAt(first), cue.End);
    }
}

using System.Collections.Frozen;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Labels that open a paragraph with a colon without being a speaker.</summary>
    private static readonly FrozenSet<string> ColonLabels = new[]
    {
        "update", "updated", "note", "correction", "editor", "watch", "read", "related", "photo", "video", "source", "sources",
        "advertisement", "click", "see", "also", "more", "listen", "subscribe", "follow", "share", "warning", "breaking", "exclusive",
        "analysis", "opinion", "live", "timeline", "background", "what", "why", "how", "who", "when", "where", "here", "this", "the",
        "according", "name", "look", "wow", "contributing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A name this long at most may label a paragraph as its speaker ("Elizabeth Warren: …").</summary>
    private const int MaxColonSpeakerTokens = 4;

    /// <summary>"Paul Ryan: FBI Decision … ‘Defies Explanation’" — a paragraph opened by a name and a colon reports that speaker.</summary>
    private bool TryColonSpeaker(TokenRange sentence)
    {
        int s = sentence.Start;
        if (_tokens.StartAt(s) != _paragraphs.SpanAt(Math.Max(0, _paragraphs.IndexAt(_tokens.StartAt(s)))).Start) return false;
        int colon = s;
        while (colon < sentence.End && colon - s <= MaxColonSpeakerTokens && !Is(colon, ":"))
        {
            if (!IsWord(colon) || !WordClasses.IsCapitalized(W(colon)) && !WordClasses.NameInnerWords.Has(W(colon))) return false;
            colon++;
        }
        if (colon == s || colon >= sentence.End - 1 || !Is(colon, ":") || ColonLabels.Has(W(s))) return false;
        // "Q: …" / "A: …" mark an interview's turns, not a named speaker; "STAT OF THE WEEK:" is a rubric.
        if (colon - s == 1 && W(s).Length == 1 || colon - s > 1 && IsAllCapitals(s, colon)) return false;
        int end = ContentEnd(colon + 1, sentence.End);
        if (end - (colon + 1) < MinBareContentTokens) return false;
        var fragments = new List<TextSpan> { SpanOf(colon + 1, end) };
        int q = _quotes.QuoteOf(colon + 1);
        bool direct = q >= 0 && _quotes.IsSpeech(q) && _quotes.FirstToken[q] == colon + 1 && _quotes.EndToken[q] >= end;
        if (direct) fragments = ChainFragments(q);
        var cue = new CueMatch(ColonCue, colon, colon + 1, CueForm.Base);
        Emit(new Content(fragments, colon + 1, end, colon + 1, direct), cue, colon + 1, new Subject(s, colon, s, colon), sentence, inverted: false);
        return true;
    }

    private bool IsAllCapitals(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            foreach (char c in W(t))
            {
                if (char.IsLower(c)) return false;
            }
        }
        return true;
    }

    internal static readonly CueEntry ColonCue = new(":", CueClass.Speech, Inverts: false, TakesObject: false, Weak: true, NoClause: false);
}

using System.Collections.Frozen;
using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Cues of sentence <paramref name="s"/> in text order, with "according to" as a cue of its own.</summary>
    private List<CueMatch> CuesOf(int s)
    {
        var range = _sentences.TokensAt(s);
        var cues = new List<CueMatch>();
        for (int t = range.Start; t < range.End; t++)
        {
            if (InSpeechQuote(t) || !IsWord(t)) continue;
            if (Is(t, "according") && Is(t + 1, "to"))
            {
                cues.Add(new CueMatch(AccordingTo, t, t + 2, CueForm.Base));
                t++;
                continue;
            }
            var match = _lexicon.Match(_tokens, t);
            if (match is not { } m) continue;
            // A capitalised cue word inside a sentence is a name ("Sen. Rand Paul", "Post"), not a verb.
            if (t > range.Start && WordClasses.IsCapitalized(W(t)) && !IsQuoteMark(t - 1) && !IsTitleCase(range)) continue;
            if (!IsReportingUse(m, range.Start)) continue;
            // "one million tweets with the hashtag", "the party's rules committee": the parser sees a noun (train: 141
            // such cues wrong, 54 right); "271 pledged delegates": a participle modifying a noun (26 wrong, 7 right).
            if (_syntax is not null && (_syntax.PosAt(t) is Language.UniversalPos.Noun or Language.UniversalPos.Adj || _syntax.RelationAt(t) == Language.DependencyRelation.Amod)) continue;
            cues.Add(m);
            t = m.EndToken - 1;
        }
        return cues;
    }

    /// <summary>Share of capitalised words above which a sentence is a headline in title case ("Rubio Says …").</summary>
    private const double TitleCaseShare = 0.7;

    private bool IsTitleCase(TokenRange range)
    {
        int words = 0, capitals = 0;
        for (int t = range.Start; t < range.End; t++)
        {
            if (!IsWord(t) || W(t).Length < 4) continue;
            words++;
            if (WordClasses.IsCapitalized(W(t))) capitals++;
        }
        return words >= 3 && capitals >= TitleCaseShare * words;
    }

    /// <summary>Prepositions that PolNeAR puts in the cue when the content is their object ("joked about", "agreed with").</summary>
    private static readonly FrozenSet<string> CuePrepositions = FrozenSet.ToFrozenSet(new[] { "about", "with", "of", "on", "for", "at", "over", "against" }, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "joked about the size of …", "agreed with Sanders that …", "warned of …": a preposition right after the cue that
    /// opens an unquoted content belongs to the cue, and the content is what follows it (held-out train, two folds, frozen
    /// models: contents that opened so were wrong 58 and 80 times, right 5 and 9; with the rule cue exact +15 / +15 tp,
    /// content +14 / +19 tp; requiring the phrase to span the whole content kept only half of that). "to" is left out: it
    /// mostly opens an infinitive content ("urged X to …"). After the content rules, so that "said at a rally that …"
    /// has its content at the clause already.
    /// </summary>
    private (Content Content, int CueEnd) PrepositionIntoCue(Content content, CueMatch cue, int cueEnd)
    {
        int p = content.Start;
        if (_syntax is null || content.Direct || content.Fragments.Count != 1 || p != Math.Max(cueEnd, cue.EndToken) || p + 1 >= content.End) return (content, cueEnd);
        if (!CuePrepositions.Has(W(p)) || _syntax.PosAt(p) != UniversalPos.Adp) return (content, cueEnd);
        return (content with { Fragments = [new TextSpan(_tokens.StartAt(p + 1), content.Fragments[0].End)], Start = p + 1 }, p + 1);
    }

    internal static readonly CueEntry AccordingTo = new("according to", CueClass.Speech, Inverts: true, TakesObject: false, Weak: false, NoClause: false);

    /// <summary>Drops infinitives ("to suspect"), passives ("was told", "claimed by"), and nouns after a determiner ("the report").</summary>
    private bool IsReportingUse(CueMatch m, int sentenceStart)
    {
        int before = m.FirstToken - 1;
        while (before >= sentenceStart && IsWord(before) && (WordClasses.Adverbs.Has(W(before)) || W(before).EndsWith("ly", StringComparison.Ordinal)) && !WordClasses.BeForms.Has(W(before)))
            before--;
        if (before >= sentenceStart)
        {
            if (Is(before, "to") && m.Form == CueForm.Base) return false;
            if (m.Form is CueForm.Past or CueForm.Participle && WordClasses.BeForms.Has(W(before))) return false;
            if (WordClasses.Determiners.Has(W(before)) && m.Form is CueForm.Base or CueForm.ThirdPerson or CueForm.Gerund) return false;
            // "’s" after a name is a possessive before a noun ("West’s remarks"), not "is".
            if (_tokens.KindAt(before) == TokenKind.Clitic && m.Form is CueForm.Base or CueForm.ThirdPerson) return false;
        }
        int after = m.EndToken;
        if (m.Form is CueForm.Past or CueForm.Participle && Is(after, "by")) return false;
        // Nouns that share a form with a cue: "a report", "his claims", "the call" are caught by the determiner test;
        // "the poll’s findings show" has its own subject. A bare base form after a noun is a plural-subject verb.
        return true;
    }
}

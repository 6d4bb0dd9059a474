using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Words after the cue (adverbials: "by an overwhelming margin", "on Monday") that a parenthetical attribution may hold.</summary>
    private const int MaxParentheticalTrailingWords = 8;

    /// <summary>
    /// "Recently, he said, he has realized …", "It's a reminder, Rogers said, that …": an attribution set off by commas
    /// inside the reported sentence splits its content, and PolNeAR takes both sides as fragments of one content. The
    /// side the rules did not take is added unless it hangs from the cue verb itself as an adverbial ("…, he said,
    /// pointing to …"), or holds another cue; a quotation on both sides is left to <see cref="AddTrailingQuote"/>.
    /// </summary>
    private Content WithParentheticalSides(Content content, CueMatch cue, Subject subject, TokenRange sentence)
    {
        // A quotation on the right may take the words before the attribution too ("If Clinton is elected, he said, “she …”").
        if (_syntax is null || content.Direct ? content.Start <= cue.FirstToken : content.Fragments.Count != 1) return content;
        int first = Math.Min(subject.Start, cue.FirstToken);
        int last = Math.Max(subject.End, cue.EndToken);
        if (first <= sentence.Start || !Is(first - 1, ",")) return content;
        int comma = ParentheticalEnd(last, first, cue.FirstToken, sentence.End);
        if (comma < 0 || comma + 1 >= sentence.End) return content;
        if (content.End <= first)
        {
            // Content on the left: add the rest of the sentence after the closing comma.
            int start = comma + 1;
            int end = ContentEnd(start, sentence.End);
            if (end - start < 1 || !IsSideOfContent(start, end, cue.FirstToken, first, last)) return content;
            return content with { Fragments = [.. content.Fragments, SpanOf(start, end)], End = end };
        }
        if (content.Start >= comma)
        {
            // Content on the right: add the start of the sentence before the opening comma.
            int end = TrimEnd(sentence.Start, first - 1);
            if (end <= sentence.Start || !IsLeftSideOfContent(sentence.Start, end) || content.Direct && !IsLeftSideOfQuotation(sentence.Start, end)) return content;
            return content with { Fragments = [SpanOf(sentence.Start, end), .. content.Fragments], Start = sentence.Start };
        }
        return content;
    }

    /// <summary>The comma closing a parenthetical attribution that ends at <paramref name="from"/>, after a few modifiers of the cue verb ("says by an overwhelming margin,"); -1 when none.</summary>
    private int ParentheticalEnd(int from, int first, int cueHead, int sentenceEnd)
    {
        int comma = from;
        while (comma < sentenceEnd && !Is(comma, ","))
        {
            if (comma - from >= MaxParentheticalTrailingWords || IsPunct(comma) || Is(comma, "that") || _lexicon.Match(_tokens, comma) is not null) return -1;
            comma++;
        }
        if (comma >= sentenceEnd) return -1;
        for (int t = from; t < comma; t++)
        {
            if (!DescendsFrom(t, cueHead, first, comma)) return -1;
        }
        return comma;
    }

    /// <summary>Whether the chain of heads from <paramref name="t"/> reaches <paramref name="ancestor"/> without leaving [start, end).</summary>
    private bool DescendsFrom(int t, int ancestor, int start, int end)
    {
        for (int hops = 0; t >= start && t < end && hops <= end - start; hops++)
        {
            if (t == ancestor) return true;
            t = _syntax!.HeadAt(t);
        }
        return false;
    }

    /// <summary>
    /// The part before a parenthetical attribution: the parser hangs a fronted adverbial ("Recently", "If X is elected")
    /// from the nearest verb, the cue, as often as from the reported clause, so only a cue of its own rules it out.
    /// </summary>
    private bool IsLeftSideOfContent(int start, int end)
    {
        if (IsCovered(SpanOf(start, end))) return false;
        for (int t = start; t < end; t++)
        {
            if (_lexicon.Match(_tokens, t) is { } m && !WordClasses.IsCapitalized(W(t)) && m.Form is not CueForm.Base) return false;
        }
        return true;
    }

    /// <summary>
    /// Before a quotation, the words ahead of a parenthetical attribution are part of the content only as a conjunction or
    /// adverb ("But, he said, “…”", "Instead, Axelrod said, “…”") or a condition ("If Clinton is elected, he said, “…”");
    /// PolNeAR leaves out fronted adverbials and participle clauses ("In a statement, he said, “…”").
    /// </summary>
    private bool IsLeftSideOfQuotation(int start, int end)
    {
        if (HasSpeechQuote(start, end)) return false;
        if (end - start == 1) return _syntax!.PosAt(start) is UniversalPos.Adv or UniversalPos.Cconj && !WordClasses.Adverbs.Has(W(start));
        return Is(start, "if") || Is(start, "unless");
    }

    /// <summary>Whether [start, end) is part of the reported sentence: no cue of its own, no adverbial of the cue verb.</summary>
    private bool IsSideOfContent(int start, int end, int cueHead, int attributionStart, int attributionEnd)
    {
        if (IsCovered(SpanOf(start, end))) return false;
        for (int t = start; t < end; t++)
        {
            if (_lexicon.Match(_tokens, t) is { } m && !WordClasses.IsCapitalized(W(t)) && m.Form is not CueForm.Base) return false;
            int head = _syntax!.HeadAt(t);
            if (head >= start && head < end || _syntax.PosAt(t) == UniversalPos.Punct) continue;
            // A side attached to the attribution must be a complement or a loose clause of the cue verb, not its adverbial.
            if (head >= attributionStart && head < attributionEnd)
            {
                if (head != cueHead) return false;
                var relation = _syntax.RelationAt(t).Universal();
                if (relation is not (DependencyRelation.Ccomp or DependencyRelation.Parataxis or DependencyRelation.Xcomp or DependencyRelation.Obj)) return false;
            }
        }
        return true;
    }
}

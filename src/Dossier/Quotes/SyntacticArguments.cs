using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// The arguments of a reporting verb read off the dependency tree: its subject (through conjoined, complement and
/// adverbial-clause verbs that have none of their own), its complement, and phrase extents without edge punctuation.
/// Shared by the extractor and by the trainer of <see cref="SyntacticCueTable"/>, so both see the same spans.
/// </summary>
public static class SyntacticArguments
{
    /// <summary>Complement relations a cue's content may hang from, in the order they are tried.</summary>
    public static readonly DependencyRelation[] ContentRelations = [DependencyRelation.Ccomp, DependencyRelation.Obj, DependencyRelation.Xcomp];

    /// <summary>How many verbs up a chain ("hoped … and hinted", "refused to say") a subject is looked for.</summary>
    private const int MaxSubjectHops = 4;

    /// <summary>The subject token of <paramref name="verb"/> or of the verb it is conjoined to or depends on; -1 when none.</summary>
    public static int SubjectOf(SyntaxLayer syntax, int verb)
    {
        for (int hop = 0; hop < MaxSubjectHops && verb >= 0; hop++)
        {
            int subject = syntax.ChildWith(verb, DependencyRelation.Nsubj);
            if (subject >= 0) return LastOfAdjacentSubjects(syntax, verb, subject);
            var relation = syntax.RelationAt(verb).Universal();
            if (relation is not (DependencyRelation.Conj or DependencyRelation.Xcomp or DependencyRelation.Advcl)) return -1;
            verb = syntax.HeadAt(verb);
        }
        return -1;
    }

    /// <summary>
    /// "Vermont Sen. Bernie Sanders is pledging", "RNC Chairman Reince Priebus has authorized": the parser sometimes splits
    /// one subject phrase into several subjects side by side; the last one, next to the verb, is the name.
    /// </summary>
    public static int LastOfAdjacentSubjects(SyntaxLayer syntax, int verb, int subject)
    {
        foreach (int child in syntax.ChildrenOf(verb))
        {
            if (child > subject && child < verb && syntax.RelationAt(child) == DependencyRelation.Nsubj
                && syntax.SubtreeOf(child).Start == syntax.SubtreeOf(subject).End && !IsTimePhrase(syntax, child))
                subject = child;
        }
        return subject;
    }

    /// <summary>Words a time phrase may have before its time noun ("late Monday", "this week", "last year").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeModifiers = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "this", "last", "next", "that", "late", "early", "earlier", "later", "on",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that head a time phrase ("this week", "Sunday night").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "today", "yesterday", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "senior officials this week detailed", "Sanders late Monday acquiesced": the parser may take a time phrase before
    /// the verb for a second subject side by side with the real one; it says when, and never names the speaker.
    /// </summary>
    private static bool IsTimePhrase(SyntaxLayer syntax, int node)
    {
        if (!TimeNouns.Contains(syntax.Tokens.TextAt(node).ToString())) return false;
        var tree = syntax.SubtreeOf(node);
        for (int t = tree.Start; t < tree.End; t++)
        {
            var w = syntax.Tokens.TextAt(t).ToString();
            if (t != node && !TimeNouns.Contains(w) && !TimeModifiers.Contains(w)) return false;
        }
        return true;
    }

    /// <summary>The words of a subject phrase: its subtree, with the subjects the parser split off before it (see <see cref="LastOfAdjacentSubjects"/>).</summary>
    public static TokenRange SubjectPhrase(SyntaxLayer syntax, string text, int subject)
    {
        var range = TrimmedSubtree(syntax, text, subject);
        int head = syntax.HeadAt(subject);
        if (head < 0) return range;
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (int child in syntax.ChildrenOf(head))
            {
                if (child >= range.Start || syntax.RelationAt(child) != DependencyRelation.Nsubj || syntax.SubtreeOf(child).End != range.Start) continue;
                range = new TokenRange(syntax.SubtreeOf(child).Start, range.End);
                grew = true;
            }
        }
        return range;
    }

    /// <summary>The first dependent after <paramref name="verb"/> attached with <paramref name="relation"/>, or -1.</summary>
    public static int ComplementAfter(SyntaxLayer syntax, int verb, DependencyRelation relation)
    {
        foreach (int child in syntax.ChildrenOf(verb))
        {
            if (child > verb && syntax.RelationAt(child) == relation) return child;
        }
        return -1;
    }

    /// <summary>Where a verb's content and cue end lie for one kind of complement; <see cref="IsEmpty"/> when the verb has none.</summary>
    public readonly record struct Found(int Node, TokenRange Content, int CueEnd)
    {
        public bool IsEmpty => Node < 0 || Content.IsEmpty;
    }

    /// <summary>The complement of <paramref name="verb"/> of the given kind: its content without a leading marker, and where the cue ends (after the marker).</summary>
    public static Found Find(SyntaxLayer syntax, string text, int verb, CueComplement kind)
    {
        if (kind.Relation == DependencyRelation.Obj && kind.Marker is not null) return FindObjectPhrase(syntax, text, verb, kind.Marker);
        if (kind.Marker is null)
        {
            int node = ComplementAfter(syntax, verb, kind.Relation);
            return node < 0 ? new Found(-1, default, verb + 1) : new Found(node, TrimmedSubtree(syntax, text, node), verb + 1);
        }
        foreach (int child in syntax.ChildrenOf(verb))
        {
            if (child <= verb || syntax.RelationAt(child).Universal() != kind.Relation) continue;
            int marker = MarkerOf(syntax, child);
            if (marker < 0 || !syntax.Tokens.TextAt(marker).Equals(kind.Marker, StringComparison.OrdinalIgnoreCase)) continue;
            var content = TrimmedSubtree(syntax, text, child);
            // "saw the event as …", "praised Trump for …": with the verb's object before the preposition, PolNeAR's cue is
            // the verb alone and its content runs from the object through the phrase.
            int obj = ComplementAfter(syntax, verb, DependencyRelation.Obj);
            if (obj > verb && obj < marker) return new Found(child, new TokenRange(syntax.SubtreeOf(obj).Start, content.End), verb + 1);
            return new Found(child, new TokenRange(Math.Max(content.Start, marker + 1), content.End), marker + 1);
        }
        return new Found(-1, default, verb + 1);
    }

    /// <summary>The longest cue an object phrase leads to ("took some shots at", "voiced concerns over"): at most this many words from the verb to the preposition.</summary>
    private const int MaxObjectPhraseCue = 7;

    /// <summary>
    /// "took some shots at Sanders", "has voiced concerns over the deal", "made no secret of …": a noun object right
    /// after the verb followed by a prepositional phrase (hanging from the noun or from the verb) whose preposition,
    /// <paramref name="marker"/> or any when null, ends the cue; the phrase's object is the content. Written "obj/at".
    /// </summary>
    public static Found FindObjectPhrase(SyntaxLayer syntax, string text, int verb, string? marker)
    {
        var none = new Found(-1, default, verb + 1);
        int obj = ComplementAfter(syntax, verb, DependencyRelation.Obj);
        if (obj < 0 || syntax.PosAt(obj) != UniversalPos.Noun) return none;
        var objTree = syntax.SubtreeOf(obj);
        if (objTree.Start <= verb) return none;
        int phrase = -1;
        foreach (int child in syntax.ChildrenOf(obj))
        {
            if (child > obj && syntax.RelationAt(child).Universal() == DependencyRelation.Nmod) { phrase = child; break; }
        }
        if (phrase < 0)
        {
            foreach (int child in syntax.ChildrenOf(verb))
            {
                if (child > obj && syntax.RelationAt(child).Universal() == DependencyRelation.Obl) { phrase = child; break; }
            }
        }
        if (phrase < 0) return none;
        int first = MarkerOf(syntax, phrase);
        if (first < 0 || syntax.PosAt(first) != UniversalPos.Adp || first - verb > MaxObjectPhraseCue) return none;
        if (marker is not null && !syntax.Tokens.TextAt(first).Equals(marker, StringComparison.OrdinalIgnoreCase)) return none;
        // The cue is one run of words: the object's own words end right at the preposition, no punctuation between.
        var phraseTree = syntax.SubtreeOf(phrase);
        for (int t = verb + 1; t < first; t++)
        {
            if (syntax.PosAt(t) == UniversalPos.Punct || phraseTree.Contains(t)) return none;
            if (!objTree.Contains(t) && !(syntax.HeadAt(t) == verb && syntax.RelationAt(t) is DependencyRelation.Advmod or DependencyRelation.CompoundPrt)) return none;
        }
        if (first != phraseTree.Start || (!objTree.Contains(first) && objTree.End != first)) return none;
        var content = TrimmedSubtree(syntax, text, phrase);
        return new Found(phrase, new TokenRange(Math.Max(content.Start, first + 1), content.End), first + 1);
    }

    /// <summary>
    /// "lashed out at Obama", "pushed back on the claim", "concurred with the ruling": the first oblique after the verb
    /// opened by a preposition, with only the verb's particles and adverbs between them; the preposition ends the cue and
    /// its phrase is the content. Empty when the verb has none, or only an agent ("by").
    /// </summary>
    public static Found FindPrepositionalObject(SyntaxLayer syntax, string text, int verb)
    {
        var none = new Found(-1, default, verb + 1);
        foreach (int child in syntax.ChildrenOf(verb))
        {
            if (child <= verb || syntax.RelationAt(child) != DependencyRelation.Obl) continue;
            int marker = MarkerOf(syntax, child);
            if (marker < 0 || syntax.PosAt(marker) != UniversalPos.Adp) return none;
            for (int t = verb + 1; t < marker; t++)
            {
                if (syntax.HeadAt(t) != verb || syntax.RelationAt(t) is not (DependencyRelation.Advmod or DependencyRelation.CompoundPrt)) return none;
            }
            var content = TrimmedSubtree(syntax, text, child);
            return new Found(child, new TokenRange(Math.Max(content.Start, marker + 1), content.End), marker + 1);
        }
        return none;
    }

    /// <summary>Oblique and adverbial-clause dependents after <paramref name="verb"/> that open with a preposition or subordinator ("for", "about").</summary>
    public static List<(int Node, CueComplement Kind)> MarkedComplements(SyntaxLayer syntax, int verb)
    {
        var result = new List<(int, CueComplement)>();
        foreach (int child in syntax.ChildrenOf(verb))
        {
            var relation = syntax.RelationAt(child).Universal();
            if (child <= verb || relation is not (DependencyRelation.Obl or DependencyRelation.Advcl)) continue;
            int marker = MarkerOf(syntax, child);
            if (marker >= 0) result.Add((child, new CueComplement(relation, syntax.Tokens.TextAt(marker).ToString().ToLowerInvariant())));
        }
        return result;
    }

    /// <summary>
    /// The case or mark word that opens the subtree of <paramref name="node"/>, or -1; also -1 when the node has a second
    /// one ("refers to as “Khorasan”": a stranded preposition and another, not a prepositional object).
    /// </summary>
    public static int MarkerOf(SyntaxLayer syntax, int node)
    {
        int first = syntax.SubtreeOf(node).Start;
        if (first >= node || syntax.HeadAt(first) != node || !IsMarker(syntax, first)) return -1;
        foreach (int child in syntax.ChildrenOf(node))
        {
            if (child != first && child < node && IsMarker(syntax, child)) return -1;
        }
        return first;
    }

    private static bool IsMarker(SyntaxLayer syntax, int t) =>
        syntax.RelationAt(t).Universal() is DependencyRelation.Case or DependencyRelation.Mark;

    /// <summary>The subtree of <paramref name="node"/> without punctuation at its edges (quotation marks stay).</summary>
    public static TokenRange TrimmedSubtree(SyntaxLayer syntax, string text, int node)
    {
        var range = syntax.SubtreeOf(node);
        var tokens = syntax.Tokens;
        int start = range.Start, end = range.End;
        while (start < end && IsEdgePunctuation(syntax, tokens, text, start)) start++;
        while (end > start && IsEdgePunctuation(syntax, tokens, text, end - 1)) end--;
        return new TokenRange(start, end);
    }

    private static bool IsEdgePunctuation(SyntaxLayer syntax, TokenLayer tokens, string text, int t) =>
        (syntax.PosAt(t) == UniversalPos.Punct || tokens.KindAt(t) is TokenKind.Punctuation or TokenKind.Symbol)
        && !(tokens.KindAt(t) == TokenKind.Quote || (tokens.EndAt(t) - tokens.StartAt(t) <= 2 && QuotationMarks.IsQuoteChar(text[tokens.StartAt(t)])));

    /// <summary>Auxiliaries and adverbs right before a cue belong to it ("has said", "also told", "did not deny"), as PolNeAR marks them.</summary>
    public static int CueStart(SyntaxLayer syntax, int head, int limit)
    {
        int first = head;
        while (first - 1 >= limit && syntax.HeadAt(first - 1) == head
               && syntax.RelationAt(first - 1) is DependencyRelation.Aux or DependencyRelation.AuxPass or DependencyRelation.Advmod)
            first--;
        return first;
    }
}

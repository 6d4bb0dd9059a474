using System.Collections.Frozen;
using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Content found for a cue: its fragments, the token range it spans, where the cue ends, and whether it is one quotation.</summary>
    private sealed record Content(List<TextSpan> Fragments, int Start, int End, int CueEnd, bool Direct);

    /// <summary>Content ending at <paramref name="boundary"/> (a comma or a closing mark) of an inverted attribution.</summary>
    private Content? LeftContent(int boundary, TokenRange sentence)
    {
        int closing = IsClosingQuote(boundary) ? boundary : Is(boundary, ",") && IsClosingQuote(boundary - 1) ? boundary - 1 : -1;
        if (closing >= 0)
        {
            int q = _quotes.QuoteOf(closing);
            int first = _quotes.FirstToken[q];
            // 'They have "a higher set of expectations …," she said': a quotation that opens in mid-sentence is the end of a
            // mixed content that starts with the sentence, even a sentence-like one, unless a cue stands before it
            // (held-out train: see models/quotes.md).
            bool opensClause = first <= sentence.Start || _quotes.Spans[q].ContinuesPrevious
                || _quotes.Kinds[q] == QuotedKind.Sentential && HasCueBetween(sentence.Start, first);
            if (opensClause) return new Content(ChainFragments(q), first, closing + 1, -1, true);
            int end = closing + 1;
            return end - sentence.Start >= MinBareContentTokens ? new Content([SpanOf(sentence.Start, end)], sentence.Start, end, -1, false) : null;
        }
        if (!Is(boundary, ",")) return null;
        int start = sentence.Start;
        int stop = TrimEnd(start, boundary);
        if (stop - start < MinBareContentTokens) return null;
        return new Content([SpanOf(start, stop)], start, stop, -1, false);
    }

    private bool HasCueBetween(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (IsPunct(t) && !IsQuoteMark(t) && end - start == 1) continue;
            if (_lexicon.Match(_tokens, t) is not null || Is(t, ":")) return true;
        }
        return end - start < MinBareContentTokens;
    }

    /// <summary>Content after the cue: a quotation after a colon or comma, a "that"-clause, or a bare clause.</summary>
    private Content? RightContent(CueMatch cue, int cueEnd, TokenRange sentence)
    {
        int t = cueEnd;
        int opener = -1, that = -1;
        for (int i = t; i < sentence.End && i < t + ThatWindow; i++)
        {
            if (IsQuoteMark(i) && InSpeechQuote(i) && _quotes.FirstToken[_quotes.QuoteOf(i)] == i) { opener = i; break; }
            if (Is(i, "that")) { that = i; break; }
            if (Is(i, ":")) { opener = i + 1 < sentence.End ? i + 1 : -1; cueEnd = i == t ? i + 1 : cueEnd; break; }
            if (Is(i, ",") && i + 1 < sentence.End && IsQuoteMark(i + 1) && InSpeechQuote(i + 1)) { opener = i + 1; break; }
            // "said, however, that …", "said, among other things, that …": a parenthetical before "that".
            if (Is(i, ",") && ParentheticalBeforeThat(i, sentence.End) is > 0 and var marker) { that = marker; break; }
            if (IsPunct(i) && _tokens.KindAt(i) != TokenKind.Clitic) break;
            if (i > t && (_lexicon.Match(_tokens, i) is not null || Is(i, "and") || Is(i, "but"))) break;
        }
        // Direct only when the quotation follows the cue at once, or after a colon or comma ("told reporters: “…”").
        bool adjacent = opener == t || opener > t && (Is(opener - 1, ":") || Is(opener - 1, ",")) && (opener - 1 == t || cue.Entry.TakesObject);
        if (opener >= 0 && adjacent && IsQuoteMark(opener) && InSpeechQuote(opener))
        {
            int q = _quotes.QuoteOf(opener);
            int after = _quotes.EndToken[q];
            int rest = after;
            while (rest < sentence.End && IsPunct(rest) && !IsQuoteMark(rest)) rest++;
            if (rest >= sentence.End || _quotes.Kinds[q] == QuotedKind.Sentential && (Is(rest, "he") || Is(rest, "she") || Is(rest, "and")))
                return new Content(ChainFragments(q), opener, after, cueEnd, true);
        }
        int start = that >= 0 ? that : opener >= 0 && Is(opener - 1, ":") ? opener : t;
        if (start >= sentence.End) return null;
        int end = ContentEnd(start, sentence.End, cue.Form);
        if (end <= start) return null;
        bool quoted = HasSpeechQuote(start, end);
        // "declined to comment", "wants to build": a to-infinitive with a verb after "to".
        if (cue.Entry.Infinitive && !quoted && Is(start, "to") && start + 1 < end && IsWord(start + 1) && !Is(start + 1, "the"))
            return new Content([SpanOf(start, end)], start, end, cueEnd, false);
        if (cue.Entry.ObjectContent && !quoted && that < 0)
        {
            if (!IsWord(start) || WordClasses.SubjectStoppers.Has(W(start)) && !Is(start, "to")) return null;
            return new Content([SpanOf(start, end)], start, end, cueEnd, false);
        }
        if (cue.Entry.Weak && that < 0 && !quoted && opener < 0) return null;
        if (cue.Entry.NoClause && !quoted && !HasWord(start, Math.Min(end, start + ThatWindow + 2), "for", "as")) return null;
        if (that < 0 && !quoted && end - start < MinBareContentTokens) return null;
        return new Content([SpanOf(start, end)], start, end, cueEnd, false);
    }

    /// <summary>Words a parenthetical between a cue and its "that" may hold ("among other things").</summary>
    private const int MaxParentheticalWords = 4;

    /// <summary>The "that" after a comma-enclosed phrase of a few words without quotation marks opening at <paramref name="comma"/>; -1 when none.</summary>
    private int ParentheticalBeforeThat(int comma, int end)
    {
        for (int t = comma + 1; t < end && t <= comma + MaxParentheticalWords + 1; t++)
        {
            if (IsQuoteMark(t) || Is(t, ";") || Is(t, ":")) return -1;
            if (Is(t, ",")) return t > comma + 1 && Is(t + 1, "that") ? t + 1 : -1;
        }
        return -1;
    }

    /// <summary>Where content starting at <paramref name="start"/> ends: before a coordinated or participle cue, "according to", or ";".</summary>
    private int ContentEnd(int start, int end, CueForm? outerForm = null)
    {
        for (int i = start; i < end; i++)
        {
            int q = _quotes.QuoteOf(i);
            if (q >= 0 && _quotes.IsSpeech(q))
            {
                if (i > start && _quotes.FirstToken[q] == i && OpensInvertedQuotation(q, end)) return TrimEnd(start, i);
                i = Math.Max(i, _quotes.EndToken[q] - 1);
                // "“is not over,” claiming …": the comma inside the marks ends the clause before a participle cue.
                var inner = _quotes.Spans[q].Inner;
                if (inner.Length > 0 && _text[inner.End - 1] == ',' && i + 1 < end && _lexicon.Match(_tokens, i + 1) is { Form: CueForm.Gerund })
                    return i + 1;
                continue;
            }
            if (Is(i, ";")) return TrimEnd(start, i);
            if (!(Is(i, ",") || Is(i, "and") || Is(i, "but"))) continue;
            int j = i + 1;
            if (Is(i, ",") && (Is(j, "and") || Is(j, "but"))) j++;
            while (j < end && IsWord(j) && (WordClasses.Adverbs.Has(W(j)) && !Is(j, "on") && !Is(j, "in")) ) j++;
            if (j >= end) break;
            if (Is(j, "according") && Is(j + 1, "to")) return TrimEnd(start, i);
            // A verb coordinated with the cue shares its form ("hoped …, and hinted", "claims … and says"); one in
            // another form belongs to the reported clause ("noted that the Taliban cannot …, and refuses to …").
            if (_lexicon.Match(_tokens, j) is { } m && !WordClasses.IsCapitalized(W(j))
                && (m.Form == CueForm.Gerund ? Is(i, ",") || Is(i, "and") : (!Is(i, ",") || Is(i + 1, "and") || Is(i + 1, "but")) && SameTense(m.Form, outerForm)))
                return TrimEnd(start, i);
            if (Is(i, ",") && OpensReportingRelative(i + 1, end)) return TrimEnd(start, i);
            // "…, he said" in mid-sentence ends the content before the attribution.
            if (Is(i, ",") && (IsPronoun(W(j)) || WordClasses.IsCapitalized(W(j))) && j + 1 < end && _lexicon.Match(_tokens, j + 1) is { Entry.Inverts: true } m2 && m2.Form is CueForm.Past or CueForm.ThirdPerson)
                return TrimEnd(start, i);
        }
        return TrimEnd(start, end);
    }

    /// <summary>Words a speaker may have between a closing quotation and its inverted cue ("the senator says").</summary>
    private const int MaxInvertedSpeakerTokens = 5;

    /// <summary>
    /// "suggested that the plan was unserious - “Again, we need to get into the details,” she said", "asserted that
    /// France had lost its identity: “France is no longer France,” he claimed": a quotation set off by a colon or a
    /// dash inside a reported clause, closed by a comma and followed by its own speaker and an inverted cue, is the
    /// content of that cue, not of the clause's (PolNeAR never nests a cue in a content); the clause ends before it.
    /// </summary>
    private bool OpensInvertedQuotation(int q, int end)
    {
        int open = _quotes.FirstToken[q];
        if (!(Is(open - 1, ":") || IsDash(open - 1))) return false;
        int after = _quotes.EndToken[q];
        var inner = _quotes.Spans[q].Inner;
        bool comma = inner.Length > 0 && _text[inner.End - 1] == ',';
        if (Is(after, ",")) { after++; comma = true; }
        return comma && after < end && OpensSpeakerAndCue(after, end, invertingCue: true);
    }

    /// <summary>
    /// "touted his victories, particularly in Florida, which he describes as his second home", "…, to which O'Malley
    /// interjected: …": a relative clause whose own speaker reports it (a subject and a cue in the past or present) is
    /// an attribution of its own, not part of the clause before it.
    /// </summary>
    private bool OpensReportingRelative(int t, int end)
    {
        if (t < end && _syntax is not null && _syntax.PosAt(t) == UniversalPos.Adp && !Is(t, "which")) t++;
        return Is(t, "which") && t + 2 < end && OpensSpeakerAndCue(t + 1, end, invertingCue: false);
    }

    /// <summary>
    /// Whether a speaker starts at <paramref name="from"/> and its cue, in the past or present, comes within
    /// <see cref="MaxInvertedSpeakerTokens"/> words and before any punctuation; with <paramref name="invertingCue"/>, a
    /// cue that may close a quotation ("“…,” she said").
    /// </summary>
    private bool OpensSpeakerAndCue(int from, int end, bool invertingCue)
    {
        for (int k = from + 1; k < end && k <= from + MaxInvertedSpeakerTokens; k++)
        {
            if (IsPunct(k)) return false;
            if (_lexicon.Match(_tokens, k) is not { Form: CueForm.Past or CueForm.ThirdPerson } m || invertingCue && !m.Entry.Inverts || WordClasses.IsCapitalized(W(k))) continue;
            return FindSubjectLeft(SkipAdverbsLeft(k - 1, from), from) is { } subject && subject.Start == from;
        }
        return false;
    }

    private bool IsDash(int t) => Is(t, "-") || Is(t, "--") || Is(t, "—") || Is(t, "–");

    private static bool SameTense(CueForm form, CueForm? outer) =>
        outer is null || Tense(form) == Tense(outer.Value);

    private static int Tense(CueForm form) => form switch { CueForm.Past or CueForm.Participle => 1, CueForm.ThirdPerson or CueForm.Base => 0, _ => 2 };

    /// <summary>
    /// "said that he would "carpet-bomb them into oblivion. I don't know if …"": reported content that ends inside a
    /// quotation opened within it runs on to the closing mark, across the sentence breaks inside the marks (train:
    /// the largest class of contents cut short at a sentence end).
    /// </summary>
    private Content ThroughOpenQuotation(Content content)
    {
        if (content.Direct || content.Fragments.Count == 0) return content;
        var last = content.Fragments[^1];
        if (_tokens.ToTokenRange(last, SpanAlignment.Expand) is not { } range || range.IsEmpty) return content;
        int q = _quotes.QuoteOf(range.End - 1);
        if (q < 0 || !_quotes.IsSpeech(q) || _quotes.FirstToken[q] < range.Start || _quotes.EndToken[q] <= range.End) return content;
        var outer = Trimmed(_quotes.Spans[q].Outer);
        if (outer.End <= last.End) return content;
        return content with { Fragments = [.. content.Fragments.Take(content.Fragments.Count - 1), new TextSpan(last.Start, outer.End)], End = _quotes.EndToken[q] };
    }

    /// <summary>
    /// "X, who said that A, sits on …": content found for a cue inside a relative or appositive clause of the subject
    /// ends before the comma after which the main clause (a verb governing the cue) goes on (held-out train: +25
    /// exact contents, 12 fewer wrong). Cutting before appositions or participle clauses instead lost as many as it won.
    /// </summary>
    private Content WithoutMainClauseTail(Content content, int cueHead)
    {
        if (_syntax is null || content.Direct || content.Fragments.Count == 0) return content;
        var last = content.Fragments[^1];
        if (_tokens.ToTokenRange(last, SpanAlignment.Expand) is not { } range || range.Length < 3) return content;
        for (int c = range.Start + 1; c < range.End - 1; c++)
        {
            if (!Is(c, ",") || InSpeechQuote(c)) continue;
            int top = TopOf(c + 1, range.End);
            if (top < 0 || _syntax.PosAt(top) is not (UniversalPos.Verb or UniversalPos.Aux) || ChildOnPathTo(cueHead, top) < 0) continue;
            int end = TrimEnd(range.Start, c);
            if (end <= range.Start) return content;
            return content with { Fragments = [.. content.Fragments.Take(content.Fragments.Count - 1), new TextSpan(last.Start, _tokens.EndAt(end - 1))], End = end };
        }
        return content;
    }

    /// <summary>Words that open a subordinate clause before the main clause ("When Clinton said …, he looked …").</summary>
    private static readonly FrozenSet<string> FrontedClauseOpeners = FrozenSet.ToFrozenSet(
        ["as", "when", "although", "though", "while", "if", "because", "since", "after", "before", "once", "until", "whereas", "unless"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An attribution inside a subordinate clause that opens the sentence: "When Clinton said she would debate on that
    /// day, he looked like …" — its content ends at the comma that closes the clause; "As Clinton told the Daily News,
    /// tax relief is given …" — a cue with no clause of its own reports the main clause after the comma.
    /// </summary>
    private Content WithinFrontedClause(Content content, Subject subject, int cueHead, TokenRange sentence)
    {
        if (content.Direct || content.Fragments.Count != 1 || content.Start <= cueHead || subject.End > cueHead) return content;
        int first = sentence.Start;
        if (Is(first, "but") || Is(first, "and") || Is(first, "yet") || Is(first, "so")) first++;
        if (Is(first, "even")) first++;
        if (first + 1 != subject.Start || !FrontedClauseOpeners.Has(W(first))) return content;
        int comma = -1;
        for (int c = content.Start; c < content.End - 1; c++)
        {
            if (InSpeechQuote(c)) return content;
            // "Louisville, Ky., where …": a place's state is no clause boundary.
            if (Is(c, ",") && !(WordClasses.IsCapitalized(W(c + 1)) && Is(c + 2, ","))) { comma = c; break; }
        }
        if (comma < 0) return content;
        if (Is(first, "as") && !HasClauseBetween(cueHead + 1, comma) && content.End - (comma + 1) >= MinBareContentTokens)
            return content with { Fragments = [SpanOf(comma + 1, content.End)], Start = comma + 1 };
        int end = TrimEnd(content.Start, comma);
        if (end <= content.Start) return content;
        return content with { Fragments = [SpanOf(content.Start, end)], End = end };
    }

    /// <summary>Whether a verb, "that" or a quotation stands in [start, end).</summary>
    private bool HasClauseBetween(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (Is(t, "that") || IsQuoteMark(t) || _syntax is not null && _syntax.PosAt(t) is UniversalPos.Verb or UniversalPos.Aux) return true;
        }
        return false;
    }

    /// <summary>
    /// The node on the way up from <paramref name="t"/> whose head is <paramref name="ancestor"/> (<paramref name="t"/>
    /// itself when it hangs from it), or -1 when <paramref name="ancestor"/> is not above <paramref name="t"/>.
    /// </summary>
    private int ChildOnPathTo(int t, int ancestor)
    {
        for (int hops = 0; t >= 0 && hops < _tokens.Count; t = _syntax!.HeadAt(t), hops++)
        {
            if (_syntax!.HeadAt(t) == ancestor) return t;
        }
        return -1;
    }

    /// <summary>The one token of [start, end) whose head lies outside it (punctuation aside), or -1 when there are several.</summary>
    private int TopOf(int start, int end)
    {
        int top = -1;
        for (int t = start; t < end; t++)
        {
            int head = _syntax!.HeadAt(t);
            if (head >= start && head < end || _syntax.PosAt(t) == UniversalPos.Punct) continue;
            if (top >= 0) return -1;
            top = t;
        }
        return top;
    }

    /// <summary>Verbs whose object before a bare clause is the addressee, not the clause's subject ("told reporters he feels …").</summary>
    private static readonly FrozenSet<string> AddresseeVerbs =
        new[] { "tell", "ask", "inform", "assure", "remind", "notify", "advise", "promise", "convince", "persuade" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "rejected the idea that …", "found no evidence that …", "cited polls that show …": a clause that hangs from the
    /// cue verb's object noun makes the whole object the content (PolNeAR), not the clause alone.
    /// </summary>
    private Content FromObjectOfClause(Content content, int cueHead)
    {
        if (_syntax is null || content.Direct || content.Fragments.Count != 1 || content.Start <= cueHead + 1) return content;
        // "telling supporters in Columbus that …": the object of tell or ask is the addressee, not what is said.
        if (AddresseeVerbs.Contains(_syntax.LemmaAt(cueHead))) return content;
        int clause = _syntax.HeadAt(content.Start);
        if (clause < content.Start || clause >= content.End) return content;
        // "voiced concerns over the deal": a prepositional phrase of the object is no clause; its preposition ends the cue.
        if (_syntax.RelationAt(clause).Universal() == DependencyRelation.Nmod) return content;
        int noun = _syntax.HeadAt(clause);
        if (noun <= cueHead || noun >= content.Start || _syntax.PosAt(noun) is not (UniversalPos.Noun or UniversalPos.Propn or UniversalPos.Pron)) return content;
        int top = ChildOnPathTo(noun, cueHead);
        if (top < 0 || _syntax.RelationAt(top).Universal() != DependencyRelation.Obj) return content;
        var range = SyntacticArguments.TrimmedSubtree(_syntax, _text, top);
        if (range.Start <= cueHead || range.Start >= content.Start || range.End != content.End && range.End < content.Start) return content;
        return content with { Fragments = [new TextSpan(_tokens.StartAt(range.Start), content.Fragments[0].End)], Start = range.Start };
    }

    /// <summary>Drops sentence punctuation from the end of a content range (a closing quotation mark stays).</summary>
    private int TrimEnd(int start, int end)
    {
        while (end > start && IsPunct(end - 1) && !IsQuoteMark(end - 1) && ContentExtent.TrimsOff(_tokens, start, end - 1)) end--;
        return end;
    }

    private bool HasSpeechQuote(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (InSpeechQuote(i)) return true;
        }
        return false;
    }

    private bool HasWord(int start, int end, string a, string b)
    {
        for (int i = start; i < end; i++)
        {
            if (Is(i, a) || Is(i, b)) return true;
        }
        return false;
    }

    /// <summary>The outer spans of quotation <paramref name="q"/> and every paragraph it runs on into (or from).</summary>
    private List<TextSpan> ChainFragments(int q)
    {
        int first = q;
        while (first > 0 && _quotes.Spans[first].ContinuesPrevious) first--;
        var fragments = new List<TextSpan> { Trimmed(_quotes.Spans[first].Outer) };
        for (int k = first + 1; k < _quotes.Spans.Count && _quotes.Spans[k].ContinuesPrevious; k++) fragments.Add(Trimmed(_quotes.Spans[k].Outer));
        return fragments;
    }

    private TextSpan Trimmed(TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (e > s && char.IsWhiteSpace(_text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    /// <summary>"“A,” he said, “B.”": the quotation after the attribution is part of the same content.</summary>
    private void AddTrailingQuote(QuoteDraft draft, int from, int sentenceEnd)
    {
        if (draft.Type != QuoteType.Direct || from + 1 >= _tokens.Count) return;
        if (!(Is(from, ",") || Is(from, ":"))) return;
        int open = from + 1;
        if (!IsQuoteMark(open) || !InSpeechQuote(open)) return;
        int q = _quotes.QuoteOf(open);
        if (_quotes.FirstToken[q] != open) return;
        draft.Content.AddRange(ChainFragments(q));
    }

    private QuoteType TypeOf(List<TextSpan> fragments, bool direct, CueClass cls)
    {
        if (direct) return QuoteType.Direct;
        foreach (var f in fragments)
        {
            var range = _tokens.ToTokenRange(f, SpanAlignment.Expand);
            if (range is { } r && HasSpeechQuote(r.Start, r.End)) return QuoteType.Mixed;
        }
        return cls == CueClass.Belief ? QuoteType.Belief : QuoteType.Indirect;
    }
}

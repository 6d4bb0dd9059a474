using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>The subject phrase ending at token <paramref name="j"/> (scanning leftwards), or null.</summary>
    private Subject? FindSubjectLeft(int j, int start)
    {
        if (j < start || !IsWord(j) && !Is(j, ",")) return null;
        if (Is(j, ",")) return FindAppositiveSubject(j, start);
        var w = W(j).ToString();
        if (IsPronoun(w)) return new Subject(j, j + 1, j, j + 1);
        if (WordClasses.SubjectStoppers.Contains(w) || WordClasses.Determiners.Contains(w) || InSpeechQuote(j)) return null;
        // "271 pledged delegates": a number is no speaker.
        if (_tokens.KindAt(j) == TokenKind.Number) return null;
        if (_lexicon.IsCueWord(W(j)) && !WordClasses.IsCapitalized(W(j))) return null;
        int k = j;
        while (k - 1 >= start && j - k < MaxSubjectTokens)
        {
            int p = k - 1;
            var pw = W(p).ToString();
            if (IsQuoteMark(p) || InSpeechQuote(p)) break;
            if (_tokens.KindAt(p) == TokenKind.Clitic && (pw.EndsWith('s') || pw.EndsWith('S'))) { k = p; continue; }
            if (IsPunct(p))
            {
                if (pw is "-" or "&" or "/") { k = p; continue; }
                break;
            }
            if (WordClasses.Determiners.Contains(pw)) { k = p; break; }
            if (WordClasses.NameInnerWords.Contains(pw) && !WordClasses.IsCapitalized(pw))
            {
                // "Representative to Afghanistan", "Foundation for Defense of Democracies", "some of the officials".
                bool insideName = p - 1 >= start && WordClasses.IsCapitalized(W(p - 1)) && WordClasses.IsCapitalized(W(k));
                if (insideName || pw == "of") { k = p; continue; }
                break;
            }
            if (WordClasses.SubjectStoppers.Contains(pw) || IsPronoun(pw)) break;
            if (!WordClasses.IsCapitalized(pw) && (_lexicon.IsCueWord(W(p)) || pw.EndsWith("ly", StringComparison.Ordinal))) break;
            k = p;
        }
        if (j - k >= MaxSubjectTokens) return null;
        // A subject cannot start with a joining word ("of the officials").
        while (k < j && WordClasses.NameInnerWords.Has(W(k)) && !WordClasses.Determiners.Has(W(k))) k++;
        return new Subject(k, j + 1, k, j + 1);
    }

    /// <summary>A relative clause inside a source ("X, who …, said") may be this long.</summary>
    private const int MaxRelativeClauseTokens = 25;

    /// <summary>"Hugh Hill, a doctor, said": the apposition belongs to the subject, the name is its head.</summary>
    private Subject? FindAppositiveSubject(int comma, int start)
    {
        int c2 = comma - 1;
        while (c2 >= start && !Is(c2, ",") && comma - c2 <= MaxRelativeClauseTokens) c2--;
        if (c2 < start || !Is(c2, ",") || c2 == comma - 1) return null;
        int first = c2 + 1;
        var fw = W(first).ToString();
        if (fw is "who" or "whose")
        {
            // "Paris, who used to work on Capitol Hill, said": a relative clause inside the source.
            var named = FindSubjectLeft(c2 - 1, start);
            if (named is not { } n || !WordClasses.IsCapitalized(W(n.End - 1)) || HasSpeechQuote(first, comma)) return null;
            // "Cruz, who says Trump is attacking him, said …": a clause that holds an attribution of its own is no part of this source.
            if (IsCoveredByContentOrCue(SpanOf(first, comma))) return new Subject(n.Start, n.End, n.HeadStart, n.HeadEnd);
            return new Subject(n.Start, comma + 1, n.HeadStart, n.HeadEnd);
        }
        var head = FindSubjectLeft(c2 - 1, start);
        bool clearlyAppositive = fw is "a" or "an" or "the" || char.IsDigit(fw[0]) || WordClasses.Titles.Contains(fw);
        // "Geoff Garin, a Democratic pollster who advises the pro-Clinton super PAC Priorities USA Action, said": an
        // apposition the parser hangs from the name may be long and hold its own clause ("who …", "and …"); up to
        // MaxRelativeClauseTokens it is all source (frozen held-out models, two folds of 340 train articles: source
        // exact +3 / +10 tp, -0 / -5 fp; cue +4 / +7 tp, content +4 / +10 tp).
        bool parsedAppositive = head is { } ph && IsParsedApposition(first, comma, ph);
        if (comma - c2 > MaxSubjectTokens && !clearlyAppositive && !parsedAppositive) return null;
        if (IsVerbModifier(first, comma)) return null;
        bool appositive = clearlyAppositive || (!WordClasses.IsCapitalized(fw) && !_lexicon.IsCueWord(W(first)));
        // '"…," Jeff Weaver, Sanders' campaign manager, said': right after a quotation, a name and a capitalised
        // phrase set off by commas before the cue are speaker and apposition, not a list or a clause.
        appositive |= head is { } q && FollowsClosingQuote(q.Start, start);
        if (!appositive) return null;
        for (int t = first; t < comma && !parsedAppositive; t++)
        {
            if (WordClasses.SubjectStoppers.Has(W(t)) && !Is(t, "of") && !Is(t, "at") || InSpeechQuote(t)) return null;
        }
        if (head is not { } h || !WordClasses.IsCapitalized(W(h.End - 1))) return null;
        return new Subject(h.Start, comma + 1, h.HeadStart, h.HeadEnd);
    }

    /// <summary>
    /// Whether the parser hangs the phrase [first, end) from the name as its apposition: one token leads out of the
    /// phrase, into the name, as appos.
    /// </summary>
    private bool IsParsedApposition(int first, int end, Subject name)
    {
        if (_syntax is null) return false;
        int root = -1;
        for (int t = first; t < end; t++)
        {
            int head = _syntax.HeadAt(t);
            if (head >= first && head < end) continue;
            if (root >= 0) return false;
            root = t;
        }
        if (root < 0) return false;
        int h = _syntax.HeadAt(root);
        return h >= name.HeadStart && h < name.HeadEnd && _syntax.RelationAt(root).Universal() == DependencyRelation.Appos;
    }

    /// <summary>Whether token <paramref name="t"/> comes right after a closing quotation mark (or its comma: '…”, X').</summary>
    private bool FollowsClosingQuote(int t, int start) =>
        t - 1 >= start && (IsClosingQuote(t - 1) || Is(t - 1, ",") && t - 2 >= start && IsClosingQuote(t - 2));

    /// <summary>
    /// "Sanders, meanwhile, said", "Trump, in Kentucky, said", "Clinton, exasperated, said": a phrase set off by commas
    /// that the parser hangs from the verb as an adverbial is no apposition of the subject and no part of the source
    /// (frozen held-out models, two folds of 340 train articles: source exact +4 / +18 tp, -11 / +6 fp).
    /// </summary>
    private bool IsVerbModifier(int first, int end)
    {
        if (_syntax is null) return false;
        for (int t = first; t < end; t++)
        {
            int head = _syntax.HeadAt(t);
            if (head >= first && head < end) continue;
            if (head < end || _syntax.PosAt(head) != UniversalPos.Verb) return false;
            return _syntax.RelationAt(t).Universal() is DependencyRelation.Advmod or DependencyRelation.Obl
                or DependencyRelation.Advcl or DependencyRelation.Discourse;
        }
        return false;
    }

    /// <summary>
    /// "Fact-checkers soon noted", "Trump at the time said", "senior officials this week detailed": a phrase just before
    /// the cue that the parser hangs from a verb after it as an adverbial is when or how the verb happened, no part of the
    /// speaker; the token before it, or <paramref name="t"/> itself when there is no such phrase. "both", "all" and
    /// reflexives ("Sanders himself") stay: PolNeAR keeps them in the source.
    /// </summary>
    private int BeforeVerbModifier(int t, int start)
    {
        if (_syntax is null || t < start || !IsWord(t) || IsQuoteMark(t)) return t;
        int node = t;
        int head = _syntax.HeadAt(node);
        // Climb to the largest phrase that ends at t: "at the time" ends at "time", whose head is "said".
        while (head >= 0 && head < node && _syntax.SubtreeOf(head).End == t + 1)
        {
            node = head;
            head = _syntax.HeadAt(node);
        }
        if (head <= t || _syntax.PosAt(head) is not (UniversalPos.Verb or UniversalPos.Aux)) return t;
        var phrase = _syntax.SubtreeOf(node);
        if (phrase.Start <= start || phrase.End != t + 1) return t;
        // An adverb ("soon", "however", "long ago"; not "when" or "so", which open a clause). Prepositional phrases are
        // left alone: the parser hangs "after Jones" in "after Jones assured …" from the verb as well.
        bool adverb = _syntax.RelationAt(node).Universal() == DependencyRelation.Advmod && _syntax.PosAt(node) == UniversalPos.Adv
            && !IsWh(node) && !ClauseOpeners.Has(W(node)) && !Is(node, "so");
        if (!adverb) return t;
        for (int i = phrase.Start; i <= t; i++)
        {
            if (!IsWord(i) || IsQuoteMark(i) || InSpeechQuote(i) || KeptInSource.Has(W(i))) return t;
        }
        return phrase.Start - 1;
    }

    /// <summary>Words after a subject that PolNeAR keeps in the source though the parser may hang them from the verb.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> KeptInSource = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "both", "all", "each", "alone", "himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself",
    }, StringComparer.OrdinalIgnoreCase);

    /// <summary>The speaker after an inverted cue: "said West", "said Hugh Hill, a doctor", "said he".</summary>
    private Subject? FindSubjectRight(int t, int end)
    {
        // "…,” said on Tuesday Mr. Smith": time words between the cue and an inverted speaker.
        while (t < end && IsWord(t) && WordClasses.Adverbs.Has(W(t)) && !WordClasses.Titles.Has(W(t)) && !IsPronoun(W(t))) t++;
        if (t >= end || !IsWord(t)) return null;
        if (IsPronoun(W(t))) return new Subject(t, t + 1, t, t + 1);
        int k = t;
        bool capital = false;
        while (k < end && k - t < MaxSubjectTokens)
        {
            var w = W(k).ToString();
            if (IsPunct(k) && !(w is "-" or "&")) break;
            if (_tokens.KindAt(k) == TokenKind.Clitic) { k++; continue; }
            if (k > t && (WordClasses.SubjectStoppers.Contains(w) && !(w is "of") || WordClasses.Adverbs.Contains(w) && !WordClasses.IsCapitalized(w) && !WordClasses.Titles.Contains(w))) break;
            if (k > t && WordClasses.NameInnerWords.Contains(w) && !(k + 1 < end && WordClasses.IsCapitalized(W(k + 1)))) break;
            if (!WordClasses.IsCapitalized(w) && _lexicon.IsCueWord(W(k)) && k > t) break;
            capital |= WordClasses.IsCapitalized(w);
            k++;
        }
        if (k == t) return null;
        if (!capital && !WordClasses.Determiners.Has(W(t))) return null;
        int headStart = t, headEnd = k;
        // ", a doctor at the clinic": an apposition after the name belongs to the source.
        if (k + 1 < end && Is(k, ",") && (Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "the") || WordClasses.Titles.Has(W(k + 1))
            || _tokens.KindAt(k + 1) == TokenKind.Number || Is(k + 1, "one")))
        {
            int e = k + 1;
            while (e < end && !IsPunct(e)) e++;
            // "said Jane Doe, 27, a nurse from Ohio who …": an apposition that closes the sentence is all source
            // (held-out train, two folds of 340 articles: 26 and 27 gold sources ran so to the sentence end past our
            // shorter one; with this, source exact +11 / +14 tp and -18 / -26 fp, cue and content unchanged or better;
            // a ", who" apposition is left out: it cost cues said inside it).
            int last = TrimEnd(k + 1, end);
            bool closes = true;
            for (int i = k + 1; i < last && closes; i++) closes = !IsQuoteMark(i) && !Is(i, ";") && !Is(i, ":");
            if (closes && last - k <= MaxRelativeClauseTokens) e = last;
            if (e - k <= MaxRelativeClauseTokens) k = e;
        }
        return new Subject(t, k, headStart, headEnd);
    }

    /// <summary>The subject at the start of a sentence, for a participle cue whose clause has no cue of its own.</summary>
    private Subject? FindSubjectAtStart(TokenRange sentence)
    {
        int t = sentence.Start;
        int k = t;
        while (k < sentence.End && IsWord(k) && !WordClasses.SubjectStoppers.Has(W(k)) && !_lexicon.IsCueWord(W(k)) && k - t < MaxSubjectTokens)
        {
            if (k > t && !WordClasses.IsCapitalized(W(k)) && !WordClasses.Determiners.Has(W(k - 1)) && !WordClasses.IsCapitalized(W(k - 1))) break;
            k++;
        }
        if (k == t) return null;
        return IsPronoun(W(t)) ? new Subject(t, t + 1, t, t + 1) : new Subject(t, k, t, k);
    }

    private static bool IsPronoun(ReadOnlySpan<char> w) =>
        WordClasses.SingularPersonPronouns.Has(w) || WordClasses.PluralPronouns.Has(w) || WordClasses.ThingPronouns.Has(w)
        || WordClasses.FirstSecondPronouns.Has(w) || w.Equals("who", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Trump on Tuesday", "The White House on Monday", "Broaddrick Sunday night": a day the parser hangs from the speaker
    /// is when the verb happened, no part of the source (held-out train, two folds: 31 such sources were wrong, none right;
    /// a phrase with a verb of its own keeps its day: "a poll released Thursday", "who endorsed him on Tuesday").
    /// </summary>
    private TextSpan WithoutTrailingDay(TextSpan span)
    {
        if (_syntax is null || _tokens.ToTokenRange(span, SpanAlignment.Expand) is not { } r) return span;
        int t = r.End - 1;
        if (Is(t, "night") || Is(t, "morning") || Is(t, "afternoon") || Is(t, "evening")) t--;
        if (t <= r.Start || !WordClasses.Weekdays.Has(W(t))) return span;
        t--;
        if (Is(t, "on")) t--;
        if (Is(t, "late") || Is(t, "early")) t--;
        int end = t + 1;
        while (end > r.Start && IsPunct(end - 1) && !IsQuoteMark(end - 1) && !Is(end - 1, ")")) end--;
        if (end <= r.Start) return span;
        for (int i = r.Start; i < end; i++)
        {
            if (_syntax.PosAt(i) == UniversalPos.Verb) return span;
        }
        return new TextSpan(span.Start, _tokens.EndAt(end - 1));
    }

    /// <summary>Words the description before a name may have ("one of his senior advisers").</summary>
    private const int MaxDescriptionTokens = 8;

    /// <summary>
    /// "One of his advisers, Tad Devine, told …", "Clinton's Democratic opponent, Vermont Sen. Bernie Sanders, also
    /// praised …": a common-noun description set off before the name is part of the source (PolNeAR: "One of his advisers,
    /// Tad Devine,"), though the parser makes the name the verb's subject and hangs the description elsewhere. The
    /// description opens the clause (at the sentence start or after a fronted phrase's comma), has no verb, does not open
    /// with a preposition or adverb ("In a statement, X said") and is no time phrase ("Last week, X said").
    /// </summary>
    private TextSpan WithDescriptionBefore(TextSpan span, int cueHead)
    {
        if (_syntax is null || span.End > _tokens.StartAt(cueHead) || _tokens.ToTokenRange(span, SpanAlignment.Expand) is not { } r) return span;
        int comma = r.Start - 1;
        var sentence = _sentences.TokensAt(_sentences.IndexOfToken(r.Start));
        // The name is set off by commas on both sides ("A, Name, said"; not "As governor, Kaine declared" or the
        // parenthetical "The move, Carr explained, was …").
        if (comma <= sentence.Start || !Is(comma, ",") || _syntax.PosAt(r.Start) != UniversalPos.Propn || !(Is(r.End, ",") || Is(r.End - 1, ","))) return span;
        int last = comma - 1;
        if (_syntax.PosAt(last) != UniversalPos.Noun) return span;
        int first = last;
        while (first - 1 >= sentence.Start && !IsPunct(first - 1) && last - first < MaxDescriptionTokens) first--;
        if (first - 1 >= sentence.Start && !Is(first - 1, ",")) return span;
        while (first < last && _syntax.PosAt(first) is UniversalPos.Cconj or UniversalPos.Sconj) first++;
        if (_syntax.PosAt(first) is UniversalPos.Adp or UniversalPos.Adv or UniversalPos.Sconj or UniversalPos.Cconj or UniversalPos.Verb or UniversalPos.Aux) return span;
        for (int t = first; t <= last; t++)
        {
            if (_syntax.PosAt(t) is UniversalPos.Verb or UniversalPos.Aux || IsQuoteMark(t) || WordClasses.Adverbs.Has(W(t)) && !Is(t, "this") && !Is(t, "first")) return span;
        }
        return new TextSpan(_tokens.StartAt(first), span.End);
    }

    /// <summary>Words a fronted phrase before the speaker may have ("In a statement released Thursday,").</summary>
    private const int MaxFrontedTokens = 10;

    /// <summary>
    /// "Tuesday, Judicial Watch President Tom Fitton", "In a speech, a top adviser for President Obama", "These days, many
    /// residents": a time phrase or a prepositional phrase set off by a comma before the speaker says when, where or how,
    /// not who (held-out train, two folds: such openings were in our source 9 times and in a gold source once).
    /// </summary>
    private TextSpan WithoutFrontedPhrase(TextSpan span)
    {
        if (_syntax is null || _tokens.ToTokenRange(span, SpanAlignment.Expand) is not { } r) return span;
        int comma = r.Start + 1;
        while (comma < r.End && !Is(comma, ",") && comma - r.Start < MaxFrontedTokens) comma++;
        if (comma + 1 >= r.End || !Is(comma, ",") || !IsWord(comma + 1)) return span;
        bool prepositional = _syntax.PosAt(r.Start) == UniversalPos.Adp;
        bool time = true;
        for (int t = r.Start; t < comma && time; t++) time = WordClasses.Adverbs.Has(W(t)) || Is(t, "these") || Is(t, "days");
        return prepositional || time ? new TextSpan(_tokens.StartAt(comma + 1), span.End) : span;
    }

    /// <summary>A dash, also the horizontal bar some sites put after a dateline ("WASHINGTON ― …").</summary>
    private bool IsDashToken(int t) => Is(t, "-") || Is(t, "—") || Is(t, "–") || Is(t, "--") || Is(t, "―");

    /// <summary>
    /// "- Pew notes …", "-Nate Cohn explains …" (a bulleted line), "LONDON (Reuters) - Donald Trump said" once the parse
    /// dropped the dateline: a source never opens with a dash (held-out train: no gold source does).
    /// </summary>
    private TextSpan WithoutLeadingDash(TextSpan span)
    {
        if (_tokens.ToTokenRange(span, SpanAlignment.Expand) is not { } r) return span;
        int start = r.Start;
        while (start < r.End - 1 && IsDashToken(start)) start++;
        return start == r.Start ? span : new TextSpan(_tokens.StartAt(start), span.End);
    }

    /// <summary>Tokens a dateline ("NEW YORK -", "JACKSON, Miss. -", "Dec 29 (Reuters) -") may have before its dash.</summary>
    private const int MaxDatelineTokens = 8;

    /// <summary>
    /// "WASHINGTON — Sen. X (R-Iowa) said": the dateline that opens an article's paragraph is no part of the source
    /// that follows its dash (held-out train, two folds: 6 such sources, all wrong with the dateline).
    /// </summary>
    private TextSpan WithoutDateline(TextSpan span)
    {
        if (_syntax is null || _tokens.ToTokenRange(span, SpanAlignment.Expand) is not { } r) return span;
        if (_sentences.TokensAt(_sentences.IndexOfToken(r.Start)).Start != r.Start) return span;
        if (_paragraphs.SpanAt(_paragraphs.IndexAt(span.Start)).Start != span.Start) return span;
        for (int d = r.Start + 1; d < r.End - 1 && d - r.Start <= MaxDatelineTokens; d++)
        {
            if (_syntax.PosAt(d) == UniversalPos.Verb) return span;
            if (!IsDashToken(d)) continue;
            return WordClasses.IsCapitalized(W(d + 1)) ? new TextSpan(_tokens.StartAt(d + 1), span.End) : span;
        }
        return span;
    }
}

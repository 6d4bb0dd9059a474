using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>A subject phrase (<see cref="Start"/>..<see cref="End"/>, apposition included) and its head name.</summary>
    private readonly record struct Subject(int Start, int End, int HeadStart, int HeadEnd);

    private void ProcessSentence(int s)
    {
        var range = _sentences.TokensAt(s);
        Subject? previous = null;
        int coveredUntil = range.Start;
        if (TryColonSpeaker(range)) return;
        var cues = CuesOf(s);
        // "The rejection signals “the end” for the EU, said Geert Wilders": an inverted cue after a comma takes the
        // clause before it as content, so the cues inside that clause are part of the content (PolNeAR is univocal).
        foreach (var cue in cues)
        {
            if (!IsInvertedAfterComma(cue, range) && !ClosesSentenceAfterSpeaker(cue, range)) continue;
            if (TryCue(cue, range, null) is { } inverted)
            {
                previous = inverted.Subject;
                coveredUntil = inverted.CoveredUntil;
            }
            break;
        }
        foreach (var cue in cues)
        {
            // Univocal, as PolNeAR: a cue inside the content of an earlier attribution is part of that content, unless
            // it opens a clause of its own after a linking word ("X said A, while Y said B").
            if (cue.FirstToken < coveredUntil && !SplitsPreviousContent(cue, range) && !SplitsEmbeddedHost(cue, range)) continue;
            var result = cue.Entry == AccordingTo ? TryAccordingTo(cue, range) : TryCue(cue, range, previous);
            if (result is not { } r) continue;
            previous = r.Subject;
            coveredUntil = Math.Max(coveredUntil, r.CoveredUntil);
        }
    }

    /// <summary>
    /// "About four in 10 said …, while nine in 10 said …", "Zuckoff said …, but officials said …": a lexicon speech cue
    /// inside the unquoted content of the sentence's last attribution, with its own subject right after a linking word,
    /// starts an attribution of its own; the earlier content ends before the linker (PolNeAR never nests a cue in a
    /// content). Held-out train (two folds): +8 / +9 exact cues, +10 / +12 exact contents, one false positive more.
    /// </summary>
    private bool SplitsPreviousContent(CueMatch cue, TokenRange sentence)
    {
        if (cue.Form == CueForm.Gerund || cue.Entry == AccordingTo || cue.Entry.Weak || _attributions.Count == 0) return false;
        var last = _attributions[^1];
        if (last.Draft.Content.Count != 1 || last.Draft.Type == QuoteType.Direct || _sentences.IndexOfToken(cue.FirstToken) != last.Sentence) return false;
        var content = last.Draft.Content[0];
        if (_tokens.StartAt(cue.FirstToken) < content.Start || _tokens.EndAt(cue.EndToken - 1) > content.End) return false;
        int left = SkipAdverbsLeft(cue.FirstToken - 1, sentence.Start);
        if (FindSubjectLeft(left, sentence.Start) is not { } subject) return false;
        int linker = subject.Start - 1;
        if (linker <= sentence.Start || !IsClauseLinker(linker)) return false;
        int end = Is(linker - 1, ",") ? linker - 1 : linker;
        if (_tokens.StartAt(end) <= content.Start || HasSpeechQuote(end, cue.EndToken)) return false;
        var kept = new TextSpan(content.Start, _tokens.EndAt(TrimEnd(sentence.Start, end) - 1));
        if (kept.End <= kept.Start) return false;
        last.Draft.Content[0] = kept;
        return true;
    }

    /// <summary>Words that join a second clause with its own speaker (held-out train: each of them gained, none lost).</summary>
    private bool IsClauseLinker(int t) =>
        Is(t, "but") || Is(t, "while") || Is(t, "whereas") || Is(t, "although") || Is(t, "though") || Is(t, "as") || Is(t, "and") || Is(t, ";");

    /// <summary>
    /// The parser's subject of a lexicon cue when the word rules find none ("Gov. X (R) said", "Some 20 percent of
    /// people in a recent poll said", "said one former official"): the subject's subtree, on the side asked for.
    /// </summary>
    private Subject? ParsedSubject(int cueHead, TokenRange sentence, bool right)
    {
        if (_syntax is null) return null;
        int node = _syntax.ChildWith(cueHead, DependencyRelation.Nsubj);
        if (node < 0 || InSpeechQuote(node)) return null;
        node = SyntacticArguments.LastOfAdjacentSubjects(_syntax, cueHead, node);
        var range = SyntacticArguments.SubjectPhrase(_syntax, _text, node);
        if (range.IsEmpty || range.Start < sentence.Start || range.End > sentence.End || range.Contains(cueHead)) return null;
        if (right ? range.Start <= cueHead : range.End > cueHead) return null;
        if (range.Length > MaxSubjectTokens || HasSpeechQuote(range.Start, range.End)) return null;
        var (headStart, headEnd) = NameAround(node);
        return new Subject(range.Start, range.End, headStart, headEnd);
    }

    /// <summary>
    /// "Cruz belittled the issue, calling it …", "Trump on Tuesday dismissed Walker, arguing …": the subject phrase of the
    /// clause a participle or conjoined cue hangs from, as the parser reads it; the words at the sentence start may run
    /// into the verb or an adverbial ("Cruz belittled", "Trump on Tuesday").
    /// </summary>
    private Subject? GoverningSubject(int cueHead, TokenRange sentence)
    {
        if (_syntax is null) return null;
        int node = SyntacticArguments.SubjectOf(_syntax, cueHead);
        if (node < 0 || node >= cueHead || InSpeechQuote(node)) return null;
        var range = SyntacticArguments.SubjectPhrase(_syntax, _text, node);
        if (range.IsEmpty || range.Start < sentence.Start || range.End > cueHead || range.Length > MaxSubjectTokens || HasSpeechQuote(range.Start, range.End)) return null;
        var (headStart, headEnd) = NameAround(node);
        return IsPronoun(W(node)) ? new Subject(node, node + 1, node, node + 1) : new Subject(range.Start, range.End, headStart, headEnd);
    }

    /// <summary>"…, said X": a cue that inverts, right after a comma, with its speaker after it.</summary>
    private bool IsInvertedAfterComma(CueMatch cue, TokenRange sentence)
    {
        int comma = cue.FirstToken - 1;
        if (!cue.Entry.Inverts || cue.Form == CueForm.Gerund || comma <= sentence.Start || !Is(comma, ",")) return false;
        // "Jane Doe, a delegate, said she …" is a subject with an apposition, not content: the part before the comma
        // must be a clause (a verb heads it).
        if (FindAppositiveSubject(comma, sentence.Start) is not null || !IsClause(sentence.Start, comma)) return false;
        // The speaker ends the clause: "said Geert Wilders, founder of …." / "said Smith.", not "said she would …".
        return FindSubjectRight(ExtendCue(cue.EndToken, sentence.End), sentence.End) is { } speaker && (speaker.End >= sentence.End || IsPunct(speaker.End));
    }

    /// <summary>
    /// "…, and cited a list of concerns about the script, officials said.": a cue that closes the sentence after its
    /// speaker and a comma reports the clause before it, cues inside that clause included (PolNeAR is univocal). Held-out
    /// train, frozen models, two folds: cue exact +2 / +1 tp and -7 / -2 fp, source +2 / +1 tp and -6 / -2 fp.
    /// </summary>
    private bool ClosesSentenceAfterSpeaker(CueMatch cue, TokenRange sentence)
    {
        if (!cue.Entry.Inverts || cue.Form == CueForm.Gerund) return false;
        int left = SkipAdverbsLeft(cue.FirstToken - 1, sentence.Start);
        if (FindSubjectLeft(left, sentence.Start) is not { } subject) return false;
        int comma = subject.Start - 1;
        if (comma <= sentence.Start || !Is(comma, ",") || FindAppositiveSubject(comma, sentence.Start) is not null || !IsClause(sentence.Start, comma)) return false;
        for (int t = ExtendCue(cue.EndToken, sentence.End); t < sentence.End; t++)
        {
            if (!IsPunct(t) || IsQuoteMark(t)) return false;
        }
        return true;
    }

    /// <summary>Whether the tokens [start, end) are headed by a verb (or a predicate with a subject) in the parse.</summary>
    private bool IsClause(int start, int end)
    {
        if (_syntax is null) return false;
        for (int t = start; t < end; t++)
        {
            int head = _syntax.HeadAt(t);
            if (head >= start && head < end || _syntax.PosAt(t) == UniversalPos.Punct) continue;
            return _syntax.PosAt(t) == UniversalPos.Verb || _syntax.ChildWith(t, DependencyRelation.Nsubj) >= 0;
        }
        return false;
    }

    private readonly record struct CueResult(Subject? Subject, int CoveredUntil);

    private CueResult? TryCue(CueMatch cue, TokenRange sentence, Subject? previous)
    {
        int left = SkipAdverbsLeft(cue.FirstToken - 1, sentence.Start);
        bool gerund = cue.Form == CueForm.Gerund;
        int cueEnd = ExtendCue(cue.EndToken, sentence.End);

        // Content on the left: “…,” said West / …, said West.
        if (!gerund && cue.Entry.Inverts && left >= sentence.Start && (Is(left, ",") || IsClosingQuote(left)) && !(Is(left, ",") && FindAppositiveSubject(left, sentence.Start) is not null))
        {
            var after = FindSubjectRight(cueEnd, sentence.End) ?? ParsedSubject(cue.FirstToken, sentence, right: true) ?? NounPhraseAfter(cueEnd, sentence);
            if (after is { } a && LeftContent(left, sentence) is { } content && !IsAdverbialOf(content, cue.FirstToken))
            {
                content = WithParentheticalSides(content, cue, a, sentence);
                var draft = Emit(content, cue, cueEnd, a, sentence, inverted: true);
                AddTrailingQuote(draft, a.End, sentence.End);
                return new CueResult(a, Math.Max(a.End, content.End));
            }
        }

        var subject = gerund ? null : FindSubjectLeft(left, sentence.Start);
        if (subject is { } sub && cue.Entry.Inverts && LeftOfSpeaker(cue, cueEnd, sub, sentence) is { } found) return found;
        if (!gerund && cue.Entry.Inverts && WiderSpeakerLeft(left, subject, cue, sentence) is { } wider && LeftOfSpeaker(cue, cueEnd, wider, sentence) is { } widened)
            return widened;
        if (subject is null)
        {
            if (previous is { } p && (gerund || Is(left, "and") || Is(left, ",") || Is(left, "but") || Is(left, "or")))
            {
                subject = p;
            }
            else if (!gerund && cue.Form != CueForm.Base && (Is(left, "and") || Is(left, "but")))
            {
                // "The department has deemed … and says it does not plan to": the sentence's subject speaks.
                subject = GoverningSubject(cue.FirstToken, sentence) ?? FindSubjectAtStart(sentence);
            }
            else if (cue.Entry.Lemma == "ask" && cue.Form is CueForm.Past && (left < sentence.Start || Is(left, "when") || Is(left, "if") || Is(left, ",")))
            {
                // "Asked what he believed, he said …", "when asked whether …": a question put to someone, asker unknown.
                return TryAskedClause(cue, cueEnd, sentence);
            }
            else if (gerund && left >= sentence.Start && Is(left, ","))
            {
                // ", saying …" after a clause with no cue of its own: the clause's subject speaks.
                subject = GoverningSubject(cue.FirstToken, sentence) ?? FindSubjectAtStart(sentence);
            }
        }
        subject ??= gerund ? null : ParsedSubject(cue.FirstToken, sentence, right: false);
        if (subject is not { } speaker) return null;

        if (RightContent(cue, cueEnd, sentence) is not { } right) return null;
        // "Voters who say the economy is most important were evenly divided": the content ends with the clause of the cue;
        // the main clause stays covered for lexicon cues (freeing it cost cue precision on the second held-out fold) but
        // its verb may be a syntactic candidate again.
        int uncut = right.End;
        right = WithinGoverningClause(right, cue.FirstToken);
        var emitted = Emit(WithParentheticalSubject(right, speaker, sentence), cue, right.CueEnd, speaker, sentence, inverted: false, parenthetical: true);
        // "Cruz, who says Trump is attacking him, said …": where the content of a relative clause's cue was cut before
        // the main clause, the cues of that clause are free again (held-out train, frozen models, two folds: cue +3 / +2
        // tp, source +2 / +2 tp; freeing the tail of every cut content gained more there, +11 / +2 cue tp, but cost dev
        // three false contents).
        bool relative = speaker.HeadEnd - speaker.HeadStart == 1 && (Is(speaker.HeadStart, "who") || Is(speaker.HeadStart, "which"));
        return new CueResult(speaker, relative ? Math.Max(right.CueEnd, Math.Min(uncut, ContentEndToken(emitted))) : uncut);
    }

    /// <summary>"…, X said": the content before the comma or closing mark in front of the speaker <paramref name="speaker"/> of an inverting cue.</summary>
    private CueResult? LeftOfSpeaker(CueMatch cue, int cueEnd, Subject speaker, TokenRange sentence)
    {
        int beforeSubject = speaker.Start - 1;
        if (beforeSubject < sentence.Start || !(Is(beforeSubject, ",") || IsClosingQuote(beforeSubject))) return null;
        if (LeftContent(beforeSubject, sentence) is not { } content || !ClauseEndsAfter(cueEnd, sentence.End, content.Direct) || IsAdverbialOf(content, cue.FirstToken)
            || !content.Direct && HasClauseAfter(cue.FirstToken, cueEnd, sentence.End))
            return null;
        content = WithParentheticalSides(content, cue, speaker, sentence);
        var draft = Emit(content, cue, cueEnd, speaker, sentence, inverted: true);
        AddTrailingQuote(draft, cueEnd, sentence.End);
        return new CueResult(speaker, Math.Max(cueEnd, content.End));
    }

    /// <summary>
    /// "“…,” said one of those advisers, who …", "“…,” wrote one commenter", "said master of ceremonies Asab Al-Tabchi, a
    /// …": after an inverted cue, a noun phrase up to the next comma or the sentence's end that opens with a lowercase
    /// word (which the name rules of <see cref="FindSubjectRight"/> pass over) is the speaker when the parse reads it as
    /// one: no verb outside a relative clause, a noun in it. PolNeAR leaves ", who …" out of such sources.
    /// </summary>
    private Subject? NounPhraseAfter(int t, TokenRange sentence)
    {
        if (_syntax is null || t >= sentence.End || !IsWord(t) || WordClasses.IsCapitalized(W(t))) return null;
        if (_syntax.PosAt(t) is not (UniversalPos.Det or UniversalPos.Num or UniversalPos.Adj or UniversalPos.Noun or UniversalPos.Propn)) return null;
        int end = t;
        bool noun = false, relative = false;
        while (end < sentence.End && !(IsPunct(end) && !(Is(end, "-") || Is(end, "'s") || _tokens.KindAt(end) == TokenKind.Clitic)))
        {
            if (Is(end, "who") || Is(end, "whose") || Is(end, "that")) relative = true;
            if (!relative && _syntax.PosAt(end) is UniversalPos.Verb or UniversalPos.Aux) return null;
            noun |= !relative && _syntax.PosAt(end) is UniversalPos.Noun or UniversalPos.Propn;
            end++;
        }
        if (!noun || end - t > MaxRelativeClauseTokens || end < sentence.End && !Is(end, ",") && !IsSentenceEnd(end, sentence)) return null;
        // "former secretary of state Hillary Clinton": a name in the phrase is whom it names; else the phrase's head.
        int root = t;
        for (int i = t; i < end && !Is(i, "who") && !Is(i, "whose") && !Is(i, "that"); i++)
        {
            if (_syntax.PosAt(i) == UniversalPos.Propn && WordClasses.IsCapitalized(W(i)))
            {
                root = i;
                while (_syntax.HeadAt(root) is var up && up > root && up < end && _syntax.PosAt(up) == UniversalPos.Propn
                    && _syntax.RelationAt(root) is DependencyRelation.Compound or DependencyRelation.Flat)
                    root = up;
                break;
            }
            int head = _syntax.HeadAt(i);
            if (head < t || head >= end) root = i;
        }
        var (headStart, headEnd) = NameAround(root);
        return new Subject(t, end, headStart, headEnd);
    }

    /// <summary>Whether only closing punctuation is left of the sentence from <paramref name="t"/>.</summary>
    private bool IsSentenceEnd(int t, TokenRange sentence)
    {
        for (int i = t; i < sentence.End; i++)
        {
            if (!IsPunct(i) || Is(i, ",")) return false;
        }
        return true;
    }

    /// <summary>Tokens a party tag after a name may have ("(R-Fla.)", "(D-N.Y.)").</summary>
    private const int MaxPartyTagTokens = 8;

    /// <summary>
    /// "“…,” a spokesman for committee Democrats said", "“…,” Mr. Kaplan, a screenwriter and former studio executive, said
    /// dryly", "…, Sen. Marco Rubio (R-Fla.) said": a speaker the word rules cut short (at "the", "and" or a closing
    /// bracket), so that no comma or closing mark stood before it and the content on the left was never read. The
    /// parser's subject, or the name before a bracketed tag (PolNeAR keeps the tag in the source 110 times of 116 on
    /// train), when it starts right after a comma or closing mark and ends at the cue.
    /// </summary>
    private Subject? WiderSpeakerLeft(int left, Subject? found, CueMatch cue, TokenRange sentence)
    {
        if (left < sentence.Start) return null;
        Subject? wider = null;
        if (Is(left, ")"))
        {
            int open = left - 1;
            while (open > sentence.Start && left - open <= MaxPartyTagTokens && !Is(open, "(")) open--;
            if (Is(open, "(") && FindSubjectLeft(open - 1, sentence.Start) is { } name)
                wider = new Subject(name.Start, left + 1, name.HeadStart, name.HeadEnd);
        }
        if (wider is null && ParsedSubject(cue.FirstToken, sentence, right: false) is { } parsed && (parsed.End == left + 1 || Is(left, ",") && parsed.End == left)) wider = parsed;
        if (wider is not { } w || found is { } f && w.Start >= f.Start) return null;
        int before = w.Start - 1;
        return before >= sentence.Start && (Is(before, ",") || IsClosingQuote(before)) ? w : null;
    }

    /// <summary>The token after the last content fragment of <paramref name="draft"/>.</summary>
    private int ContentEndToken(QuoteDraft draft)
    {
        int end = 0;
        foreach (var f in draft.Content)
        {
            if (_tokens.ToTokenRange(f, SpanAlignment.Expand) is { } r) end = Math.Max(end, r.End);
        }
        return end;
    }

    /// <summary>
    /// "This campaign, he says, is different": an attribution set off by commas inside the reported clause leaves the
    /// clause's subject before it; it is the first fragment of the content (train: 47 right, 3 wrong).
    /// </summary>
    private Content WithParentheticalSubject(Content right, Subject speaker, TokenRange sentence)
    {
        int first = Is(right.Start, ",") ? right.Start + 1 : right.Start;
        if (_syntax is null || right.Direct || right.Fragments.Count != 1 || !Is(first - 1, ",") || !Is(speaker.Start - 1, ",") || first >= right.End) return right;
        if (_syntax.PosAt(first) is not (UniversalPos.Aux or UniversalPos.Verb) || Is(first, "to")) return right;
        int end = TrimEnd(sentence.Start, speaker.Start - 1);
        if (end <= sentence.Start || HasSpeechQuote(sentence.Start, end)) return right;
        return right with { Fragments = [SpanOf(sentence.Start, end), .. right.Fragments], Start = sentence.Start };
    }

    /// <summary>Words of place and time an "Asked …" may have before its question.</summary>
    private const int MaxWordsBeforeQuestion = 8;

    private CueResult? TryAskedClause(CueMatch cue, int cueEnd, TokenRange sentence)
    {
        int start = cueEnd;
        if (Is(start, "by"))
        {
            // "asked by a reporter if …": the asker is not the speaker; skip to the question.
            while (start < sentence.End && !(Is(start, "if") || Is(start, "whether") || Is(start, "about") || Is(start, ",") || IsWh(start))) start++;
        }
        // "Asked in Iowa recently whether …", "Asked on Monday about …": a place or time may stand before the question
        // (held-out train, frozen models, two folds: cue exact +4 / +3 tp, content +5 / +4 tp, one false cue more).
        bool opens = OpensQuestion(start);
        for (int t = start; !opens && t < sentence.End && t - start <= MaxWordsBeforeQuestion && !Is(t, ",") && !IsQuoteMark(t); t++)
        {
            if (!(Is(t, "whether") || Is(t, "if") || Is(t, "about") || Is(t, "what") || Is(t, "why") || Is(t, "how"))) continue;
            start = t;
            break;
        }
        if (start >= sentence.End || !OpensQuestion(start)) return null;
        int end = start;
        while (end < sentence.End && !Is(end, ",") && !Is(end, ";") && !(IsQuoteMark(end) && _quotes.FirstToken[Math.Max(0, _quotes.QuoteOf(end))] == end)) end++;
        end = TrimEnd(start, end);
        if (end - start < 2) return null;
        var draft = new QuoteDraft
        {
            Content = [SpanOf(start, end)],
            Cue = SpanOf(cue.FirstToken, cue.EndToken),
            Resolution = SpeakerResolution.Unresolved,
            Type = HasSpeechQuote(start, end) ? QuoteType.Mixed : QuoteType.Indirect,
            Confidence = IndirectConfidence - UnresolvedPenalty,
        };
        _drafts.Add(draft);
        return new CueResult(null, end);
    }

    /// <summary>A word an "Asked …" question starts with: a wh-word, "if", "whether", "about" or a to-infinitive.</summary>
    private bool OpensQuestion(int t) => IsWh(t) || Is(t, "if") || Is(t, "whether") || Is(t, "about") || Is(t, "to");

    private bool IsWh(int t) => Is(t, "what") || Is(t, "why") || Is(t, "how") || Is(t, "who") || Is(t, "whom") || Is(t, "which") || Is(t, "when") || Is(t, "where");

    /// <summary>"in a statement" and "in an interview" belong to the cue (PolNeAR marks them so).</summary>
    private int ExtendCue(int end, int sentenceEnd)
    {
        if (end + 2 < sentenceEnd && Is(end, "in") && (Is(end + 1, "a") || Is(end + 1, "an") || Is(end + 1, "his") || Is(end + 1, "her") || Is(end + 1, "their"))
            && (Is(end + 2, "statement") || Is(end + 2, "interview")))
            return end + 3;
        return end;
    }

    private int SkipAdverbsLeft(int t, int start)
    {
        while (t >= start && IsWord(t))
        {
            var w = W(t).ToString();
            bool adverb = WordClasses.Auxiliaries.Contains(w) || WordClasses.Adverbs.Contains(w) || (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4 && !WordClasses.IsCapitalized(w));
            if (!adverb)
            {
                int before = BeforeVerbModifier(t, start);
                if (before == t) break;
                t = before;
                continue;
            }
            // "on Monday": skip the preposition only together with the time word after it.
            t--;
        }
        return t;
    }

    private bool IsClosingQuote(int t)
    {
        if (!IsQuoteMark(t)) return false;
        int q = _quotes.QuoteOf(t);
        return q >= 0 && _quotes.EndToken[q] - 1 == t && _quotes.IsSpeech(q);
    }

    /// <summary>After an inverted cue, only adverbials may follow to the end of the clause; no "that", no new content.</summary>
    private bool ClauseEndsAfter(int t, int sentenceEnd, bool afterDirectQuote)
    {
        int words = 0;
        for (int i = t; i < sentenceEnd; i++)
        {
            if (Is(i, ",") || Is(i, ";")) return true;
            if (IsPunct(i) && !IsQuoteMark(i)) continue;
            if (IsQuoteMark(i)) return !afterDirectQuote || i > t;
            if (Is(i, "that") || (_lexicon.Match(_tokens, i) is not null && !afterDirectQuote)) return false;
            words++;
        }
        return afterDirectQuote || words <= MaxTrailingWords;
    }

    /// <summary>
    /// "Asked whether he would …, he said he would not give advice", "Tad Devine, Sanders' adviser, said Republicans are
    /// …": a cue verb with a clausal complement after it reports that clause, not the words before its subject, however
    /// few words the clause has.
    /// </summary>
    private bool HasClauseAfter(int cueHead, int from, int sentenceEnd)
    {
        if (_syntax is null) return false;
        foreach (int child in _syntax.ChildrenOf(cueHead))
        {
            if (child >= from && child < sentenceEnd && _syntax.RelationAt(child).Universal() == DependencyRelation.Ccomp) return true;
        }
        return false;
    }

    /// <summary>Words an inverted plain-clause attribution may trail ("…, he said on Monday in Brussels").</summary>
    private const int MaxTrailingWords = 8;

    /// <summary>The source after "according to" may be long ("early results of exit polls conducted by … for …").</summary>
    private const int MaxAccordingToSourceTokens = 25;

    private CueResult? TryAccordingTo(CueMatch cue, TokenRange sentence)
    {
        int from = cue.EndToken;
        int comma = from;
        while (comma < sentence.End && !Is(comma, ",") && !(Is(comma, ":") && comma > from)) comma++;
        if (cue.FirstToken == sentence.Start || (cue.FirstToken > sentence.Start && !Is(cue.FirstToken - 1, ",")))
        {
            // According to X, content.
            if (comma >= sentence.End - 1 || comma - from > MaxAccordingToSourceTokens) return null;
            var subject = new Subject(from, comma, from, comma);
            int end = ContentEnd(comma + 1, sentence.End);
            if (end - (comma + 1) < MinBareContentTokens) return null;
            var c = new Content([SpanOf(comma + 1, end)], comma + 1, end, cue.EndToken, false);
            Emit(c, cue, cue.EndToken, subject, sentence, inverted: false);
            return new CueResult(subject, end);
        }
        // Content, according to X. / Content, according to X, more content.
        int subjectEnd = comma < sentence.End ? comma : TrimEnd(sentence.Start, sentence.End);
        if (subjectEnd <= from || subjectEnd - from > MaxAccordingToSourceTokens) return null;
        if ((LeftContent(cue.FirstToken - 1, sentence) ?? ShortLeftSide(cue.FirstToken - 1, comma, sentence)) is not { } left) return null;
        var subj = new Subject(from, subjectEnd, from, subjectEnd);
        int coveredUntil = subjectEnd;
        if (comma < sentence.End && !left.Direct)
        {
            int end = ContentEnd(comma + 1, sentence.End);
            if (end - (comma + 1) >= MinBareContentTokens)
            {
                left = left with { Fragments = [.. left.Fragments, SpanOf(comma + 1, end)], End = end };
                coveredUntil = end;
            }
        }
        Emit(left, cue, cue.EndToken, subj, sentence, inverted: true);
        return new CueResult(subj, coveredUntil);
    }

    /// <summary>
    /// "Fundraising, according to the campaign, has surged …": one or two words before a parenthetical "according to"
    /// are the first fragment of a content that goes on after the source's closing comma (the right side is added by
    /// the caller); too short to stand as content alone.
    /// </summary>
    private Content? ShortLeftSide(int boundary, int comma, TokenRange sentence)
    {
        if (!Is(boundary, ",") || comma >= sentence.End || ContentEnd(comma + 1, sentence.End) - (comma + 1) < MinBareContentTokens) return null;
        int stop = TrimEnd(sentence.Start, boundary);
        if (stop <= sentence.Start || stop - sentence.Start >= MinBareContentTokens || HasSpeechQuote(sentence.Start, stop)) return null;
        return new Content([SpanOf(sentence.Start, stop)], sentence.Start, stop, -1, false);
    }
}

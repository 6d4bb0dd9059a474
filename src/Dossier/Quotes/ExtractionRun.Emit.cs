using Dossier.Language;
using Dossier.Model;

namespace Dossier.Quotes;

internal sealed partial class ExtractionRun
{
    /// <summary>Confidence of a quotation in marks with its cue and speaker in place.</summary>
    private const float DirectConfidence = 0.9f;
    private const float MixedConfidence = 0.85f;
    private const float IndirectConfidence = 0.75f;
    /// <summary>Weak cues ("called", "described") and thoughts report less reliably than speech verbs.</summary>
    private const float WeakCuePenalty = 0.1f;
    /// <summary>An attribution inside "because …" / "if …" is background to the writer's own claim.</summary>
    private const float SubordinatePenalty = 0.3f;
    private const float UnresolvedPenalty = 0.15f;

    /// <summary>An attribution; with <paramref name="subjectSpeaks"/> false the subject is what the content is about, not its source ("X is expected to …").</summary>
    private QuoteDraft Emit(Content content, CueMatch cue, int cueEnd, Subject subject, TokenRange sentence, bool inverted, bool subjectSpeaks = true, bool parenthetical = false)
    {
        if (!inverted) content = FromObjectOfClause(ThroughObjectPredicate(StartAtClause(content, cue.FirstToken), cue.FirstToken), cue.FirstToken);
        if (!inverted) (content, cueEnd) = PrepositionIntoCue(content, cue, cueEnd);
        if (parenthetical) content = WithParentheticalSides(content, cue, subject, sentence);
        content = ThroughOpenQuotation(content);
        if (!inverted) content = WithoutMainClauseTail(content, cue.FirstToken);
        if (!inverted) content = WithinFrontedClause(content, subject, cue.FirstToken, sentence);
        if (!inverted && subjectSpeaks) content = WithRelativePronoun(content, subject, cue.FirstToken);
        // "Both objections seemed to carry little weight": PolNeAR counts the raised or passive subject as content.
        if (!subjectSpeaks && subject.End <= cue.FirstToken)
            content = content with { Fragments = [SpanOf(subject.Start, subject.End), .. content.Fragments], Start = subject.Start };
        var speaker = subjectSpeaks ? ResolveSubject(subject) : new SpeakerResolver.Speaker(null, -1, SpeakerResolution.Unresolved, false, false, 1f, null);
        var type = TypeOf(content.Fragments, content.Direct, cue.Entry.Class);
        float confidence = type switch
        {
            QuoteType.Direct => DirectConfidence,
            QuoteType.Mixed => MixedConfidence,
            _ => IndirectConfidence,
        };
        if (cue.Entry.Weak || cue.Entry.Class != CueClass.Speech) confidence -= WeakCuePenalty;
        // A passive or raising verb names no source by design: that is no failure to resolve one.
        if (subjectSpeaks && speaker.Resolution == SpeakerResolution.Unresolved) confidence -= UnresolvedPenalty;
        confidence *= speaker.Confidence;
        if (!inverted && InSubordinateClause(Math.Min(subject.Start, cue.FirstToken), sentence.Start)) confidence -= SubordinatePenalty;
        var draft = new QuoteDraft
        {
            Content = content.Direct ? content.Fragments : [.. content.Fragments.Select(TrimLeadingPunctuation)],
            Cue = SpanOf(CueStart(cue.FirstToken, CueLimit(subject, content, cue.FirstToken, sentence)), CueEndThroughColon(CueEndThroughParticle(Math.Max(cueEnd, cue.EndToken), cue.FirstToken, subject, content), subject, content)),
            Speaker = subjectSpeaks ? SpeakerSpan(subject, cue.FirstToken, content) : null,
            SpeakerName = speaker.Name,
            SpeakerActor = speaker.Actor,
            Resolution = speaker.Resolution,
            Type = type,
            Confidence = Math.Clamp(confidence, 0f, 1f),
        };
        _drafts.Add(draft);
        _attributions.Add(new Attribution(draft, _sentences.IndexOfToken(cue.FirstToken), subject.HeadStart, speaker));
        _speakers.Remember(speaker);
        return draft;
    }

    /// <summary>
    /// "policies, which he said had harmed the economy", "Kelly, who he claims has been unfair", "what strategists dub a
    /// strategy", "NAFTA, which Trump had called a “disaster”": a relative or wh-pronoun just before the speaker stands for
    /// part of what is said; PolNeAR makes it the content's first fragment ("which | had harmed the economy").
    /// </summary>
    private Content WithRelativePronoun(Content content, Subject subject, int cueHead)
    {
        int wh = subject.Start - 1;
        if (content.Start <= cueHead || subject.End > cueHead || wh < 0 || !(Is(wh, "which") || Is(wh, "who") || Is(wh, "whom") || Is(wh, "what"))) return content;
        if (_syntax is null || _sentences.IndexOfToken(wh) != _sentences.IndexOfToken(cueHead)) return content;
        // The pronoun fills a gap of the content: its subject ("which he said had harmed …"), the object of "as" ("whom
        // he described as “peaceful”") or the object of the cue verb whose predicate the content is ("which Trump had
        // called | a “disaster”"); not "in which he said …", where the clause is whole.
        int opening = content.Start;
        bool gap = _syntax.PosAt(opening) is UniversalPos.Verb or UniversalPos.Aux || Is(opening, "as") || IsObjectOfVerbBetween(wh, subject.End, opening);
        if (!gap) return content;
        int first = wh;
        // "many of which USA TODAY discovered were …": the quantity comes along.
        if (Is(wh - 1, "of") && wh - 2 >= 0 && _syntax.PosAt(wh - 2) is UniversalPos.Det or UniversalPos.Num or UniversalPos.Pron or UniversalPos.Adj) first = wh - 2;
        else if (wh - 1 >= 0 && _syntax.PosAt(wh - 1) == UniversalPos.Adp) return content;
        return content with { Fragments = [SpanOf(first, wh + 1), .. content.Fragments], Start = first };
    }

    /// <summary>
    /// The pronoun at <paramref name="wh"/> hangs from a verb in [<paramref name="from"/>, <paramref name="to"/>) (the cue
    /// between the speaker and the content), or that verb hangs from it ("what it calls …": a relative clause of "what").
    /// </summary>
    private bool IsObjectOfVerbBetween(int wh, int from, int to)
    {
        int head = _syntax!.HeadAt(wh);
        if (head >= from && head < to && _syntax.PosAt(head) == UniversalPos.Verb) return true;
        for (int t = from; t < to; t++)
            if (_syntax.HeadAt(t) == wh && _syntax.PosAt(t) == UniversalPos.Verb) return true;
        return false;
    }

    /// <summary>", however, that he hopes …": reported content never opens with a comma, dash or semicolon.</summary>
    private TextSpan TrimLeadingPunctuation(TextSpan span)
    {
        int start = span.Start;
        while (start < span.End && (_text[start] is ',' or ';' or '—' or '–' or '-' || char.IsWhiteSpace(_text[start]))) start++;
        return start < span.End ? new TextSpan(start, span.End) : span;
    }

    /// <summary>Words between a cue and the colon that opens its content ("said in a statement on Monday:") this many at most.</summary>
    private const int MaxWordsBeforeColon = 12;

    /// <summary>A colon that opens the content ends the cue, with the words before it ("added warily:"), as PolNeAR marks it.</summary>
    private int CueEndThroughColon(int end, Subject subject, Content content)
    {
        int colon = content.Start - 1;
        if (colon < end || !Is(colon, ":") || colon - end > MaxWordsBeforeColon) return end;
        if (subject.Start >= end && subject.Start < colon) return end;
        for (int t = end; t < colon; t++)
        {
            if (IsQuoteMark(t) || Is(t, ".") || Is(t, ";")) return end;
        }
        return colon + 1;
    }

    /// <summary>
    /// "brushed off", "fired back", "has said repeatedly": a particle of the cue verb right after the cue, or an adverb
    /// of it that stands just before the content, belongs to the cue (PolNeAR train: 17 to 0 and 7 to 1).
    /// </summary>
    private int CueEndThroughParticle(int end, int head, Subject subject, Content content)
    {
        if (_syntax is null || end >= _tokens.Count || _syntax.HeadAt(end) != head) return end;
        if (subject.Start <= end && end < subject.End || content.Start <= end && end < content.End) return end;
        var relation = _syntax.RelationAt(end);
        bool particle = relation == Language.DependencyRelation.CompoundPrt;
        bool adverb = relation == Language.DependencyRelation.Advmod && content.Start == end + 1;
        return particle || adverb ? end + 1 : end;
    }

    /// <summary>How far left a cue may grow: not into a subject or content before it.</summary>
    private static int CueLimit(Subject subject, Content content, int cueHead, TokenRange sentence)
    {
        int limit = sentence.Start;
        if (subject.End <= cueHead) limit = Math.Max(limit, subject.End);
        if (content.End <= cueHead) limit = Math.Max(limit, content.End);
        return limit;
    }

    private SpeakerResolver.Speaker ResolveSubject(Subject subject)
    {
        if (subject.HeadEnd - subject.HeadStart == 1 && Is(subject.HeadStart, "who"))
        {
            // "West, who …, said": the relative pronoun stands for the phrase before it.
            int before = subject.HeadStart - 1;
            if (Is(before, ",")) before--;
            if (FindSubjectLeft(before, Math.Max(0, before - MaxSubjectTokens)) is { } antecedent)
                return _speakers.Resolve(antecedent.HeadStart, antecedent.HeadEnd);
        }
        return _speakers.Resolve(subject.HeadStart, subject.HeadEnd);
    }

    private bool InSubordinateClause(int from, int sentenceStart)
    {
        for (int t = from - 1; t >= sentenceStart && from - t <= MaxSubjectTokens; t--)
        {
            if (Is(t, "because") || Is(t, "if") || Is(t, "unless") || Is(t, "although") || Is(t, "whether")) return true;
            if (Is(t, ",") || Is(t, ";") || IsQuoteMark(t)) return false;
        }
        return false;
    }

    /// <summary>Confidence kept by a quotation with no cue that continues the quote just before it.</summary>
    private const float SameParagraphContinuation = 0.95f;
    private const float NextParagraphContinuation = 0.75f;
    private const float AfterOneSentenceContinuation = 0.7f;

    /// <summary>
    /// Quoted sentences with no cue of their own ("“…,” he elaborated. “We will …”") continue the previous quote's
    /// speaker: in the same paragraph, or opening the next paragraph right after a direct quote.
    /// </summary>
    private void AddContinuations()
    {
        var covered = _drafts.SelectMany(d => d.Content).ToList();
        for (int q = 0; q < _quotes.Spans.Count; q++)
        {
            var span = _quotes.Spans[q];
            if (_quotes.Kinds[q] != QuotedKind.Sentential || span.ContinuesPrevious) continue;
            if (covered.Exists(c => c.Overlaps(span.Outer))) continue;
            var last = _drafts.Where(d => d.Content[^1].End <= span.Start).MaxBy(d => d.Content[^1].End);
            var previous = last is null ? null : QuoteBeforeSideRemark(last);
            if (previous is null || previous.Type is not (QuoteType.Direct or QuoteType.Mixed) || previous.SpeakerName is null && previous.Speaker is null) continue;
            int paragraph = _paragraphs.IndexAt(span.Start);
            int previousParagraph = _paragraphs.IndexAt(previous.Content[^1].Start);
            float factor;
            if (paragraph == previousParagraph && !HasOtherTextBetween(previous.Content[^1].End, span.Start, previous)) factor = SameParagraphContinuation;
            else if (paragraph == previousParagraph + 1 && span.Start == _paragraphs.SpanAt(paragraph).Start && previous.Type == QuoteType.Direct
                     && _drafts.TrueForAll(d => d.Content[0].Start < _paragraphs.SpanAt(paragraph).Start || d.Content[0].Start > span.End)) factor = NextParagraphContinuation;
            else if (previous.Type == QuoteType.Direct && paragraph <= previousParagraph + 1 && FollowsOneUnquotedSentence(previous, span.Start)) factor = AfterOneSentenceContinuation;
            else continue;
            if (previous != last)
            {
                // A side remark stands between: a continuation draft would read as continuing the remark, the quote
                // just before it in text order, so the quotation joins its own quote as a further fragment.
                previous.Content.AddRange(ChainFragments(q));
                covered.AddRange(ChainFragments(q));
                continue;
            }
            var draft = new QuoteDraft
            {
                Content = ChainFragments(q),
                SpeakerName = previous.SpeakerName,
                SpeakerActor = previous.SpeakerActor,
                Resolution = SpeakerResolution.Continuation,
                Type = QuoteType.Direct,
                Confidence = previous.Confidence * factor,
                ContinuesPrevious = true,
            };
            _drafts.Add(draft);
            covered.AddRange(draft.Content);
        }
    }

    /// <summary>
    /// "“A,” he said, noting that … . “B.”": a reported side remark in the sentence of a quotation's attribution does not
    /// take the quotation's continuation; the quotation whose cue shares its sentence does (PolNeAR: "“A,” | “B.”").
    /// </summary>
    private QuoteDraft QuoteBeforeSideRemark(QuoteDraft previous)
    {
        if (previous.Type is QuoteType.Direct or QuoteType.Mixed || previous.Cue is not { } cue) return previous;
        int sentence = _sentences.IndexAt(cue.Start);
        var quoted = _drafts.Where(d => d != previous && d.Type == QuoteType.Direct && d.Cue is { } c && _sentences.IndexAt(c.Start) == sentence
            && d.Content[^1].End <= previous.Content[0].Start).MaxBy(d => d.Content[^1].End);
        return quoted ?? previous;
    }

    /// <summary>
    /// "“A,” said X, an apposition. Another sentence. “B.”": PolNeAR keeps B in X's attribution when a single sentence
    /// without quotation marks or an attribution of its own stands between the attribution sentence and B.
    /// </summary>
    private bool FollowsOneUnquotedSentence(QuoteDraft previous, int start)
    {
        int next = _sentences.IndexAt(start);
        if (next < 1 || _sentences.SpanAt(next).Start != start) return false;
        var between = _sentences.SpanAt(next - 1);
        if (between.Start < previous.Content[^1].End || HasOtherTextBetween(previous.Content[^1].End, between.Start, previous)) return false;
        for (int i = between.Start; i < between.End; i++)
            if (IsQuotationMarkAt(i)) return false;
        return _drafts.TrueForAll(d => d.Cue is not { } cue || !between.Contains(cue.Start));
    }

    /// <summary>Words besides the cue and speaker ("told reporters on Monday") that may stand between a quote and its continuation.</summary>
    private const int MaxWordsBetweenContinuations = 6;

    /// <summary>Words the attribution sentence itself may add after its quote ("Trump said in August, referring to …").</summary>
    private const int MaxWordsInAttributionSentence = 30;

    /// <summary>
    /// True when more than the previous attribution (its cue, speaker and a few words) stands between two quotes.
    /// When the next quote opens the sentence right after the one holding the cue, that sentence may run on.
    /// </summary>
    private bool HasOtherTextBetween(int from, int to, QuoteDraft previous)
    {
        int limit = MaxWordsBetweenContinuations;
        if (previous.Cue is { } attribution && attribution.Start >= from && from > 0 && _sentences.IndexAt(from - 1) == _sentences.IndexAt(attribution.Start)
            && _sentences.IndexAt(to) == _sentences.IndexAt(attribution.Start) + 1 && _sentences.SpanAt(_sentences.IndexAt(to)).Start == to)
            limit = MaxWordsInAttributionSentence;
        int words = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            char c = _text[i];
            if (IsQuotationMarkAt(i) && !IsTitleMarkAt(i)) return true;
            bool covered = previous.Cue is { } cue && cue.Contains(i) || previous.Speaker is { } sp && sp.Contains(i);
            bool letter = char.IsLetterOrDigit(c) && !covered;
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words > limit;
    }

    /// <summary>
    /// A mark of a quoted name or title ("told NBC’s “Today” on Monday", "on CNN’s “State of the Union”"): part of the
    /// attribution's words, not another quotation between a quote and its continuation.
    /// </summary>
    private bool IsTitleMarkAt(int i)
    {
        for (int q = 0; q < _quotes.Spans.Count; q++)
        {
            var outer = _quotes.Spans[q].Outer;
            if (outer.Start == i || outer.End - 1 == i) return _quotes.Kinds[q] == QuotedKind.Name;
        }
        return false;
    }

    /// <summary>A quotation mark at <paramref name="i"/> that opens or closes a quotation, not an apostrophe ("hasn't", "in 't Veld").</summary>
    private bool IsQuotationMarkAt(int i) => _quotes.IsMarkAt(i);
}

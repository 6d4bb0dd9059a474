using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Finds the sentence starts within one paragraph's tokens [from, to), Pragmatic Segmenter style but over tokens:
/// the tokenizer has already decided which periods belong to abbreviations, numbers, URLs and e-mail addresses,
/// so what is left is to judge each full stop, ?, !, ellipsis and abbreviation by what follows it.
/// A sentence takes the closing quotation marks and brackets attached to its final punctuation.
/// </summary>
internal ref struct SentenceBoundaryScanner
{
    /// <summary>Farthest a "[" looks for its "]": a bracketed insertion is short; an unclosed "[" must not swallow the paragraph.</summary>
    private const int MaxBracketTokens = 60;

    /// <summary>Capitalised tokens allowed between a quotation and its cue ("Sen. John Smith asked").</summary>
    private const int MaxSpeakerTokens = 5;

    private readonly ReadOnlySpan<char> _text;
    private readonly TokenLayer _tokens;
    private readonly int _from;
    private readonly int _to;
    /// <summary>A time this close to the sentence start opens the sentence ("At 5 a.m. …"): preposition, number.</summary>
    private const int MaxFrontedTimeOffset = 2;

    private readonly List<int> _starts;
    private int _sentenceStart;
    private int _quietUntil;      // tokens before this index (list labels, bracketed insertions) never end a sentence
    private int _nextListLabel;   // the label the next list item must carry, or -1 when no list is running

    public SentenceBoundaryScanner(ReadOnlySpan<char> text, TokenLayer tokens, int from, int to, List<int> starts)
    {
        _text = text;
        _tokens = tokens;
        _from = from;
        _to = to;
        _starts = starts;
        _nextListLabel = -1;
    }

    public void Run()
    {
        StartSentence(_from);
        StartListIfAny();
        int i = _from;
        while (i < _to)
        {
            if (StartsListItem(i) && i > _sentenceStart) StartSentence(i);
            int boundary = BoundaryAfter(ref i);
            if (boundary > _sentenceStart && boundary < _to)
            {
                StartSentence(boundary);
                i = boundary;
            }
        }
    }

    private void StartSentence(int token)
    {
        _starts.Add(token);
        _sentenceStart = token;
    }

    // 1. Lists: "1. The first item 2. The second item", "a. … b. …", "• 9. …", and the numbered paragraphs of
    //    listicles ("4. Can he stick to a script?"). A label opens its paragraph; each later item in the same
    //    paragraph needs the next label. Bullets always start an item.
    private void StartListIfAny()
    {
        int first = IsBullet(_from) ? _from + 1 : _from;
        int end = ListLabelEnd(first, out int label);
        if (end < 0) return;
        _quietUntil = end;
        _nextListLabel = label + 1;
    }

    private bool StartsListItem(int i)
    {
        if (IsBullet(i) && !IsBullet(i - 1)) // "• • •" is one separator, not three items
        {
            int end = ListLabelEnd(i + 1, out int bulletLabel);
            if (end > 0)
            {
                _quietUntil = Math.Max(_quietUntil, end);
                _nextListLabel = bulletLabel + 1; // "• 9. … • 10. …": the bullet, not the number, starts the next item
            }
            return true;
        }
        if (_nextListLabel < 0 || i == _from || IsAttached(i)) return false;
        int labelEnd = ListLabelEnd(i, out int label);
        if (labelEnd < 0 || label != _nextListLabel) return false;
        _quietUntil = Math.Max(_quietUntil, labelEnd);
        _nextListLabel++;
        return true;
    }

    private readonly int ListLabelEnd(int i, out int label) =>
        ListLabels.End(_tokens, i, _to, out label);

    // 2. The token at i: returns the token where a new sentence starts after it, or -1; moves i past what it read.
    private int BoundaryAfter(ref int i)
    {
        int t = i++;
        var text = _tokens.TextAt(t);
        var kind = _tokens.KindAt(t);
        if (kind == TokenKind.Punctuation && text[0] == '[')
        {
            int close = MatchingBracket(t);
            if (close > 0) _quietUntil = Math.Max(_quietUntil, close); // "[...]", "[sic.]": an insertion, never an end
        }
        if (t < _quietUntil) return -1;
        if (kind == TokenKind.Punctuation && NoWordYet(t)) return AtSentenceStart(t, ref i);
        if (kind == TokenKind.Abbreviation && text[^1] == '.') return AfterAbbreviation(t);
        if (kind != TokenKind.Punctuation) return -1;
        char c = text[0];
        if (c == '.' && text.Length == 1) return AfterPeriod(t, ref i);
        if (c is '!' or '?') return AfterExclamation(t);
        if (c is '.' or '\u2026') return Boundary(SkipClosers(t + 1), needsCapital: true); // "...", "....", "…"
        return -1;
    }

    /// <summary>"MSFT.O", "v.2": a period with a letter or two written against it is no full stop ("world.Today" is).</summary>
    private readonly bool WrittenAgainstShortToken(int t) =>
        t + 1 < _to && IsAttached(t + 1) && _tokens.KindAt(t + 1) == TokenKind.Word && _tokens.EndAt(t + 1) - _tokens.StartAt(t + 1) <= 2;

    /// <summary>True while the sentence so far holds only quotation marks and punctuation (“… I personally …).</summary>
    private readonly bool NoWordYet(int t)
    {
        for (int k = _sentenceStart; k < t; k++)
            if (_tokens.KindAt(k) is not (TokenKind.Punctuation or TokenKind.Quote)) return false;
        return true;
    }

    /// <summary>A mark that opens a sentence (". . . The practice", "… It’s", ".@handle") does not end it.</summary>
    private readonly int AtSentenceStart(int t, ref int i)
    {
        if (_tokens.TextAt(t) is ".")
        {
            int run = SpacedDotRunEnd(t);
            if (run - t >= 3) i = run;
        }
        return -1;
    }

    // 3. A full stop: ends the sentence unless a lowercase word follows. Spaced ellipses (". . .") are
    //    judged as a whole: three dots inside a sentence never end it; a fourth is the full stop.
    private int AfterPeriod(int t, ref int i)
    {
        int run = SpacedDotRunEnd(t);
        int dots = run - t;
        if (dots < 3) return WrittenAgainstShortToken(t) ? -1 : Boundary(SkipClosers(t + 1), needsCapital: false);
        i = run;
        bool attachedToWord = t > _from && IsAttached(t) && _tokens.KindAt(t - 1) != TokenKind.Punctuation;
        if (!attachedToWord && dots == 3) return -1;
        int closed = SkipClosers(run);
        if (attachedToWord && dots >= 4 && closed == run && Boundary(run, needsCapital: true) > 0)
        {
            i = t + 1;
            return t + 1; // "compounds. . . . The": the period ends this sentence, the ellipsis opens the next
        }
        return Boundary(closed, needsCapital: attachedToWord && dots == 3);
    }

    // 4. "?" and "!": as a full stop, except that a quotation followed by its speaker and cue goes on
    //    ("“Is it?” Smith asked."); a lowercase continuation ("“Is it?” she asked.", "Yahoo! in") never splits.
    private readonly int AfterExclamation(int t)
    {
        int closed = SkipClosers(t + 1);
        int boundary = Boundary(closed, needsCapital: false);
        if (boundary > 0 && ClosesQuotation(t + 1, closed) && CueFollows(boundary)) return -1;
        return boundary;
    }

    // 5. An abbreviation's period: titles never end a sentence ("Gen. Smith"); numbering words not before a
    //    number ("No. 5"); others only before a typical sentence starter ("in the U.S. How about you?").
    private readonly int AfterAbbreviation(int t)
    {
        var core = _tokens.TextAt(t)[..^1];
        int closed = SkipClosers(t + 1);
        if (closed >= _to || Abbreviations.IsPrepositive(core)) return -1;
        int w = NextWord(closed);
        if (w < 0) return -1;
        if (Abbreviations.IsBeforeNumber(core) && _tokens.KindAt(w) == TokenKind.Number) return -1;
        var word = _tokens.TextAt(w);
        if (!CharClass.IsUpper(word[0])) return -1;
        if (core.SequenceEqual("etc") || ClosesQuotation(t + 1, closed) || EndsWithTime(t, w)) return closed;
        return SentenceStarters.Contains(word) ? closed : -1;
    }

    /// <summary>
    /// "He left at 6 P.M. Mr. Smith then went": a time of day late in a sentence, before a capitalised word that
    /// does not continue the time (a weekday, a month, a time zone), ends it. At the start of a sentence it
    /// does not ("At 5 a.m. Mr. Smith went").
    /// </summary>
    private readonly bool EndsWithTime(int t, int w) =>
        TimeOfDay.IsMarker(_tokens.TextAt(t)[..^1]) && t - 1 > _from && _tokens.KindAt(t - 1) == TokenKind.Number
        && t - 1 - _sentenceStart > MaxFrontedTimeOffset && !TimeOfDay.IsContinuation(_tokens.TextAt(w));

    /// <summary>Whether a sentence may start at token <paramref name="j"/>: not before a lowercase word (nor, when <paramref name="needsCapital"/>, before anything but a capital).</summary>
    private readonly int Boundary(int j, bool needsCapital)
    {
        if (j >= _to) return -1;
        int w = NextWord(j);
        if (w < 0) return -1;
        char first = _tokens.TextAt(w)[0];
        if (CharClass.IsLower(first) || first is ',' or ';' or ':') return -1; // "Cal., declare": a period before a comma is no full stop
        if (needsCapital && !CharClass.IsUpper(first)) return -1;
        return j;
    }

    /// <summary>
    /// After a sentence-final mark: closing quotation marks, closing brackets and more final marks written against
    /// it, then a footnote reference ("Dulwich. [17] Placed").
    /// </summary>
    private readonly int SkipClosers(int j)
    {
        while (j < _to && IsAttached(j) && IsCloser(j)) j++;
        if (j + 2 < _to && _tokens.TextAt(j) is "[" && _tokens.KindAt(j + 1) == TokenKind.Number && _tokens.TextAt(j + 2) is "]") j += 3;
        return j;
    }

    private readonly bool IsCloser(int j)
    {
        var text = _tokens.TextAt(j);
        return _tokens.KindAt(j) switch
        {
            TokenKind.Quote => !CharClass.IsOpeningQuote(text[0]),
            TokenKind.Punctuation => text[0] is ')' or ']' or '}' or '.' or '!' or '?' or '\u2026',
            _ => false,
        };
    }

    /// <summary>The first token at or after <paramref name="j"/> that is not an opening quotation mark or bracket.</summary>
    private readonly int NextWord(int j)
    {
        while (j < _to && (_tokens.KindAt(j) == TokenKind.Quote || _tokens.TextAt(j) is "(" or "[" or "{")) j++;
        return j < _to ? j : -1;
    }

    private readonly bool ClosesQuotation(int from, int to)
    {
        for (int j = from; j < to; j++)
            if (_tokens.KindAt(j) == TokenKind.Quote) return true;
        return false;
    }

    /// <summary>"Smith asked", "Sen. John Smith said", "She asked": capitalised words, then a reporting verb.</summary>
    private readonly bool CueFollows(int j)
    {
        for (int k = j; k < _to && k < j + MaxSpeakerTokens + 1; k++)
        {
            var text = _tokens.TextAt(k);
            var kind = _tokens.KindAt(k);
            if (k > j && kind == TokenKind.Word && ReportingVerbs.Contains(text)) return true;
            bool name = (kind is TokenKind.Word or TokenKind.Abbreviation && CharClass.IsUpper(text[0])) || kind == TokenKind.Clitic;
            if (!name) return false;
        }
        return false;
    }

    private readonly int SpacedDotRunEnd(int t)
    {
        int r = t + 1;
        while (r < _to && _tokens.TextAt(r) is "." && _tokens.StartAt(r) == _tokens.EndAt(r - 1) + 1) r++;
        return r;
    }

    private readonly int MatchingBracket(int open)
    {
        int limit = Math.Min(_to, open + MaxBracketTokens);
        for (int j = open + 1; j < limit; j++)
            if (_tokens.TextAt(j) is "]") return j;
        return -1;
    }

    private readonly bool IsBullet(int i) =>
        i >= _from && i < _to && _tokens.EndAt(i) - _tokens.StartAt(i) == 1 && CharClass.IsBullet(_text[_tokens.StartAt(i)]);

    private readonly bool IsAttached(int j) => _tokens.StartAt(j) == _tokens.EndAt(j - 1);
}

using System.Globalization;
using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// One left-to-right pass over a text that appends tokens to a <see cref="TokenLayer.Builder"/>. A hand-written
/// scanner: every character is looked at a small, fixed number of times and no string is made. The only state
/// carried between tokens is where the last token ended and whether a single quotation mark is open (to tell
/// a closing ’ from the possessive in "allies’").
/// </summary>
internal ref struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly TokenLayer.Builder _tokens;
    private int _lastEnd;
    private bool _singleQuoteOpen;

    public TokenScanner(ReadOnlySpan<char> text, TokenLayer.Builder tokens)
    {
        _text = text;
        _tokens = tokens;
        _lastEnd = -1;
    }

    public void Run()
    {
        int i = 0;
        while (i < _text.Length)
        {
            char c = _text[i];
            if (CharClass.IsSeparator(c))
            {
                if (c is '\n' or '\r' or '\u2029') _singleQuoteOpen = false; // a quotation does not run past a paragraph
                i++;
                continue;
            }
            int next = ScanToken(i);
            i = next > i ? next : i + 1;
        }
    }

    private int ScanToken(int i)
    {
        char c = _text[i];
        if (CharClass.IsWordChar(c) || CharClass.IsWordPairAt(_text, i)) return ScanWord(i);
        switch (c)
        {
            case '.': return AddRun(i, '.', TokenKind.Punctuation);       // ".", "..." and "...." are one token each
            case '-': return AddRun(i, '-', TokenKind.Punctuation);       // "--" is a dash
            case '\u2026': return AddRun(i, '\u2026', TokenKind.Punctuation);
            case '!' or '?': return AddInterrobangRun(i);
            case '%' or '\u2030': return Add(i, i + 1, TokenKind.Symbol);
            case '@':
                {
                    int end = AfterWordChar(i) ? -1 : WebTokens.HandleEnd(_text, i);
                    return end > 0 ? Add(i, end, TokenKind.Handle) : Add(i, i + 1, TokenKind.Symbol);
                }
            case '#':
                {
                    int end = AfterWordChar(i) ? -1 : WebTokens.HashtagEnd(_text, i);
                    return end > 0 ? Add(i, end, TokenKind.Hashtag) : Add(i, i + 1, TokenKind.Symbol);
                }
        }
        if (CharClass.IsQuote(c) || CharClass.IsApostrophe(c)) return ScanQuoteMark(i);
        if (CharClass.IsDash(c)) return AddRun(i, c, TokenKind.Punctuation);
        if (char.IsPunctuation(c)) return Add(i, i + 1, TokenKind.Punctuation);
        if (c < 0x80) return Add(i, i + 1, TokenKind.Symbol);
        // Emoji and other symbols: one grapheme cluster (skin tones, ZWJ sequences, flags stay whole).
        int length = StringInfo.GetNextTextElementLength(_text[i..]);
        return Add(i, i + Math.Max(1, length), TokenKind.Symbol);
    }

    /// <summary>A word, number or abbreviation, with hyphenated parts, number separators and split-off clitics.</summary>
    private int ScanWord(int start)
    {
        int n = _text.Length;
        int j = start, segment = start;
        bool hyphenated = false, abbreviation = false;
        bool startsWithDigit = CharClass.IsDigit(_text[start]);
        while (true)
        {
            j = SkipWordChars(j);
            if (j >= n) break;
            char c = _text[j];
            bool hasNext = j + 1 < n;
            if (CharClass.IsJoiningHyphen(c) && hasNext && StartsWord(j + 1))
            {
                hyphenated = true; // "al-Qaeda", "ISIS-K", "20-year", "clear-eyed"
                segment = ++j;
                continue;
            }
            if (startsWithDigit && c is ',' or '.' or ':' or '/' && CharClass.IsDigit(_text[j - 1]) && hasNext && CharClass.IsDigit(_text[j + 1]))
            {
                j++; // "8,000", "3.5", "10:30", "9/11"
                continue;
            }
            if (c == '_' && hasNext && StartsWord(j + 1))
            {
                j++; // "awesome_content", "en_ewt": identifiers stay whole
                continue;
            }
            if (c == '&' && CharClass.IsUpper(_text[j - 1]) && hasNext && CharClass.IsUpper(_text[j + 1]))
            {
                j++; // "AT&T", "S&P"
                continue;
            }
            if (CharClass.IsApostrophe(c) && hasNext && CharClass.IsLetter(_text[j + 1]))
            {
                int k = j + 1;
                while (k < n && CharClass.IsLetter(_text[k])) k++;
                bool wordGoesOn = k < n && CharClass.IsWordChar(_text[k]);
                var letters = _text[(j + 1)..k];
                if (!wordGoesOn && Clitics.IsSuffixAfterApostrophe(letters))
                    return AddHostAndClitic(start, j, k, HostKind(startsWithDigit, hyphenated));
                if (!wordGoesOn && Clitics.IsNegationTail(letters) && j - 1 > start && (char)(_text[j - 1] | 0x20) == 'n')
                    return AddHostAndClitic(start, j - 1, k, HostKind(startsWithDigit, hyphenated));
                j = k; // "O'Brien", "o'clock": the apostrophe belongs to the word
                continue;
            }
            if (c == '.')
            {
                if (TryAbbreviationPeriod(start, segment, ref j, ref hyphenated, ref abbreviation))
                {
                    segment = j;
                    continue;
                }
                if (!abbreviation && WebToken(start, j) is > 0 and var end) return end;
                break;
            }
            if (c == '\u00B0' && j - start == 1 && (char)(_text[start] | 0x20) == 'n')
            {
                j++; // "N°", the numero sign some writers use
                continue;
            }
            if (c is '@' or ':' or '+' or '%' && WebToken(start, j) is > 0 and var web) return web;
            break;
        }
        if (!abbreviation && j - start == 6 && Clitics.IsCannot(_text[start..j]))
            return AddHostAndClitic(start, start + 3, j, TokenKind.Word);
        var kind = abbreviation ? TokenKind.Abbreviation : HostKind(startsWithDigit, hyphenated);
        return Add(start, j, kind);
    }

    /// <summary>
    /// A URL, bare domain or e-mail address starting at <paramref name="start"/>, tried only where a word stops at
    /// a character that can continue one (".", "@", ":", "+", "%"), so ordinary words pay nothing for it.
    /// Returns the token's end, or -1.
    /// </summary>
    private int WebToken(int start, int stop)
    {
        if (_text[start] >= 0x80) return -1;
        int end = CharClass.IsAsciiLetter(_text[start]) ? WebTokens.UrlWithPrefixEnd(_text, start) : -1;
        if (end > 0) return Add(start, end, TokenKind.Url);
        if (_text[stop] == '.' && !CharClass.IsDigit(_text[start]) && (end = WebTokens.BareDomainEnd(_text, start, stop)) > 0)
            return Add(start, end, TokenKind.Url);
        end = WebTokens.EmailEnd(_text, start);
        return end > 0 ? Add(start, end, TokenKind.Email) : -1;
    }

    /// <summary>
    /// At a period after [<paramref name="segment"/>, <paramref name="dot"/>): takes it into the word when the word
    /// is a letter-dot sequence ("U.S.", "a.m."), a known abbreviation ("Gen.", "Calif."), an initial ("J."),
    /// or a numbering word before a number ("No. 2"). Returns true when the scan should go on (a hyphen follows: "U.S.-led").
    /// </summary>
    private readonly bool TryAbbreviationPeriod(int start, int segment, ref int dot, ref bool hyphenated, ref bool abbreviation)
    {
        int end = DottedEnd(segment, dot);
        if (end < 0)
        {
            var word = _text[segment..dot];
            bool initial = segment == start && dot - start == 1 && CharClass.IsLetter(_text[start]);
            if (initial || Abbreviations.IsKnown(word) || (Abbreviations.IsBeforeNumber(word) && DigitFollows(dot + 1)))
                end = dot + 1;
        }
        if (end < 0) return false;
        dot = end;
        abbreviation = true;
        if (end + 1 < _text.Length && CharClass.IsJoiningHyphen(_text[end]) && StartsWord(end + 1))
        {
            hyphenated = true;
            abbreviation = false;
            dot = end + 1;
            return true;
        }
        return false;
    }

    /// <summary>End of a letter-dot sequence starting at <paramref name="segment"/> ("U.S.A.", "e.g.", "Ph.D."), or -1.</summary>
    private readonly int DottedEnd(int segment, int dot)
    {
        int first = dot - segment;
        if (first is < 1 or > 2) return -1;
        for (int i = segment; i < dot; i++)
            if (!CharClass.IsLetter(_text[i])) return -1;
        bool pairs = first == 2;
        int p = dot, parts = 1;
        while (p + 1 < _text.Length && CharClass.IsLetter(_text[p + 1]))
        {
            int q = p + 1, r = q;
            while (r < _text.Length && r - q < 3 && CharClass.IsLetter(_text[r])) r++;
            if (r - q > 2 || r >= _text.Length || _text[r] != '.') break;
            pairs |= r - q == 2;
            p = r;
            parts++;
        }
        if (parts < 2) return -1;
        if (pairs && !Abbreviations.IsDottedWithPairs(_text[segment..p])) return -1;
        return p + 1;
    }

    /// <summary>Quotation marks, and apostrophes that are clitics ("Jr.'s"), plural possessives ("allies’") or decades ("’90s").</summary>
    private int ScanQuoteMark(int i)
    {
        char c = _text[i];
        bool attached = _lastEnd == i;
        if (CharClass.IsApostrophe(c) || c == '\u2018')
        {
            int n = _text.Length;
            int k = i + 1;
            while (k < n && CharClass.IsLetter(_text[k])) k++;
            bool wordAfter = k < n && CharClass.IsWordChar(_text[k]);
            if (attached && c != '\u2018')
            {
                char prev = _text[i - 1];
                if ((CharClass.IsWordChar(prev) || prev == '.') && k > i + 1 && !wordAfter && Clitics.IsSuffixAfterApostrophe(_text[(i + 1)..k]))
                    return Add(i, k, TokenKind.Clitic);
                if (k == i + 1 && prev is 's' or 'S' && !wordAfter && (!_singleQuoteOpen || WordFollowsAfterSpace(i + 1)))
                    return Add(i, i + 1, TokenKind.Clitic); // "allies’ plans"; inside ‘…’ only when a word follows
            }
            if (!attached)
            {
                int decade = DecadeEnd(i);
                if (decade > 0) return Add(i, decade, TokenKind.Number);
            }
            bool opens = c == '\u2018' || (!attached && i + 1 < n && (CharClass.IsWordChar(_text[i + 1]) || CharClass.IsWordPairAt(_text, i + 1)));
            _singleQuoteOpen = opens;
        }
        return Add(i, i + 1, TokenKind.Quote);
    }

    /// <summary>"’90s", "'20": an apostrophe standing for a century.</summary>
    private readonly int DecadeEnd(int i)
    {
        int n = _text.Length;
        if (i + 2 >= n || !CharClass.IsDigit(_text[i + 1]) || !CharClass.IsDigit(_text[i + 2])) return -1;
        int end = i + 3;
        if (end < n && _text[end] == 's') end++;
        return end < n && CharClass.IsWordChar(_text[end]) ? -1 : end;
    }

    private readonly bool WordFollowsAfterSpace(int p) =>
        p + 1 < _text.Length && _text[p] is ' ' or '\u00A0' && CharClass.IsLetter(_text[p + 1]);

    /// <summary>"a@b" or "C#": an at or hash sign written against a word starts no handle or tag.</summary>
    private readonly bool AfterWordChar(int i) => i > 0 && CharClass.IsWordChar(_text[i - 1]);

    private readonly bool DigitFollows(int p)
    {
        while (p < _text.Length && _text[p] is ' ' or '\u00A0') p++;
        return p < _text.Length && CharClass.IsDigit(_text[p]);
    }

    private readonly int SkipWordChars(int j)
    {
        while (j < _text.Length)
        {
            char c = _text[j];
            if (CharClass.IsWordChar(c)) j++;
            else if (char.IsHighSurrogate(c) && CharClass.IsWordPairAt(_text, j)) j += 2;
            else break;
        }
        return j;
    }

    private readonly bool StartsWord(int p) => CharClass.IsWordChar(_text[p]) || CharClass.IsWordPairAt(_text, p);

    private static TokenKind HostKind(bool startsWithDigit, bool hyphenated) =>
        startsWithDigit && !hyphenated ? TokenKind.Number : TokenKind.Word;

    private int AddHostAndClitic(int start, int split, int end, TokenKind hostKind)
    {
        Add(start, split, hostKind);
        return Add(split, end, TokenKind.Clitic);
    }

    private int AddRun(int start, char c, TokenKind kind)
    {
        int end = start + 1;
        while (end < _text.Length && _text[end] == c) end++;
        return Add(start, end, kind);
    }

    private int AddInterrobangRun(int start)
    {
        int end = start + 1;
        while (end < _text.Length && _text[end] is '!' or '?') end++;
        return Add(start, end, TokenKind.Punctuation);
    }

    private int Add(int start, int end, TokenKind kind)
    {
        _tokens.Add(start, end, kind);
        _lastEnd = end;
        return end;
    }
}

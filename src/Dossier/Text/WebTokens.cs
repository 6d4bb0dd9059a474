using System.Collections.Frozen;

namespace Dossier.Text;

/// <summary>
/// Recognisers for URLs, e-mail addresses, @handles and #tags. Each takes the text and a start offset and returns
/// where the token ends, or -1 when there is none; none allocates.
/// </summary>
internal static class WebTokens
{
    /// <summary>Top-level domains that make "name.tld" a web address without a scheme. Short words ("it", "in", "is") are left out on purpose: "end.It" is a missing space, not Italy.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareTlds = FrozenSet.Create(StringComparer.Ordinal,
        "com", "org", "net", "gov", "edu", "mil", "int", "io", "info", "biz", "uk", "ly", "tv", "news", "ai", "app",
        "de", "fr", "ru", "cn", "jp", "au", "ca", "eu", "co").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A URL starting at <paramref name="start"/> with a scheme ("https://") or "www.".</summary>
    public static int UrlWithPrefixEnd(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4]))
            return UrlEnd(text, start, start + 4);
        int k = 0;
        while (k < rest.Length && k <= 10 && CharClass.IsAsciiLetter(rest[k])) k++;
        if (k >= 3 && rest[k..].StartsWith("://", StringComparison.Ordinal) && rest.Length > k + 3 && !CharClass.IsSeparator(rest[k + 3]))
            return UrlEnd(text, start, start + k + 3);
        return -1;
    }

    /// <summary>
    /// A bare domain ("example.com", "news.example.co.uk/path") whose first label runs from <paramref name="start"/>
    /// to the period at <paramref name="dot"/>; -1 when the last label is not a known top-level domain.
    /// </summary>
    public static int BareDomainEnd(ReadOnlySpan<char> text, int start, int dot)
    {
        for (int i = start; i < dot; i++)
        {
            char c = text[i];
            if (!(CharClass.IsAsciiLetter(c) || CharClass.IsDigit(c) || c == '-')) return -1;
        }
        int p = dot, lastLabel = -1, lastLabelEnd = -1;
        while (p < text.Length && text[p] == '.')
        {
            int q = p + 1;
            while (q < text.Length && (CharClass.IsAsciiLetter(text[q]) || CharClass.IsDigit(text[q]) || text[q] == '-')) q++;
            if (q == p + 1) break;
            lastLabel = p + 1;
            lastLabelEnd = q;
            p = q;
        }
        if (lastLabel < 0 || !BareTlds.Contains(text[lastLabel..lastLabelEnd])) return -1;
        if (p < text.Length && (CharClass.IsWordChar(text[p]) || text[p] == '@')) return -1;
        return p < text.Length && text[p] is '/' or ':' ? UrlEnd(text, start, p) : p;
    }

    /// <summary>An e-mail address starting at <paramref name="start"/> ("Jane.Doe@example.com").</summary>
    public static int EmailEnd(ReadOnlySpan<char> text, int start)
    {
        int at = start;
        while (at < text.Length && IsLocalPartChar(text[at])) at++;
        if (at == start || at >= text.Length || text[at] != '@') return -1;
        int p = at + 1;
        while (p < text.Length && (CharClass.IsAsciiLetter(text[p]) || CharClass.IsDigit(text[p]) || text[p] is '-' or '.')) p++;
        while (p > at + 1 && text[p - 1] is '.' or '-') p--; // a sentence's full stop is not part of the address
        int lastDot = text[(at + 1)..p].LastIndexOf('.');
        if (lastDot >= 0) lastDot += at + 1;
        if (lastDot < 0 || lastDot >= p - 2 || lastDot <= at + 1) return -1;
        for (int i = lastDot + 1; i < p; i++)
            if (!CharClass.IsAsciiLetter(text[i])) return -1;
        return p;
    }

    /// <summary>"@handle": letters, digits and underscores after the at sign.</summary>
    public static int HandleEnd(ReadOnlySpan<char> text, int at)
    {
        int p = at + 1;
        while (p < text.Length && (CharClass.IsAsciiLetter(text[p]) || CharClass.IsDigit(text[p]) || text[p] == '_')) p++;
        return p > at + 1 ? p : -1;
    }

    /// <summary>"#tag": word characters and underscores after the hash, at least one of them a letter ("#1" is not a tag).</summary>
    public static int HashtagEnd(ReadOnlySpan<char> text, int hash)
    {
        int p = hash + 1;
        bool letter = false;
        while (p < text.Length && (CharClass.IsWordChar(text[p]) || text[p] == '_'))
        {
            letter |= CharClass.IsLetter(text[p]);
            p++;
        }
        return letter ? p : -1;
    }

    private static bool IsLocalPartChar(char c) =>
        CharClass.IsAsciiLetter(c) || CharClass.IsDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>Extends a URL from <paramref name="from"/> to the next white space or quotation mark, then gives back trailing punctuation.</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int start, int from)
    {
        int end = from;
        while (end < text.Length && !CharClass.IsSeparator(text[end]) && !CharClass.IsQuote(text[end]) && text[end] is not ('<' or '>')) end++;
        while (end > from)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?') end--;
            else if (last == ')' && Count(text[start..end], '(') < Count(text[start..end], ')')) end--;
            else if (last == ']' && Count(text[start..end], '[') < Count(text[start..end], ']')) end--;
            else break;
        }
        return end;
    }

    private static int Count(ReadOnlySpan<char> span, char c) => span.Count(c);
}

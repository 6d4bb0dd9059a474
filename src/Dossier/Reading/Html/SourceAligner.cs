using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Dossier.Reading.Html;

/// <summary>
/// Finds where a text node's characters are in the decoded HTML. The parser keeps the positions of start
/// tags only, and a text node's data differs from its source (character references decoded, CR LF folded),
/// so the node is matched against the source after the nearest preceding start tag, decoding references
/// as it goes. Characters copied from the source map to their position; characters decoded from a
/// reference map to where the reference starts and are marked as not verbatim.
/// </summary>
internal sealed class SourceAligner(string source)
{
    // How far past its anchor a text node is looked for; beyond it, it is reported as unaligned.
    private const int SearchWindow = 1 << 16;
    // Longest character reference name ("&CounterClockwiseContourIntegral;").
    private const int MaxReferenceLength = 40;

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    // The body asks for one node several times in a row (once per word); remember the last answer.
    private IText? _lastNode;
    private int[]? _lastMap;
    private int _cursor;

    /// <summary>
    /// Source position of each character of <paramref name="node"/>'s data: <c>p</c> when the character is
    /// copied from source position <c>p</c>, <c>~p</c> when it was decoded from a reference at <c>p</c>.
    /// Null when the node could not be found.
    /// </summary>
    public int[]? Align(IText node)
    {
        if (ReferenceEquals(node, _lastNode)) return _lastMap;
        int anchor = AnchorOf(node);
        // Nodes are asked for in document order, so the search starts after the last one found when that is later.
        int from = Math.Max(anchor, _cursor);
        var map = Find(node.Data, from) ?? (from > anchor ? Find(node.Data, anchor) : null);
        if (map is not null && map.Length > 0) _cursor = Math.Max(_cursor, Math.Abs(Last(map)) + 1);
        (_lastNode, _lastMap) = (node, map);
        return map;
    }

    private static int Last(int[] map) => map[^1] >= 0 ? map[^1] : ~map[^1];

    /// <summary>Start of the closest preceding start tag whose position the parser kept.</summary>
    private static int AnchorOf(IText node)
    {
        for (INode? n = node.PreviousSibling; n is not null; n = n.PreviousSibling)
            if (n is IElement { SourceReference: { } previous }) return previous.Position.Index;
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
            if (parent.SourceReference is { } reference) return reference.Position.Index;
        return 0;
    }

    private int[]? Find(string data, int from)
    {
        if (data.Length == 0) return [];
        int limit = Math.Min(source.Length, from + SearchWindow);
        var map = new int[data.Length];
        int i = Math.Max(0, from);
        while (i < limit)
        {
            if (source[i] == '<')
            {
                i = SkipMarkup(i);
                continue;
            }
            if (Match(data, i, map)) return map;
            i++;
        }
        return null;
    }

    /// <summary>Index after the tag, comment or declaration starting at <paramref name="i"/> (a '&lt;').</summary>
    private int SkipMarkup(int i)
    {
        if (i + 1 >= source.Length) return i + 1;
        char next = source[i + 1];
        if (next == '!' && string.CompareOrdinal(source, i, "<!--", 0, 4) == 0)
        {
            int end = source.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 3;
        }
        if (!(char.IsAsciiLetter(next) || next is '/' or '!' or '?')) return i + 1;
        char quote = '\0';
        for (int j = i + 1; j < source.Length; j++)
        {
            char c = source[j];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'' && source[j - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j + 1;
            }
        }
        return source.Length;
    }

    private bool Match(string data, int at, int[] map)
    {
        int i = at, j = 0;
        while (j < data.Length)
        {
            if (i >= source.Length) return false;
            char c = source[i];
            if (c == '&' && TryReference(i, out string? decoded, out int consumed) && data.AsSpan(j).StartsWith(decoded, StringComparison.Ordinal))
            {
                for (int k = 0; k < decoded.Length; k++) map[j + k] = ~i;
                j += decoded.Length;
                i += consumed;
                continue;
            }
            if (c == '\r' && data[j] == '\n')
            {
                map[j++] = ~i;
                i += i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (c == '\0' && data[j] != '\0')
            {
                i++; // the parser drops NUL characters from text
                continue;
            }
            if (c != data[j]) return false;
            map[j++] = i++;
        }
        return true;
    }

    /// <summary>Decodes the character reference at <paramref name="at"/> ("&amp;amp;", "&amp;#8217;", "&amp;#x2019;", legacy "&amp;copy").</summary>
    private bool TryReference(int at, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        int i = at + 1;
        if (i >= source.Length) return false;
        if (source[i] == '#')
        {
            i++;
            bool hex = i < source.Length && source[i] is 'x' or 'X';
            if (hex) i++;
            int start = i;
            long value = 0;
            while (i < source.Length && i - start < 8 && (hex ? char.IsAsciiHexDigit(source[i]) : char.IsAsciiDigit(source[i])))
            {
                value = value * (hex ? 16 : 10) + DigitValue(source[i]);
                i++;
            }
            if (i == start) return false;
            if (i < source.Length && source[i] == ';') i++;
            decoded = FromCodePoint(value);
            consumed = i - at;
            return true;
        }
        int nameStart = i;
        while (i < source.Length && i - nameStart < MaxReferenceLength && char.IsAsciiLetterOrDigit(source[i])) i++;
        if (i == nameStart) return false;
        var resolver = HtmlEntityProvider.Resolver;
        if (i < source.Length && source[i] == ';')
        {
            string? symbol = resolver.GetSymbol(source.Substring(nameStart, i - nameStart + 1));
            if (!string.IsNullOrEmpty(symbol))
            {
                decoded = symbol;
                consumed = i + 1 - at;
                return true;
            }
        }
        // Legacy references without a semicolon match their longest known prefix ("&copy2024").
        for (int end = i; end > nameStart; end--)
        {
            string? symbol = resolver.GetSymbol(source.Substring(nameStart, end - nameStart));
            if (!string.IsNullOrEmpty(symbol))
            {
                decoded = symbol;
                consumed = end - at;
                return true;
            }
        }
        return false;
    }

    private static int DigitValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string FromCodePoint(long value)
    {
        if (value is >= 0x80 and <= 0x9F) return Windows1252.Value.GetString([(byte)value]); // the HTML standard's remapping
        if (value is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF)) return "\uFFFD";
        return char.ConvertFromUtf32((int)value);
    }
}

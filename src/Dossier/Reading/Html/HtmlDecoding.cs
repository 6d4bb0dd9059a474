using System.Text;

namespace Dossier.Reading.Html;

/// <summary>
/// Turns the bytes of a saved web page into text. Order: a byte order mark; then bytes that are valid UTF-8
/// (legacy single-byte text almost never is, and pages that declare Latin-1 but are UTF-8 are common);
/// then the charset the page declares in &lt;meta charset&gt;, http-equiv Content-Type or an XML declaration;
/// then detection (<see cref="TextDecoder"/>: UTF-8 with repairs, else Windows-1252). Never throws.
/// </summary>
public static class HtmlDecoding
{
    // Bytes searched for a charset declaration; the HTML standard's pre-scan looks at the first 1024,
    // real pages put long comments and scripts first, so look further.
    private const int DeclarationScanLength = 8192;

    /// <summary>Decodes <paramref name="bytes"/>; null with <paramref name="binaryReason"/> when they are not text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out string? binaryReason)
    {
        binaryReason = null;
        if (HasByteOrderMark(bytes) || LooksLikeUtf16(bytes)) return TextDecoder.Decode(bytes, out binaryReason);

        string? declared = DeclaredCharset(bytes[..Math.Min(bytes.Length, DeclarationScanLength)]);
        var encoding = declared is null ? null : EncodingNames.Resolve(declared);
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage) return TextDecoder.Decode(bytes, out binaryReason);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Pure ASCII reads the same in the declared charset; report the one the page names.
            var decoded = TextDecoder.Decode(bytes, out binaryReason);
            return decoded is not null && System.Text.Ascii.IsValid(bytes) ? decoded with { EncodingName = EncodingNames.Name(encoding) } : decoded;
        }

        string text = encoding.GetString(bytes);
        if (text.AsSpan(0, Math.Min(text.Length, DeclarationScanLength)).Contains('\0'))
        {
            binaryReason = "it contains NUL characters";
            return null;
        }
        return new DecodedText(text, EncodingNames.Name(encoding), 0);
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    // "<" followed by a zero byte (or the reverse) is UTF-16 markup without a BOM.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && ((bytes[0] == (byte)'<' && bytes[1] == 0) || (bytes[0] == 0 && bytes[1] == (byte)'<'));

    /// <summary>The charset named by the first meta charset, http-equiv content or XML declaration in <paramref name="head"/>.</summary>
    internal static string? DeclaredCharset(ReadOnlySpan<byte> head)
    {
        // The head is ASCII-compatible in every encoding this path handles, so Latin-1 maps bytes to chars one to one.
        string text = Encoding.Latin1.GetString(head);
        var span = text.AsSpan();
        if (span.StartsWith("<?xml", StringComparison.Ordinal))
        {
            int end = span.IndexOf("?>", StringComparison.Ordinal);
            if (end > 0 && ValueAfter(span[..end], "encoding") is { } xmlEncoding) return xmlEncoding;
        }
        int at = 0;
        while (true)
        {
            int meta = span[at..].IndexOf("<meta", StringComparison.OrdinalIgnoreCase);
            if (meta < 0) return null;
            meta += at;
            int close = span[meta..].IndexOf('>');
            if (close < 0) return null;
            var tag = span.Slice(meta, close);
            if (ValueAfter(tag, "charset") is { } charset) return charset;
            at = meta + close;
        }
    }

    /// <summary>The value after "<paramref name="name"/>=" in a tag, unquoted and trimmed, or null.</summary>
    private static string? ValueAfter(ReadOnlySpan<char> tag, string name)
    {
        int i = tag.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        i += name.Length;
        while (i < tag.Length && tag[i] == ' ') i++;
        if (i >= tag.Length || tag[i] != '=') return null;
        i++;
        while (i < tag.Length && (tag[i] is ' ' or '"' or '\'')) i++;
        int start = i;
        while (i < tag.Length && (char.IsAsciiLetterOrDigit(tag[i]) || tag[i] is '-' or '_' or ':' or '.')) i++;
        return i > start ? tag[start..i].ToString() : null;
    }
}

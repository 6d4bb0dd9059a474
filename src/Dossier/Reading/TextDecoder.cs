using System.Text;

namespace Dossier.Reading;

/// <summary>
/// Decodes article bytes whatever their encoding: BOM first (UTF-8, UTF-16 LE/BE, UTF-32 LE), then UTF-16
/// without BOM by its zero bytes, then strict UTF-8, then UTF-8 with replacement when the bytes are mostly
/// UTF-8, else Windows-1252. Binary data is refused rather than decoded into garbage. Never throws.
/// </summary>
public static class TextDecoder
{
    // Share of zero bytes at odd (or even) positions above which BOM-less text is taken for UTF-16.
    private const double Utf16ZeroShare = 0.3;
    // Share of control characters (other than tab, newline, form feed, carriage return) that marks binary data.
    private const double BinaryControlShare = 0.05;
    // Bytes inspected by the sniffers; enough to judge, cheap on a 50 MB file.
    private const int SniffLength = 8192;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Decodes <paramref name="bytes"/>; returns null with <paramref name="binaryReason"/> set when they are not text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out string? binaryReason)
    {
        binaryReason = null;
        // 1. Byte order marks.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes[3..], out binaryReason);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new DecodedText(new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le", 0);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", out binaryReason);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", out binaryReason);

        // 2. UTF-16 without a BOM: ASCII-range text has a zero in every other byte.
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (head.Length >= 4)
        {
            int evenZeros = 0, oddZeros = 0;
            for (int i = 0; i + 1 < head.Length; i += 2)
            {
                if (head[i] == 0) evenZeros++;
                if (head[i + 1] == 0) oddZeros++;
            }
            double pairs = head.Length / 2.0;
            if (oddZeros / pairs > Utf16ZeroShare && evenZeros / pairs < 0.05) return Checked(Encoding.Unicode.GetString(bytes), "utf-16le", out binaryReason);
            if (evenZeros / pairs > Utf16ZeroShare && oddZeros / pairs < 0.05) return Checked(Encoding.BigEndianUnicode.GetString(bytes), "utf-16be", out binaryReason);
        }

        // 3. Binary data: NUL bytes or many control characters.
        if (head.Contains((byte)0))
        {
            binaryReason = "it contains NUL bytes";
            return null;
        }
        return Utf8(bytes, out binaryReason);
    }

    private static DecodedText? Utf8(ReadOnlySpan<byte> bytes, out string? binaryReason)
    {
        // 4. Strict UTF-8.
        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8", out binaryReason);
        }
        catch (DecoderFallbackException)
        {
        }
        // 5. Mostly UTF-8 with some damage, or a single-byte legacy encoding?
        var (valid, invalid) = CountUtf8Sequences(bytes);
        // Legacy single-byte text almost never forms a valid multi-byte sequence by chance, so a few valid ones are telling.
        if (valid > 0 && invalid <= valid)
        {
            return Checked(Encoding.UTF8.GetString(bytes), "utf-8", out binaryReason) is { } text ? text with { ReplacedSequences = invalid } : null;
        }
        // 6. Windows-1252, the encoding of most legacy Western pages and files.
        return Checked(Windows1252.Value.GetString(bytes), "windows-1252", out binaryReason);
    }

    private static DecodedText? Checked(string text, string encoding, out string? binaryReason)
    {
        binaryReason = null;
        var head = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        int controls = 0;
        foreach (char c in head)
        {
            if (c == '\0') { binaryReason = "it contains NUL characters"; return null; }
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f') && c < 0x80) controls++;
        }
        if (head.Length > 0 && controls / (double)head.Length > BinaryControlShare)
        {
            binaryReason = $"{controls} control characters in its first {head.Length} characters";
            return null;
        }
        return new DecodedText(text, encoding, 0);
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and invalid bytes.</summary>
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            if (need < 0 || b > 0xF4) { invalid++; i++; continue; }
            int j = 1;
            while (j <= need && i + j < bytes.Length && (bytes[i + j] & 0xC0) == 0x80) j++;
            if (j == need + 1) { valid++; i += j; }
            else { invalid++; i++; }
        }
        return (valid, invalid);
    }
}

using System.Globalization;
using System.Text;

namespace Dossier.Reading.Warc;

/// <summary>
/// Splits a (decompressed) WARC 1.0/1.1 stream into records: a "WARC/1.x" line, header fields, an empty line,
/// Content-Length bytes of block, two CRLFs. Blocks larger than the limit are read past without being kept.
/// </summary>
internal sealed class WarcRecordReader(Stream stream, long blockLimit)
{
    // Header lines longer than this are not WARC (a binary file, a wrong offset).
    private const int MaxLineBytes = 64 * 1024;

    private long _position;

    /// <summary>Bytes of the (decompressed) stream read so far.</summary>
    public long Position => _position;

    /// <summary>The next record; null at the end; throws <see cref="FormatException"/> for a malformed or truncated one (a broken gzip layer throws InvalidDataException).</summary>
    public WarcRecord? Next()
    {
        string? version;
        do
        {
            version = ReadLine();
            if (version is null) return null;
        } while (version.Length == 0);
        long offset = _position - version.Length - 2;
        if (!version.StartsWith("WARC/", StringComparison.Ordinal)) throw new FormatException($"expected a WARC/1.x line, found '{Shorten(version)}'");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while ((line = ReadLine()) is { Length: > 0 })
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        if (line is null) throw new FormatException("the file ends inside a record's header");
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            throw new FormatException("the record has no valid Content-Length");
        byte[]? block = null;
        if (length <= blockLimit)
        {
            block = new byte[length];
            int read = stream.ReadAtLeast(block, (int)length, throwOnEndOfStream: false);
            if (read < length) throw new FormatException("the file ends inside a record's block (truncated?)");
        }
        else Skip(length);
        _position += length;
        return new WarcRecord(offset, headers, block, length);
    }

    private void Skip(long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            int read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0) throw new FormatException("the file ends inside a record's block (truncated?)");
            length -= read;
        }
    }

    /// <summary>A CRLF- (or LF-) terminated line as Latin-1 text, without its terminator; null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            _position++;
            if (b == '\n') break;
            bytes.Add((byte)b);
            if (bytes.Count > MaxLineBytes) throw new FormatException("a header line is too long: this is not a WARC file");
        }
        if (b < 0 && bytes.Count == 0) return null;
        if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
        return Encoding.Latin1.GetString([.. bytes]);
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

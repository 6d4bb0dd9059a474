using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Reading.Warc;

/// <summary>
/// The body of an HTTP response as a WARC response record holds it: status line and headers, then the body,
/// de-chunked and decompressed when the headers say so (crawlers differ in whether they stored it decoded, so the
/// bytes are checked before they are decoded).
/// </summary>
internal sealed record HttpPayload(int Status, string? ContentType, byte[] Body)
{
    public bool IsHtml =>
        ContentType is null || ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    public static HttpPayload? Parse(byte[] block)
    {
        int headerEnd = block.AsSpan().IndexOf("\r\n\r\n"u8);
        int separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = block.AsSpan().IndexOf("\n\n"u8);
            separator = 2;
        }
        if (headerEnd < 0) return null;
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n', StringSplitOptions.TrimEntries);
        var status = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code)) return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        byte[] body = block[(headerEnd + separator)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body) ?? body;
        if (headers.TryGetValue("Content-Encoding", out var encoding)) body = Decompress(body, encoding.Trim().ToLowerInvariant());
        return new HttpPayload(code, headers.GetValueOrDefault("Content-Type"), body);
    }

    /// <summary>The body of a chunked transfer; null when the bytes are not chunked after all.</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        int at = 0;
        while (at < body.Length)
        {
            int lineEnd = body.AsSpan(at).IndexOf("\r\n"u8);
            if (lineEnd < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size < 0) return null;
            at += lineEnd + 2;
            if (size == 0) break;
            if (at + size > body.Length) return null;
            output.Write(body, at, size);
            at += size + 2;
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        try
        {
            Stream? decoder = encoding switch
            {
                "gzip" or "x-gzip" when body.Length > 2 && body[0] == 0x1f && body[1] == 0x8b => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
                "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
                "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null) return body;
            using (decoder)
            using (var output = new MemoryStream())
            {
                decoder.CopyTo(output);
                return output.ToArray();
            }
        }
        catch (InvalidDataException)
        {
            return body; // the crawler stored it decoded already
        }
    }
}

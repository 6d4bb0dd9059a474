using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Dossier.Storage.Facts;

/// <summary>
/// The identity of an article's content: SHA-256 (hex) of its clean text with every run of white space
/// collapsed to one space and the ends trimmed, so the same article re-read from another copy (CRLF line
/// ends, a re-wrapped file) is recognised as a duplicate.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var span = text.AsSpan().Trim();
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, span.Length));
        try
        {
            int n = 0;
            bool space = false;
            foreach (char c in span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }
                if (space) buffer[n++] = ' ';
                space = false;
                buffer[n++] = c;
            }
            int byteCount = Encoding.UTF8.GetByteCount(buffer.AsSpan(0, n));
            byte[] bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, byteCount));
            try
            {
                int written = Encoding.UTF8.GetBytes(buffer.AsSpan(0, n), bytes);
                return Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, written)));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

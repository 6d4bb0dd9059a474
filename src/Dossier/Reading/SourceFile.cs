using System.IO.Compression;

namespace Dossier.Reading;

/// <summary>
/// One input file (or standard input, named "-"). Opening it decompresses gzip transparently, so readers
/// see the bytes of "page.html" inside "page.html.gz".
/// </summary>
public sealed class SourceFile
{
    private readonly Func<Stream> _open;

    private SourceFile(string name, long? length, Func<Stream> open)
    {
        Name = name;
        Length = length;
        _open = open;
    }

    /// <summary>The path as the user gave it (or "-").</summary>
    public string Name { get; }

    /// <summary>Size on disk (compressed size for .gz), when known.</summary>
    public long? Length { get; }

    /// <summary>The name without a trailing ".gz", whose extension tells the format.</summary>
    public string FormatName => IsGzipName ? Name[..^3] : Name;

    public string Extension => Path.GetExtension(FormatName).ToLowerInvariant();

    private bool IsGzipName => Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public static SourceFile FromPath(string path) => new(path, new FileInfo(path).Length, () => File.OpenRead(path));

    /// <summary>An in-memory input (standard input, tests, a record extracted from an archive).</summary>
    public static SourceFile FromBytes(string name, byte[] bytes) => new(name, bytes.LongLength, () => new MemoryStream(bytes, writable: false));

    /// <summary>Opens the content, gunzipping when the name ends in .gz or the bytes start with the gzip magic number.</summary>
    public Stream Open()
    {
        var raw = _open();
        var buffered = raw.CanSeek ? raw : new BufferedStream(raw);
        if (IsGzipName || StartsWithGzipMagic(buffered))
            return new GZipStream(buffered, CompressionMode.Decompress);
        return buffered;
    }

    /// <summary>Reads the whole (decompressed) content; null when it holds more than <paramref name="limit"/> bytes.</summary>
    public byte[]? ReadAllBytes(long limit)
    {
        using var stream = Open();
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > limit) return null;
        }
        return memory.ToArray();
    }

    private static bool StartsWithGzipMagic(Stream stream)
    {
        if (!stream.CanSeek) return false;
        long position = stream.Position;
        int b1 = stream.ReadByte(), b2 = stream.ReadByte();
        stream.Position = position;
        return b1 == 0x1f && b2 == 0x8b;
    }
}

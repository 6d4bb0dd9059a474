using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>
/// Reads a saved web page (.html, .htm, .xhtml, gzipped or not, or any file that starts like HTML): the
/// article body, its metadata, and what was left out. A page without an article gives a document with an
/// empty body and a DSR0130 warning saying why; a page that cannot be read at all gives a failed result.
/// <see cref="ReaderOptions.Raw"/> does not apply: a web page is never clean body text.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.Ordinal) { ".html", ".htm", ".xhtml", ".shtml" };

    public string Format => "html";

    public IReadOnlyCollection<string> Extensions => HtmlExtensions;

    public bool CanRead(SourceFile file, ReadOnlySpan<byte> head) => HtmlExtensions.Contains(file.Extension) || LooksLikeHtml(head);

    public IEnumerable<ReadResult> Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        yield return ReadOne(file, options);
    }

    public static ReadResult ReadOne(SourceFile file, ReaderOptions options)
    {
        if (file.Length > options.MaxArticleBytes && !file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return ReadResult.Failed(Errors.TooLarge(file.Name, file.Length.Value, options.MaxArticleBytes));
        var bytes = file.ReadAllBytes(options.MaxArticleBytes);
        if (bytes is null) return ReadResult.Failed(Errors.TooLarge(file.Name, options.MaxArticleBytes + 1, options.MaxArticleBytes));
        return FromBytes(file.Name, bytes, DocumentMetadata.Empty);
    }

    /// <summary>Reads one page from its bytes; <paramref name="known"/> holds metadata from a container (a feed, a WARC record).</summary>
    public static ReadResult FromBytes(string name, byte[] bytes, DocumentMetadata known)
    {
        if (bytes.Length == 0) return ReadResult.Failed(Errors.EmptyInput(name));
        var decoded = HtmlDecoding.Decode(bytes, out var binaryReason);
        if (decoded is null) return ReadResult.Failed(Errors.BinaryInput(name, binaryReason ?? "undecodable"));
        var metadata = known with { Source = known.Source ?? name, Format = "html", Encoding = decoded.EncodingName };
        var warnings = new List<DossierError>();
        if (decoded.ReplacedSequences > 0) warnings.Add(Errors.InvalidBytesReplaced(name, decoded.ReplacedSequences, decoded.EncodingName));
        HtmlExtraction extraction;
        try
        {
            extraction = HtmlArticleExtractor.Extract(decoded.Text, metadata);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A page the parser or the extractor cannot cope with is reported, never allowed to stop a batch.
            return ReadResult.Failed(Errors.HtmlFailed(name, ex.Message));
        }
        if (extraction.NoArticleReason is { } reason) warnings.Add(Errors.NoArticle(name, reason));
        return ReadResult.Ok(extraction.Document, warnings);
    }

    /// <summary>Whether the first bytes are HTML: "&lt;!doctype html" or "&lt;html" after a BOM, white space and comments.</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        while (true)
        {
            int i = 0;
            while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
            head = head[i..];
            if (!head.StartsWith("<!--"u8)) break;
            int end = head.IndexOf("-->"u8);
            if (end < 0) return false;
            head = head[(end + 3)..];
        }
        return StartsWithIgnoreCase(head, "<!doctype html"u8) || StartsWithIgnoreCase(head, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
    {
        if (text.Length < prefix.Length) return false;
        for (int i = 0; i < prefix.Length; i++)
            if ((text[i] | 0x20) != (prefix[i] | 0x20)) return false;
        return true;
    }
}

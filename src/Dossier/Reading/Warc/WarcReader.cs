using System.Globalization;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Reading.Feeds;

namespace Dossier.Reading.Warc;

/// <summary>
/// Reads WARC and WARC.gz files as Common Crawl News publishes them: every successful HTML response (and HTML
/// resource record) is one article, read by the HTML reader, its URL from WARC-Target-URI. Requests, metadata,
/// redirects and non-HTML payloads are not articles and are passed over without a word. A malformed or truncated
/// record ends the file with an error naming its byte offset; the records before it are kept.
/// </summary>
public sealed class WarcReader : IFormatReader
{
    private static readonly HashSet<string> WarcExtensions = new(StringComparer.Ordinal) { ".warc" };

    public string Format => "warc";

    public IReadOnlyCollection<string> Extensions => WarcExtensions;

    public bool CanRead(SourceFile file, ReadOnlySpan<byte> head) => WarcExtensions.Contains(file.Extension) || head.StartsWith("WARC/1."u8);

    public IEnumerable<ReadResult> Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        using var stream = file.Open();
        var records = new WarcRecordReader(stream, options.MaxArticleBytes);
        int articles = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WarcRecord? record;
            DossierError? error = null;
            try
            {
                record = records.Next();
            }
            catch (FormatException ex)
            {
                record = null;
                error = Errors.BadWarc(file.Name, records.Position, ex.Message);
            }
            if (error is not null)
            {
                yield return ReadResult.Failed(error);
                yield break;
            }
            if (record is null)
            {
                if (articles == 0) yield return ReadResult.Failed(Errors.NoText(file.Name)); // no HTML response in it
                yield break;
            }
            foreach (var result in ReadRecord(file.Name, record, options, cancellationToken))
            {
                articles++;
                yield return result;
            }
        }
    }

    private static IEnumerable<ReadResult> ReadRecord(string file, WarcRecord record, ReaderOptions options, CancellationToken cancellationToken)
    {
        byte[]? page = null;
        if (record.Type == "response" && record.Header("Content-Type")?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (record.Block is null) yield break; // larger than any article: a video, an archive
            if (HttpPayload.Parse(record.Block) is { Status: 200, IsHtml: true } payload) page = payload.Body;
        }
        else if (record.Type == "resource" && record.Header("Content-Type")?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
        {
            page = record.Block;
        }
        if (page is null || page.Length == 0) yield break;
        string name = string.Create(CultureInfo.InvariantCulture, $"{file}@{record.Offset}");
        var known = new DocumentMetadata { Id = record.RecordId, Url = record.TargetUri, Format = "html" };
        foreach (var result in ContainedDocuments.Read(name, page, "html", known, options, bytes => Fallback(name, bytes, known), cancellationToken))
            yield return result;
    }

    /// <summary>Without a registered HTML reader: the page's paragraphs and title, as a feed item's HTML is read.</summary>
    private static ReadResult Fallback(string name, byte[] bytes, DocumentMetadata known)
    {
        var decoded = TextDecoder.Decode(bytes, out var why);
        if (decoded is null) return ReadResult.Failed(Errors.BinaryInput(name, why ?? "undecodable"));
        var document = HtmlFragmentText.ToDocument(decoded.Text, known with { Source = name, Title = HtmlFragmentText.Title(decoded.Text), Encoding = decoded.EncodingName });
        return document.Paragraphs.Count == 0 ? ReadResult.Failed(Errors.NoText(name)) : ReadResult.Ok(document);
    }
}

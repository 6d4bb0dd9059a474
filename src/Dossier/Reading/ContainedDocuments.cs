using Dossier.Model;

namespace Dossier.Reading;

/// <summary>
/// Reads an article that sits inside a container (a feed item's saved page, a WARC record's payload) with the
/// reader registered for its format, then completes its metadata from what the container knows (URL, title,
/// date, id) without overwriting what the article itself states. The container names the source.
/// </summary>
public static class ContainedDocuments
{
    /// <param name="name">How errors and the document's source name the item ("crawl.warc.gz#17").</param>
    /// <param name="format">The format the bytes are in ("html").</param>
    /// <param name="fallback">Reads the bytes when no registered reader takes the format.</param>
    public static IEnumerable<ReadResult> Read(string name, byte[] bytes, string format, DocumentMetadata known, ReaderOptions options,
        Func<byte[], ReadResult> fallback, CancellationToken cancellationToken = default)
    {
        var reader = FormatReaders.All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.Ordinal));
        var results = reader is null ? [fallback(bytes)] : reader.Read(SourceFile.FromBytes(name, bytes), options, cancellationToken);
        foreach (var result in results) yield return Completed(result, known with { Source = name });
    }

    /// <summary>The result with the container's metadata filling the gaps of the document's own.</summary>
    public static ReadResult Completed(ReadResult result, DocumentMetadata known)
    {
        if (result.Document is not { } document) return result;
        var own = document.Metadata;
        var merged = own with
        {
            Id = own.Id ?? known.Id,
            Title = own.Title ?? known.Title,
            Authors = own.Authors.Count > 0 ? own.Authors : known.Authors,
            Byline = own.Byline ?? known.Byline,
            Published = own.Published ?? known.Published,
            Updated = own.Updated ?? known.Updated,
            Url = own.Url ?? known.Url,
            Site = own.Site ?? known.Site,
            Language = own.Language ?? known.Language,
            Source = known.Source ?? own.Source,
        };
        var copy = new Document(document.Text, merged, document.SourceMap, document.Paragraphs, document.Removed);
        return ReadResult.Ok(copy, result.Warnings);
    }
}

using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Reading.Feeds;

/// <summary>
/// Reads RSS (2.0, 1.0) and Atom feed files: one article per item. An item whose link points to a page saved
/// next to the feed is read from that page (by its own reader); otherwise the item's own text (content, else
/// description or summary) is the article. Item metadata (title, link, date, authors, feed title as site) fills
/// what the page does not say. Source offsets of an item's own text refer to that text, decoded from the XML.
/// </summary>
public sealed class FeedReader : IFormatReader
{
    private static readonly HashSet<string> FeedExtensions = new(StringComparer.Ordinal) { ".rss", ".atom" };

    public string Format => "feed";

    public IReadOnlyCollection<string> Extensions => FeedExtensions;

    public bool CanRead(SourceFile file, ReadOnlySpan<byte> head) =>
        FeedExtensions.Contains(file.Extension) || (file.Extension is ".xml" or "" && LooksLikeFeed(head));

    /// <summary>Whether the first bytes hold an rss, RDF or Atom feed root element.</summary>
    internal static bool LooksLikeFeed(ReadOnlySpan<byte> head) =>
        head.IndexOf("<rss"u8) >= 0 || head.IndexOf("<rdf:RDF"u8) >= 0 || (head.IndexOf("<feed"u8) >= 0 && head.IndexOf("http://www.w3.org/2005/Atom"u8) >= 0);

    public IEnumerable<ReadResult> Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        using var stream = file.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, // old RSS 0.91 feeds declare a DTD; never fetch or expand it
            XmlResolver = null,
            IgnoreComments = true,
        });
        string? site = null;
        int number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (item, error, feedTitle) = Next(xml, file.Name);
            site ??= feedTitle;
            if (error is not null)
            {
                yield return ReadResult.Failed(error);
                yield break;
            }
            if (item is null)
            {
                if (number == 0) yield return ReadResult.Failed(Errors.BadFeed(file.Name, "it holds no items or entries"));
                yield break;
            }
            number++;
            foreach (var result in ReadItem(file.Name, number, FeedItemParser.Parse(item), site, options, cancellationToken)) yield return result;
        }
    }

    /// <summary>The next item element, or the error that ends the feed, or neither at its end. Picks up the feed's title on the way.</summary>
    private static (XElement? Item, DossierError? Error, string? FeedTitle) Next(XmlReader xml, string name)
    {
        string? feedTitle = null;
        try
        {
            while (!xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    xml.Read();
                    continue;
                }
                if (FeedItemParser.IsItem(xml.LocalName)) return ((XElement)XNode.ReadFrom(xml), null, feedTitle);
                if (xml.LocalName == "title" && xml.Depth <= 2 && feedTitle is null)
                {
                    feedTitle = xml.ReadElementContentAsString().Trim();
                    continue;
                }
                xml.Read();
            }
            return (null, null, feedTitle);
        }
        catch (XmlException ex)
        {
            return (null, Errors.BadFeed(name, ex.Message), feedTitle);
        }
    }

    private static IEnumerable<ReadResult> ReadItem(string feed, int number, FeedItem item, string? site, ReaderOptions options, CancellationToken cancellationToken)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"{feed}#item{number}");
        var known = new DocumentMetadata
        {
            Id = item.Id,
            Title = item.Title,
            Authors = item.Authors,
            Published = Date(item.Published),
            Updated = Date(item.Updated),
            Url = item.Link is not null && Uri.TryCreate(item.Link, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal) ? item.Link : null,
            Site = string.IsNullOrWhiteSpace(site) ? null : site,
            Source = name,
        };
        if (SavedPages.Find(feed, item.Link) is { } page)
        {
            foreach (var result in new ArticleReader(options).ReadFile(SourceFile.FromPath(page), cancellationToken))
                yield return ContainedDocuments.Completed(result, known with { Source = $"{name} ({page})" });
            yield break;
        }
        if (item.Content is not { } content || string.IsNullOrWhiteSpace(content))
        {
            yield return ReadResult.Failed(Errors.FeedItemWithoutText(feed, number));
            yield break;
        }
        var metadata = known with { Format = "feed", Encoding = "xml", Language = LanguageGuesser.Guess(content) };
        if (!HtmlFragmentText.LooksLikeHtml(content))
        {
            yield return PlainText.PlainTextReader.FromText(name, content, options, metadata, detectHeadline: false);
            yield break;
        }
        var document = HtmlFragmentText.ToDocument(content, metadata);
        yield return document.Paragraphs.Count == 0 ? ReadResult.Failed(Errors.FeedItemWithoutText(feed, number)) : ReadResult.Ok(document);
    }

    /// <summary>RFC 822 dates of RSS ("Mon, 08 Nov 2021 10:00:00 +0000", "… GMT") and ISO 8601 dates of Atom.</summary>
    internal static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        string s = text.Trim();
        // "+0000" / "-0500" (RFC 822) → "+00:00"; "EST" and friends are what DateParsing knows.
        if (s.Length > 5 && (s[^5] == '+' || s[^5] == '-') && s[^4..].All(char.IsAsciiDigit))
            s = s[..^2] + ":" + s[^2..];
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return value;
        return DateParsing.TryParse(text, out value) ? value : null;
    }
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>
/// Reads an article's metadata from the page, most trustworthy source first: JSON-LD, then OpenGraph and
/// other meta tags, then the markup (&lt;h1&gt;, &lt;time&gt;, rel=author). Dates come only from metadata and
/// &lt;time&gt; elements outside comment sections, never from scripts or comments; the extractor adds the
/// article's printed date line, then the URL, when these say nothing.
/// </summary>
internal static partial class PageMetadata
{
    public static DocumentMetadata Read(IDocument document, MarkupFacts facts, DocumentMetadata known)
    {
        var meta = new MetaTags(document.Head, facts.Metas);
        var jsonLd = JsonLdArticle.Find(document.Head, facts.JsonLdScripts);
        string? url = Absolute(meta.Link("canonical")) ?? Absolute(meta.Get("og:url")) ?? Absolute(jsonLd?.Url);
        string? site = Clean(meta.Get("og:site_name") ?? jsonLd?.Publisher ?? meta.Get("application-name", "twitter:site"));
        if (site is null && url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)) site = uri.Host;

        var authors = jsonLd?.Authors.Where(a => !LooksLikeUrl(a)).ToList() ?? [];
        if (authors.Count == 0 && Clean(meta.Get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl")) is { } metaAuthor && !LooksLikeUrl(metaAuthor))
            authors = [.. Bylines.Authors(metaAuthor)];
        // The first byline element that names someone.
        string? byline = null;
        foreach (var candidate in facts.Bylines)
        {
            var names = Bylines.Authors(candidate);
            if (names.Count == 0) continue;
            byline = candidate;
            if (authors.Count == 0) authors = [.. names];
            break;
        }

        var published = Date(jsonLd?.Published) ?? Date(meta.Get("article:published_time", "og:published_time", "datePublished", "published_time",
            "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "dc.date", "dcterms.date", "dc.date.issued", "date", "article.published", "og:pubdate"))
            ?? TimeElementDate(facts);
        var updated = Date(jsonLd?.Modified) ?? Date(meta.Get("article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"));

        string? language = Language(document.DocumentElement?.GetAttribute("lang")) ?? Language(meta.Get("content-language", "og:locale", "dc.language"))
            ?? Language(jsonLd?.Language);
        return known with
        {
            Title = known.Title ?? Titles.Choose(facts, meta, jsonLd, document, site),
            Authors = known.Authors.Count > 0 ? known.Authors : authors,
            Byline = known.Byline ?? byline,
            Published = known.Published ?? published,
            Updated = known.Updated ?? (updated != published ? updated : null),
            Url = known.Url ?? url,
            Site = known.Site ?? site,
            Language = known.Language ?? language,
        };
    }

    private static DateTimeOffset? Date(string? text) => DateParsing.TryParse(text, out var value) ? value : null;

    /// <summary>The first &lt;time datetime&gt; outside comments, asides and footers, preferring one marked as the publication date.</summary>
    private static DateTimeOffset? TimeElementDate(MarkupFacts facts)
    {
        DateTimeOffset? first = null;
        foreach (var time in facts.Times)
        {
            if (time.InCommentsOrFurniture || !DateParsing.TryParse(time.DateTime, out var date)) continue;
            if (time.MarkedPublished) return date;
            first ??= date;
        }
        return first;
    }

    /// <summary>A date in the URL path: /2021/11/08/, /2021-11-08-.</summary>
    public static DateTimeOffset? UrlDate(string? url)
    {
        if (url is null) return null;
        var m = UrlDatePattern().Match(url);
        if (!m.Success) return null;
        int year = int.Parse(m.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (year < 1990 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>[01]\d)[/-](?<d>[0-3]\d)(?:[/-]|$)")]
    private static partial Regex UrlDatePattern();

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>"en-US" → "en", "de_DE" → "de"; null for anything that is not a language tag.</summary>
    private static string? Language(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var span = tag.AsSpan().Trim();
        int end = span.IndexOfAny('-', '_');
        if (end >= 0) span = span[..end];
        return span.Length is 2 or 3 && !span.ContainsAnyExcept(AsciiLetters) ? span.ToString().ToLowerInvariant() : null;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static bool LooksLikeUrl(string text) => text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.Contains("://", StringComparison.Ordinal);

    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string decoded = text.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(text) : text;
        return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

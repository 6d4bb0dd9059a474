using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// The page's &lt;meta&gt; values by name, property or itemprop (lower case; the first value wins), and its
/// &lt;link rel&gt; targets. OpenGraph ("og:title"), Twitter cards, Dublin Core and news-specific names
/// ("article:published_time", "parsely-pub-date") all land here.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _links = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            string? content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv") })
                if (!string.IsNullOrWhiteSpace(key)) _values.TryAdd(key.Trim(), content.Trim());
        }
        foreach (var link in document.GetElementsByTagName("link"))
        {
            string? rel = link.GetAttribute("rel"), href = link.GetAttribute("href");
            if (!string.IsNullOrWhiteSpace(rel) && !string.IsNullOrWhiteSpace(href)) _links.TryAdd(rel.Trim(), href.Trim());
        }
    }

    /// <summary>The first of <paramref name="keys"/> that the page sets.</summary>
    public string? Get(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
            if (_values.TryGetValue(key, out var value)) return value;
        return null;
    }

    public string? Link(string rel) => _links.GetValueOrDefault(rel);
}

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

    /// <summary>Reads the head's &lt;meta&gt; and &lt;link&gt; elements, then <paramref name="bodyMetas"/> (meta tags placed in the body).</summary>
    public MetaTags(IElement? head, IEnumerable<IElement> bodyMetas)
    {
        if (head is not null)
        {
            foreach (var element in head.Children)
            {
                if (element.LocalName == "meta") AddMeta(element);
                else if (element.LocalName == "link") AddLink(element);
            }
        }
        foreach (var meta in bodyMetas) AddMeta(meta);
    }

    private void AddMeta(IElement meta)
    {
        string? content = meta.GetAttribute("content");
        if (string.IsNullOrWhiteSpace(content)) return;
        Add(meta.GetAttribute("property"), content);
        Add(meta.GetAttribute("name"), content);
        Add(meta.GetAttribute("itemprop"), content);
        Add(meta.GetAttribute("http-equiv"), content);
    }

    private void Add(string? key, string content)
    {
        if (!string.IsNullOrWhiteSpace(key)) _values.TryAdd(key.Trim(), content.Trim());
    }

    private void AddLink(IElement link)
    {
        string? rel = link.GetAttribute("rel"), href = link.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(rel) && !string.IsNullOrWhiteSpace(href)) _links.TryAdd(rel.Trim(), href.Trim());
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

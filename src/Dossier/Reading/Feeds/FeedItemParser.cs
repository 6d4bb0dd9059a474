using System.Xml.Linq;

namespace Dossier.Reading.Feeds;

/// <summary>
/// Reads the fields of an RSS 2.0 / RSS 1.0 item or an Atom entry, by local name so that any namespace
/// prefix (content:, dc:, atom:) works.
/// </summary>
internal static class FeedItemParser
{
    public static bool IsItem(string localName) => localName is "item" or "entry";

    public static bool IsFeedTitleParent(string localName) => localName is "channel" or "feed";

    public static FeedItem Parse(XElement item) => new()
    {
        Title = Text(item, "title"),
        Link = Link(item),
        Id = Text(item, "guid") ?? Text(item, "id"),
        Published = Text(item, "pubDate") ?? Text(item, "published") ?? Text(item, "date") ?? Text(item, "issued"),
        Updated = Text(item, "updated") ?? Text(item, "modified"),
        Authors = Authors(item),
        Content = Text(item, "encoded") ?? Text(item, "content") ?? Text(item, "description") ?? Text(item, "summary"),
    };

    private static string? Text(XElement item, string localName)
    {
        var element = item.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>RSS: the link element's text. Atom: the href of the alternate link (or the first link).</summary>
    private static string? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        foreach (var link in links)
        {
            var href = (string?)link.Attribute("href");
            var rel = (string?)link.Attribute("rel");
            if (href is not null && (rel is null || rel == "alternate")) return href.Trim();
        }
        foreach (var link in links)
        {
            if (link.Attribute("href") is { } href) return href.Value.Trim();
            if (link.Value.Trim() is { Length: > 0 } text) return text;
        }
        return null;
    }

    private static List<string> Authors(XElement item)
    {
        var names = new List<string>();
        foreach (var e in item.Elements().Where(e => e.Name.LocalName is "author" or "creator"))
        {
            // Atom: <author><name>…</name></author>; RSS: an e-mail and a name in parentheses, or a name.
            string value = e.Elements().FirstOrDefault(x => x.Name.LocalName == "name")?.Value ?? e.Value;
            value = value.Trim();
            int open = value.IndexOf('(', StringComparison.Ordinal);
            if (value.Contains('@', StringComparison.Ordinal) && open > 0 && value.EndsWith(')')) value = value[(open + 1)..^1].Trim();
            if (value.Length > 0) names.Add(value);
        }
        return names;
    }
}

using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// Chooses the article's title: the headline of the JSON-LD article or the OpenGraph title when the page
/// has one, else its main &lt;h1&gt; when the &lt;title&gt; agrees, else the &lt;title&gt; — in each case without
/// the site name that templates append ("Headline | Site").
/// </summary>
internal static class Titles
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

    public static string? Choose(IDocument document, MarkupFacts facts, MetaTags meta, JsonLdArticle? jsonLd, string? site)
    {
        string? declared = PageMetadata.Clean(jsonLd?.Headline) ?? PageMetadata.Clean(meta.Get("og:title", "twitter:title", "dc.title", "headline"));
        if (declared is not null) return WithoutSite(declared, site);
        string? title = PageMetadata.Clean(document.Title);
        string? h1 = MainHeading(facts);
        if (h1 is not null && (title is null || title.Contains(h1, StringComparison.OrdinalIgnoreCase))) return h1;
        return title is null ? h1 : WithoutSite(title, site);
    }

    /// <summary>The text of the first &lt;h1&gt; inside &lt;article&gt; or &lt;main&gt;, else of the first &lt;h1&gt;.</summary>
    private static string? MainHeading(MarkupFacts facts)
    {
        foreach (var heading in facts.Headings)
            if (heading.InArticle) return heading.Text;
        return facts.Headings.Count > 0 ? facts.Headings[0].Text : null;
    }

    /// <summary>Removes a leading or trailing segment that names the site ("Headline | The Daily Planet").</summary>
    internal static string WithoutSite(string title, string? site)
    {
        foreach (var separator in Separators)
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsSite(title[(at + separator.Length)..], site)) return title[..at].Trim();
            at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsSite(title[..at], site)) return title[(at + separator.Length)..].Trim();
        }
        return title;
    }

    private static bool IsSite(string segment, string? site)
    {
        string s = segment.Trim();
        if (s.Length == 0) return false;
        if (site is not null && (s.Equals(site, StringComparison.OrdinalIgnoreCase) || Squash(site).Contains(Squash(s), StringComparison.OrdinalIgnoreCase))) return true;
        return s.Contains('.', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal); // "example.com"
    }

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
}

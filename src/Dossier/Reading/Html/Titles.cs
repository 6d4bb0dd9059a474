using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// Chooses the article's title: the heading the page shows (its &lt;h1&gt;, or the first &lt;h2&gt; of the article
/// on blogs whose &lt;h1&gt; is the blog's name) when the declared title (JSON-LD headline, OpenGraph) or the
/// &lt;title&gt; contains it; else the declared title, else the &lt;title&gt;, without the site name and date that
/// templates add ("Headline | Site | 23.05.2011").
/// </summary>
internal static class Titles
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " / ", " : "];
    // Site names and dates are peeled off at most this many times ("Headline | Section | Site | Date").
    private const int MaxSegmentsRemoved = 3;

    public static string? Choose(MarkupFacts facts, MetaTags meta, JsonLdArticle? jsonLd, IDocument document, string? site)
    {
        string? declared = PageMetadata.Clean(jsonLd?.Headline) ?? PageMetadata.Clean(meta.Get("og:title", "twitter:title", "dc.title", "headline"));
        string? title = PageMetadata.Clean(document.Title);
        // The heading the page shows, when the declared title or the <title> confirms it: h1s first, those in the article first.
        foreach (var heading in facts.Headings.OrderBy(h => h.Level).ThenBy(h => h.InArticle ? 0 : 1))
        {
            if ((declared is not null && declared.Contains(heading.Text, StringComparison.OrdinalIgnoreCase))
                || (title is not null && title.Contains(heading.Text, StringComparison.OrdinalIgnoreCase)))
                return heading.Text;
        }
        if (declared is not null) return WithoutSite(declared, site);
        if (title is not null) return WithoutSite(title, site);
        return facts.Headings.Count > 0 ? facts.Headings.MinBy(h => h.Level).Text : null;
    }

    /// <summary>Removes leading and trailing segments that name the site or date the page ("Headline | The Daily Planet | 23.05.2011").</summary>
    internal static string WithoutSite(string title, string? site)
    {
        for (int round = 0; round < MaxSegmentsRemoved; round++)
        {
            string before = title;
            foreach (var separator in Separators)
            {
                int at = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && IsSiteOrDate(title[(at + separator.Length)..], site))
                {
                    title = title[..at].Trim();
                    break;
                }
                at = title.IndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && IsSite(title[..at], site))
                {
                    title = title[(at + separator.Length)..].Trim();
                    break;
                }
            }
            if (ReferenceEquals(before, title)) break;
        }
        return title;
    }

    private static bool IsSiteOrDate(string segment, string? site) => IsSite(segment, site) || OnlyDate(segment);

    // "23.05.2011", "2021-11-08", "8 Nov 2021": digits and separators, at most a short month name.
    private static bool OnlyDate(string segment)
    {
        string s = segment.Trim();
        return s.Length is > 0 and <= 20 && s.Count(char.IsDigit) >= 4 && s.Count(char.IsLetter) <= 9;
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

using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// Reads the conventions of web templates in an element's class, id, role and itemprop: "share-bar",
/// "relatedPosts", "comment-list" are furniture, "article-body", "entry-content" hold the article. The
/// names are split into words (at punctuation and camelCase humps) so that "tag" in "tag-politics" and
/// "ad" in "ad-slot" are found while "head" and "download" are not taken for ads.
/// </summary>
internal static class ClassNameHints
{
    // Longest attribute value inspected; utility-class soups (Tailwind) run to kilobytes and say nothing.
    private const int MaxInspectedLength = 300;
    private const int MaxWordLength = 24;

    private static readonly FrozenDictionary<string, ElementHints> Words = BuildWords();
    private static readonly FrozenDictionary<string, ElementHints>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // First words of two-word names of the article body ("article-body", "entry_content", "storyText").
    private static readonly FrozenSet<string> BodyFirst = FrozenSet.Create(StringComparer.Ordinal,
        "article", "entry", "post", "story", "news", "blog", "main", "page", "single", "art", "field", "rich", "item", "detail", "content", "td");
    private static readonly FrozenSet<string> BodySecond = FrozenSet.Create(StringComparer.Ordinal,
        "body", "content", "text", "copy", "entry", "bodytext", "detail", "details");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyFirstLookup = BodyFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodySecondLookup = BodySecond.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, ElementHints> BuildWords()
    {
        var words = new Dictionary<string, ElementHints>(StringComparer.Ordinal);
        void Add(ElementHints hint, params string[] names)
        {
            foreach (var name in names) words[name] = hint;
        }
        Add(ElementHints.Positive, "article", "articles", "content", "entry", "hentry", "post", "story", "body", "text", "main", "blog", "news", "single", "prose", "richtext");
        Add(ElementHints.ArticleBody, "articlebody", "articlecontent", "articletext", "entrycontent", "entrybody", "postcontent", "postbody", "posttext",
            "storybody", "storycontent", "storytext", "bodytext", "maincontent", "newsbody", "newstext", "fulltext", "textbody", "contentbody", "postentry", "itemfulltext");
        Add(ElementHints.Lead, "intro", "lead", "lede", "standfirst", "summary", "abstract", "perex", "chapo", "chapeau", "sapo", "entradilla", "bajada", "vorspann", "kicker");
        Add(ElementHints.Comments, "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion", "kommentare", "kommentar", "comentarios");
        Add(ElementHints.Caption, "caption", "captions", "figcaption", "credit", "credits", "photocredit", "imagecredit", "wpcaptiontext", "legend", "bildunterschrift");
        Add(ElementHints.Byline, "byline", "bylines", "author", "authors", "dateline", "timestamp", "published", "pubdate", "updated", "meta", "metadata", "postmeta", "entrymeta", "readtime", "readingtime");
        Add(ElementHints.Boilerplate,
            "share", "shares", "sharing", "sharer", "sharebar", "sharethis", "social", "socials", "sociallinks", "addthis", "shariff",
            "related", "relatedposts", "recommended", "recommendations", "recommend", "popular", "mostread", "mostpopular", "trending", "teaser", "teasers",
            "newsletter", "subscribe", "subscription", "signup", "paywall", "promo", "promotion", "sponsor", "sponsored", "advert", "adverts", "advertisement",
            "advertising", "ad", "ads", "adsense", "adslot", "adunit", "adsbygoogle", "dfp", "banner", "cookie", "cookies", "consent", "gdpr", "popup", "modal",
            "overlay", "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "submenu", "footer", "masthead",
            "toolbar", "pagination", "pager", "login", "register", "tags", "tagcloud", "keywords", "outbrain", "taboola", "zergnet", "rating",
            "ratings", "carousel", "slider", "skip", "sronly", "screenreadertext", "visuallyhidden", "donate", "follow", "rss", "tools",
            "sharing", "pinterest", "facebook", "twitter", "whatsapp", "linkedin", "bio", "aside", "complementary", "search", "pagenav", "postnav", "prevnext",
            "infobox", "cta", "newsletters", "signin", "jump", "toc");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Hints from the element's tag name and attributes; class values through the page's <paramref name="classNames"/>.</summary>
    public static ElementHints For(IElement element, string tag, ClassNameMemo classNames)
    {
        // Templates put page-wide state on the root ("single-post", "has-sidebar", "comments-open"); it says nothing of the content.
        if (tag is "body" or "html") return ElementHints.None;
        var hints = tag switch
        {
            "article" or "main" => ElementHints.ArticleTag,
            "nav" or "aside" or "footer" or "menu" => ElementHints.FurnitureTag,
            "header" => ElementHints.Header,
            "figcaption" => ElementHints.Caption,
            "form" => ElementHints.Form,
            _ => ElementHints.None,
        };
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "class":
                    hints |= classNames.Hints(attribute.Value);
                    break;
                case "id":
                    hints |= FromName(attribute.Value);
                    break;
                case "role":
                    hints |= attribute.Value switch
                    {
                        "main" or "article" => ElementHints.ArticleTag,
                        "navigation" or "complementary" or "contentinfo" or "banner" or "menu" or "menubar" => ElementHints.FurnitureTag,
                        _ => ElementHints.None,
                    };
                    break;
                case "itemprop":
                    if (attribute.Value.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) hints |= ElementHints.ArticleBody;
                    else if (attribute.Value is "author" or "datePublished" or "dateModified") hints |= ElementHints.Byline;
                    break;
            }
        }
        return hints;
    }

    /// <summary>Hints from one class or id value, word by word, and from adjacent word pairs naming the article body.</summary>
    public static ElementHints FromName(string value)
    {
        var span = value.AsSpan(0, Math.Min(value.Length, MaxInspectedLength));
        var hints = ElementHints.None;
        Span<char> word = stackalloc char[MaxWordLength];
        Span<char> previous = stackalloc char[MaxWordLength];
        int previousLength = 0;
        int i = 0;
        while (i < span.Length)
        {
            // A class token ("tag-politics") is split further into words; the whole token is looked up too ("wpcaptiontext").
            while (i < span.Length && !char.IsAsciiLetterOrDigit(span[i])) i++;
            int tokenStart = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
            var token = span[tokenStart..i];
            if (token.IsEmpty) break;
            // WordPress marks a post with its taxonomy ("tag-politics", "category-news"); those name topics, not furniture.
            // State flags ("has-sidebar", "enable-pin-share", "no-ads", "is-sticky") describe options, not the element.
            if (IsTaxonomyOrState(token)) continue;
            hints |= LookupWhole(token);
            previousLength = 0;
            int j = 0;
            while (j < token.Length)
            {
                while (j < token.Length && !char.IsAsciiLetterOrDigit(token[j])) j++;
                int start = j;
                j++;
                // A word ends at punctuation or where a lower-case letter is followed by an upper-case one (camelCase).
                while (j < token.Length && char.IsAsciiLetterOrDigit(token[j]) && !(char.IsAsciiLetterUpper(token[j]) && char.IsAsciiLetterLower(token[j - 1]))) j++;
                if (start >= token.Length) break;
                int length = Math.Min(j - start, MaxWordLength);
                var current = word[..length];
                token.Slice(start, length).ToLowerInvariant(current);
                if (WordLookup.TryGetValue(current, out var hint)) hints |= hint;
                if (previousLength > 0 && BodyFirstLookup.Contains(previous[..previousLength]) && BodySecondLookup.Contains(current))
                    hints |= ElementHints.ArticleBody;
                current.CopyTo(previous);
                previousLength = length;
            }
        }
        return hints;
    }

    private static bool IsTaxonomyOrState(ReadOnlySpan<char> token)
    {
        // Every prefix is a word and a hyphen, so only a token whose first hyphen ends a prefix-long head can start with one.
        int hyphen = token.IndexOf('-');
        if (hyphen < 1 || hyphen >= LongestIgnoredPrefix) return false;
        var head = token[..(hyphen + 1)];
        foreach (var prefix in IgnoredPrefixes)
            if (prefix.Length == head.Length && head.Equals(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] IgnoredPrefixes = ["tag-", "category-", "has-", "no-", "enable-", "enabled-", "is-", "with-", "show-", "without-", "disable-"];
    private static readonly int LongestIgnoredPrefix = IgnoredPrefixes.Max(p => p.Length);

    private static ElementHints LookupWhole(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxWordLength) return ElementHints.None;
        Span<char> lower = stackalloc char[token.Length];
        int n = 0;
        foreach (char c in token)
            if (char.IsAsciiLetterOrDigit(c)) lower[n++] = char.ToLowerInvariant(c);
        return WordLookup.TryGetValue(lower[..n], out var hint) ? hint : ElementHints.None;
    }
}

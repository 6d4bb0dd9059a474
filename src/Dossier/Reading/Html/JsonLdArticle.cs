using System.Text.Json;
using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// The article a page describes in schema.org JSON-LD (&lt;script type="application/ld+json"&gt;): the first
/// object of an article type, looked for in arrays and @graph. Broken JSON, common on real pages, is skipped.
/// </summary>
internal sealed class JsonLdArticle
{
    // Largest script parsed; bigger ones are state dumps of script frameworks, not metadata.
    private const int MaxScriptLength = 2_000_000;
    private const int MaxDepth = 16;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting", "SatiricalArticle", "Recipe",
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public string? Headline { get; private init; }
    public string? Body { get; private init; }
    public string? Description { get; private init; }
    public IReadOnlyList<string> Authors { get; private init; } = [];
    public string? Published { get; private init; }
    public string? Modified { get; private init; }
    public string? Publisher { get; private init; }
    public string? Url { get; private init; }
    public string? Language { get; private init; }

    /// <summary>The first article described by the ld+json scripts of the head and <paramref name="bodyScripts"/>.</summary>
    public static JsonLdArticle? Find(IElement? head, IEnumerable<IElement> bodyScripts)
    {
        var headScripts = head?.Children.Where(e => e.LocalName == "script" && e.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) ?? [];
        foreach (var script in headScripts.Concat(bodyScripts))
        {
            string text = script.TextContent;
            if (text.Length > MaxScriptLength) continue;
            try
            {
                using var json = JsonDocument.Parse(text.Trim().TrimEnd(';'), Options);
                if (FindArticle(json.RootElement, 0) is { } article) return From(article);
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often invalid; the page has other metadata.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > MaxDepth) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticleType(element)) return element;
        if (element.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main)) return FindArticle(main, depth + 1);
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(type.GetString()!);
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)) return true;
        return false;
    }

    private static JsonLdArticle From(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        Body = Text(article, "articleBody") ?? Text(article, "text"),
        Description = Text(article, "description"),
        Authors = Names(article, "author"),
        Published = Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Modified = Text(article, "dateModified"),
        Publisher = Names(article, "publisher") is [var first, ..] ? first : null,
        Url = Text(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id") : null),
        Language = Text(article, "inLanguage"),
    };

    private static string? Text(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0) value = value[0];
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;
    }

    /// <summary>Names from a string, an object with "name", or an array of either.</summary>
    private static string[] Names(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) return [];
        var names = new List<string>();
        void Add(JsonElement item)
        {
            string? name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name)) names.Add(name.Trim());
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray()) Add(item);
        }
        else
        {
            Add(value);
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }
}

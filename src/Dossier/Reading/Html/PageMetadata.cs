using AngleSharp.Dom;
using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>Metadata of a page: title, authors, dates, site, canonical URL and language.</summary>
internal static class PageMetadata
{
    public static DocumentMetadata Read(IDocument document, DocumentMetadata known)
    {
        string? title = Meta(document, "og:title") ?? document.Title;
        return known with { Title = known.Title ?? Clean(title) };
    }

    private static string? Meta(IDocument document, string property)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
        {
            if (string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), property, StringComparison.OrdinalIgnoreCase))
                return meta.GetAttribute("content");
        }
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

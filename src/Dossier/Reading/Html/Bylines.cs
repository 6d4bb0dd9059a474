using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>Finds the byline in the markup (rel=author, itemprop=author, "byline" and "author" elements) and splits it into names.</summary>
internal static partial class Bylines
{
    // A byline is a line; a longer "author" element is an author biography.
    private const int MaxBylineLength = 100;

    public static string? FindInMarkup(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[rel~=author], [itemprop~=author], [class*=byline], [class*=author], [id*=byline]"))
        {
            if (element.LocalName is "link" or "meta" or "body" or "html" or "article") continue;
            string? text = PageMetadata.Clean(element.TextContent);
            if (text is null || text.Length > MaxBylineLength || !text.Any(char.IsLetter) || InComments(element)) continue;
            return text;
        }
        return null;
    }

    private static bool InComments(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if ((ClassNameHints.FromName((e.ClassName ?? "") + " " + (e.Id ?? "")) & ElementHints.Comments) != 0) return true;
        return false;
    }

    /// <summary>"By Jane Doe" → "Jane Doe" (also "Von", "Por", "Par", "Di", "Door", "Author:").</summary>
    public static string StripLabel(string byline) => Label().Replace(byline.Trim(), "").Trim();

    /// <summary>Splits "Jane Doe and John Roe, Reuters" style lists; drops empty parts and agencies written in capitals.</summary>
    public static IEnumerable<string> SplitAuthors(string names) =>
        Separator().Split(names).Select(n => n.Trim().Trim('.', ',', ';', ':', '|')).Where(n => n.Length > 1 && n.Any(char.IsLetter)).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^(by|von|por|par|di|door|autor|author|text|written by|reporting by|geschrieben von|verfasst von)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*(?:,|;|\||&|\band\b|\bund\b|\by\b|\bet\b)\s*")]
    private static partial Regex Separator();
}

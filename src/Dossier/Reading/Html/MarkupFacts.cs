using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// What the walk over the page body notices for the metadata, so that no second pass over the DOM is needed:
/// structured-data scripts, meta tags placed in the body, &lt;time&gt; elements, the byline and the headings that may be the title.
/// </summary>
internal sealed class MarkupFacts
{
    // A byline is a line; a longer "author" element is an author biography.
    private const int MaxBylineLength = 100;
    // Byline elements kept; the first often holds only a label ("Posted on"), the name comes next.
    private const int MaxBylines = 5;

    private readonly ClassNameMemo _classNames;

    public MarkupFacts(ClassNameMemo? classNames = null)
    {
        _classNames = classNames ?? new ClassNameMemo();
    }

    public List<IElement> JsonLdScripts { get; } = [];
    public List<IElement> Metas { get; } = [];
    public List<TimeStamp> Times { get; } = [];
    public List<HeadingText> Headings { get; } = [];
    /// <summary>Texts of the first few byline elements ("author", "byline", rel=author) outside comments, in page order.</summary>
    public List<string> Bylines { get; } = [];

    /// <summary>A &lt;time datetime&gt;; dates inside comments or furniture are never the article's.</summary>
    public readonly record struct TimeStamp(string DateTime, bool MarkedPublished, bool InCommentsOrFurniture);

    /// <summary>The text of an &lt;h1&gt; (or of the first &lt;h2&gt; of an article) and whether it sits in &lt;article&gt; or &lt;main&gt;.</summary>
    public readonly record struct HeadingText(string Text, bool InArticle, int Level);

    /// <summary>Looks at an element the walk skips as content (scripts, meta tags).</summary>
    public void NoteSkipped(IElement element, string tag)
    {
        if (tag == "script" && element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) JsonLdScripts.Add(element);
        else if (tag == "meta") Metas.Add(element);
    }

    /// <summary>Looks at an element the walk enters.</summary>
    public void Note(IElement element, string tag, bool inCommentsOrFurniture, bool inArticle)
    {
        if (tag == "time")
        {
            if (element.GetAttribute("datetime") is { Length: > 0 } datetime)
                Times.Add(new TimeStamp(datetime, element.HasAttribute("pubdate") || element.GetAttribute("itemprop") == "datePublished", inCommentsOrFurniture));
        }
        else if (tag == "h1" || (tag == "h2" && inArticle && !Headings.Any(h => h.Level == 2)))
        {
            if (PageMetadata.Clean(element.TextContent) is { Length: > 2 and < 400 } text) Headings.Add(new HeadingText(text, inArticle, tag == "h1" ? 1 : 2));
        }
        if (Bylines.Count < MaxBylines && !inCommentsOrFurniture && IsBylineElement(element, tag)
            && PageMetadata.Clean(element.TextContent) is { Length: <= MaxBylineLength } byline && byline.Any(char.IsLetter))
        {
            Bylines.Add(byline);
        }
    }

    private bool IsBylineElement(IElement element, string tag)
    {
        if (tag is "article" or "body" or "html") return false;
        if (element.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("author", StringComparison.Ordinal)) return true;
        if (element.ClassName is { } names && _classNames.NamesByline(names)) return true;
        return element.Id is { } id && id.Contains("byline", StringComparison.OrdinalIgnoreCase);
    }
}

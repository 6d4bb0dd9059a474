using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>
/// Turns a decoded web page into an article: metadata from the head and structured data, the body from
/// the page's main content, what was left out as removed blocks. The cascade:
/// (1) parse; (2) cut the body into blocks; (3) metadata; (4) choose the article container; (5) judge its
/// blocks and find the lead; (6) write the body with offsets into the decoded HTML.
/// </summary>
internal static class HtmlArticleExtractor
{
    // The parser keeps start-tag positions so the body can be mapped back into the source, and only the attributes the reader reads.
    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = true, ShouldEmitAttribute = ParsedAttributes.ShouldEmit };

    // AngleSharp's attribute observers keep derived state up to date as attributes are set (class lists, link
    // relations with their parsed URLs, the base URL); the reader reads attribute values only, so they are left out.
    private static readonly IConfiguration ParserConfiguration = Configuration.Default.Without<IAttributeObserver>();

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static HtmlExtraction Extract(string html, DocumentMetadata known)
    {
        // 1. Parse.
        t_parser ??= new HtmlParser(ParserOptions, BrowsingContext.New(ParserConfiguration));
        using var document = t_parser.ParseDocument(html);

        // 2. Blocks (the walk also collects what the metadata needs from the body).
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null) return HtmlExtraction.NoArticle(html, PageMetadata.Read(document, new MarkupFacts(), known), "the page has no body");
        var page = PageModel.Build(root);

        // 3. Metadata.
        var metadata = PageMetadata.Read(document, page.Facts, known);
        if (page.Blocks.Count == 0) return HtmlExtraction.NoArticle(html, DatedByUrl(metadata), "the page has no text");

        // 4. Container.
        var selector = new ContentSelector(page);
        int container = selector.ChooseContainer();
        if (container < 0) return HtmlExtraction.NoArticle(html, DatedByUrl(metadata), "the page has no paragraph of prose (only links, labels and menus)");

        // 5. Verdicts on its blocks, and the lead before it.
        var article = ArticleVerdicts.Decide(page, selector, container, metadata.Title);
        metadata = DatedByUrl(metadata with { Published = metadata.Published ?? Datelines.Find(page, article.Container, article.Verdicts) });

        // 6. Body.
        var body = BodyWriter.Write(html, page, article, metadata);
        if (body.Text.Length == 0) return HtmlExtraction.NoArticle(html, metadata, "everything in the article container was boilerplate");
        var language = metadata.Language ?? LanguageGuesser.Guess(body.Text);
        if (language != metadata.Language) body = new Model.Document(body.Text, metadata with { Language = language }, body.SourceMap, body.Paragraphs, body.Removed);
        return new HtmlExtraction(body, null);
    }

    // The URL's date is the last resort, after metadata, <time> and the printed date line.
    private static DocumentMetadata DatedByUrl(DocumentMetadata metadata) =>
        metadata.Published is null ? metadata with { Published = PageMetadata.UrlDate(metadata.Url) } : metadata;
}

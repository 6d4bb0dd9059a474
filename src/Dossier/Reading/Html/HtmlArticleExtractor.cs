using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>
/// Turns a decoded web page into an article: metadata from the head and structured data, the body from
/// the page's main content, what was left out as removed blocks. The cascade:
/// (1) parse; (2) metadata; (3) cut the page into blocks; (4) choose the article container and judge its
/// blocks; (5) write the body with offsets into the decoded HTML.
/// </summary>
internal static class HtmlArticleExtractor
{
    // The parser keeps start-tag positions so the body can be mapped back into the source.
    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = true };

    // A block this long (not a label or a date) ends the part of the container where an <h1> is the title.
    private const int MinProseLength = 70;

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static HtmlExtraction Extract(string html, DocumentMetadata known)
    {
        // 1. Parse.
        t_parser ??= new HtmlParser(ParserOptions);
        using var document = t_parser.ParseDocument(html);

        // 2. Blocks (the walk also collects what the metadata needs from the body).
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null) return HtmlExtraction.NoArticle(html, PageMetadata.Read(document, new MarkupFacts(), known), "the page has no body");
        var page = PageModel.Build(root);

        // 3. Metadata.
        var metadata = PageMetadata.Read(document, page.Facts, known);
        if (page.Blocks.Count == 0) return HtmlExtraction.NoArticle(html, metadata, "the page has no text");

        // 4. Container and verdicts.
        var selector = new ContentSelector(page);
        int container = selector.ChooseContainer();
        if (container < 0) return HtmlExtraction.NoArticle(html, metadata, "the page has no paragraph of prose (only links, labels and menus)");
        var containerElement = page.Elements[container];

        // 5. Body.
        var builder = new CleanTextBuilder();
        var sink = new AlignedSink(builder, new SourceAligner(html));
        var removed = new List<RemovedBlock>();
        var blocks = page.Blocks;
        var verdicts = new BlockVerdict[containerElement.BlockCount];
        bool beforeProse = true;
        for (int i = 0; i < verdicts.Length; i++)
        {
            int b = containerElement.FirstBlock + i;
            verdicts[i] = selector.Judge(b, container);
            if (verdicts[i] == BlockVerdict.Content && TitleMatch.IsTitle(page, blocks[b], metadata.Title, beforeProse)) verdicts[i] = BlockVerdict.Title;
            beforeProse &= !(verdicts[i] == BlockVerdict.Content && blocks[b].Length >= MinProseLength);
        }
        ContextRevision.Revise(page, containerElement, verdicts);
        ContextRevision.EndWithArticleBody(page, containerElement, verdicts);
        foreach (int b in selector.LeadBlocks(container))
        {
            if (TitleMatch.IsTitle(page, blocks[b], metadata.Title, beforeProse: true)) continue;
            BlockText.Render(page.RunsOf(blocks[b]), blocks[b].Kind == BlockKind.Preformatted, sink);
            builder.EndParagraph();
        }
        for (int i = 0; i < verdicts.Length; i++)
        {
            var block = blocks[containerElement.FirstBlock + i];
            if (verdicts[i] != BlockVerdict.Content)
            {
                removed.Add(new RemovedBlock(default, KindOf(verdicts[i]), block.Text));
                continue;
            }
            BlockText.Render(page.RunsOf(block), block.Kind == BlockKind.Preformatted, sink);
            builder.EndParagraph();
        }
        metadata = metadata with { Published = metadata.Published ?? Datelines.Find(page, containerElement, verdicts) ?? PageMetadata.UrlDate(metadata.Url) };
        if (builder.Length == 0) return HtmlExtraction.NoArticle(html, metadata, "everything in the article container was boilerplate");
        var body = builder.Build(metadata, removed);
        var language = metadata.Language ?? LanguageGuesser.Guess(body.Text);
        if (language != metadata.Language) body = new Model.Document(body.Text, metadata with { Language = language }, body.SourceMap, body.Paragraphs, removed);
        return new HtmlExtraction(body, null);
    }

    private static BoilerplateKind KindOf(BlockVerdict verdict) => verdict switch
    {
        BlockVerdict.Caption => BoilerplateKind.PhotoCaption,
        BlockVerdict.Byline => BoilerplateKind.Byline,
        BlockVerdict.Links => BoilerplateKind.RelatedLinks,
        BlockVerdict.Prompt => BoilerplateKind.Prompt,
        BlockVerdict.Title => BoilerplateKind.Headline,
        _ => BoilerplateKind.Other,
    };
}

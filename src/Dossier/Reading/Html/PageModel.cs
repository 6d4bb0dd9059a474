using System.Text;
using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// The page cut into paragraphs (<see cref="Blocks"/>, in document order) and the block-level elements
/// that hold them (<see cref="Elements"/>, parents before children). Scripts, styles, forms controls,
/// embedded media and hidden elements are left out here, before anything is scored.
/// </summary>
internal sealed class PageModel
{
    // Deeper nesting than this is not a layout but a broken or hostile page; its deeper content is ignored
    // (and the walk stays far from the stack limit).
    private const int MaxDepth = 256;
    // Elements visited at most; a page with more is cut off rather than allowed to take seconds.
    private const int MaxElements = 200_000;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "video", "audio", "canvas", "map",
        "select", "option", "datalist", "button", "textarea", "input", "head", "title", "meta", "link", "img", "picture", "source",
        "track", "param", "frame", "frameset", "noframes", "applet", "dialog", "rt", "rp",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "caption", "legend", "listing", "xmp", "plaintext",
    };

    private readonly List<PageElement> _elements = [];
    private readonly List<TextBlock> _blocks = [];
    private readonly List<TextRun> _runs = [];      // every block's runs, one after the other
    private int _openRuns;                          // start of the runs of the block being collected
    private readonly StringBuilder _text = new();
    private int _visited;

    private readonly ClassNameMemo _classNames = new();

    private PageModel()
    {
        Facts = new MarkupFacts(_classNames);
    }

    public IReadOnlyList<PageElement> Elements => _elements;
    public IReadOnlyList<TextBlock> Blocks => _blocks;
    public MarkupFacts Facts { get; }

    /// <summary>The text runs <paramref name="block"/> is made of.</summary>
    public ReadOnlySpan<TextRun> RunsOf(TextBlock block) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_runs).Slice(block.FirstRun, block.RunCount);

    public static PageModel Build(IElement root)
    {
        var model = new PageModel();
        var context = new Context(-1, BlockKind.Paragraph, InLink: false, Preformatted: false, InCommentsOrFurniture: false, InArticle: false);
        model.VisitElement(root, -1, 0, context);
        return model;
    }

    private readonly record struct Context(int Owner, BlockKind Kind, bool InLink, bool Preformatted, bool InCommentsOrFurniture, bool InArticle);

    private void VisitElement(IElement element, int parent, int depth, Context context)
    {
        string tag = element.LocalName;
        Facts.Note(element, tag, context.InCommentsOrFurniture, context.InArticle);
        bool blockLevel = BlockLevel.Contains(tag);
        if (!blockLevel)
        {
            VisitChildren(element, parent, depth, context with { InLink = context.InLink || tag == "a" });
            return;
        }
        Flush(context);
        int index = _elements.Count;
        var hints = ClassNameHints.For(element, tag, _classNames);
        var info = new PageElement(index, element, tag, parent, depth, hints, isBlockLevel: true) { FirstBlock = _blocks.Count };
        _elements.Add(info);
        var inner = context with
        {
            Owner = index,
            Kind = KindFor(tag, context.Kind),
            Preformatted = context.Preformatted || tag is "pre" or "listing" or "xmp",
            InCommentsOrFurniture = context.InCommentsOrFurniture || (hints & (ElementHints.Comments | ElementHints.FurnitureTag)) != 0,
            InArticle = context.InArticle || (hints & ElementHints.ArticleTag) != 0,
        };
        VisitChildren(element, index, depth, inner);
        Flush(inner);
        info.EndBlock = _blocks.Count;
    }

    private void VisitChildren(IElement element, int parent, int depth, Context context)
    {
        if (depth >= MaxDepth) return;
        // Indexing the child list is constant time; NextSibling searches the parent's children.
        var children = element.ChildNodes;
        for (int c = 0; c < children.Length; c++)
        {
            var child = children[c];
            if (++_visited > MaxElements) return;
            if (child is IText text)
            {
                if (text.Data.Length > 0) _runs.Add(new TextRun(text, 0, text.Data.Length, context.InLink));
            }
            else if (child is IElement childElement)
            {
                string tag = childElement.LocalName;
                if (tag == "br")
                {
                    if (context.Preformatted) continue;
                    Flush(context);
                }
                else if (tag == "hr")
                {
                    Flush(context);
                }
                else if (Skipped.Contains(tag))
                {
                    Facts.NoteSkipped(childElement, tag);
                }
                else if (!IsHidden(childElement))
                {
                    VisitElement(childElement, parent, depth + 1, context);
                }
            }
        }
    }

    private static BlockKind KindFor(string tag, BlockKind inherited) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => inherited == BlockKind.Quote ? BlockKind.Quote : BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" or "listing" or "xmp" => BlockKind.Preformatted,
        "td" or "th" => BlockKind.TableCell,
        "figcaption" or "caption" => BlockKind.Caption,
        _ => inherited is BlockKind.Quote or BlockKind.ListItem or BlockKind.TableCell or BlockKind.Caption ? inherited : BlockKind.Paragraph,
    };

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        string? style = element.GetAttribute("style");
        if (style is null || style.Length < 12) return false;
        var s = style.AsSpan();
        return ContainsDeclaration(s, "display", "none") || ContainsDeclaration(s, "visibility", "hidden");
    }

    // "display:none", "display : none" in any case.
    private static bool ContainsDeclaration(ReadOnlySpan<char> style, string property, string value)
    {
        int at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var rest = style[(at + property.Length)..].TrimStart();
        if (rest.IsEmpty || rest[0] != ':') return false;
        return rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }

    private void Flush(Context context)
    {
        int count = _runs.Count - _openRuns;
        if (count == 0) return;
        var sink = new StringSink(_text.Clear());
        BlockText.Render(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_runs).Slice(_openRuns, count), context.Preformatted, sink);
        if (_text.Length > 0 && context.Owner >= 0)
        {
            _blocks.Add(new TextBlock(_text.ToString(), context.Owner, context.Kind, sink.LinkLength, _openRuns, count));
            _openRuns = _runs.Count;
        }
        else
        {
            _runs.RemoveRange(_openRuns, count); // white space only: nothing to keep
        }
    }

    private sealed class StringSink(StringBuilder text) : IBlockTextSink
    {
        public int LinkLength { get; private set; }

        public void Verbatim(IText node, int start, int length, bool inLink)
        {
            text.Append(node.Data, start, length);
            if (inLink) LinkLength += length;
        }

        public void Space(IText node, int start, bool single, bool inLink)
        {
            text.Append(' ');
            if (inLink) LinkLength++;
        }
    }
}

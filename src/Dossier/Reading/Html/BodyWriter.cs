using AngleSharp.Dom;
using Dossier.Model;

namespace Dossier.Reading.Html;

/// <summary>
/// Writes the chosen blocks as the document's body, one paragraph each, with the offset map into the decoded
/// HTML, and the blocks left out as removed blocks with their source spans.
/// </summary>
internal static class BodyWriter
{
    public static Model.Document Write(string html, PageModel page, ArticleVerdicts article, DocumentMetadata metadata)
    {
        var builder = new CleanTextBuilder();
        var aligner = new SourceAligner(html);
        var sink = new AlignedSink(builder, aligner);
        foreach (int b in article.Kept())
        {
            var block = page.Blocks[b];
            BlockText.Render(page.RunsOf(block), block.Kind == BlockKind.Preformatted, sink);
            builder.EndParagraph();
        }
        // The aligner searches forward from the last node it found; the left-out blocks lie between the kept ones,
        // so they get an aligner of their own (one that started behind them would scan far ahead in vain).
        var removedAligner = new SourceAligner(html);
        var removed = new List<RemovedBlock>();
        foreach (var (b, verdict) in article.LeftOut())
        {
            var block = page.Blocks[b];
            removed.Add(new RemovedBlock(SourceSpan(page, block, removedAligner), KindOf(verdict), block.Text));
        }
        return builder.Build(metadata, removed);
    }

    /// <summary>From the first to the last character of the block that could be found in the source.</summary>
    private static TextSpan SourceSpan(PageModel page, TextBlock block, SourceAligner aligner)
    {
        var spans = new SpanSink(aligner);
        BlockText.Render(page.RunsOf(block), block.Kind == BlockKind.Preformatted, spans);
        return spans.Start < 0 ? default : new TextSpan(spans.Start, spans.End);
    }

    private static BoilerplateKind KindOf(BlockVerdict verdict) => verdict switch
    {
        BlockVerdict.Caption => BoilerplateKind.PhotoCaption,
        BlockVerdict.Byline => BoilerplateKind.Byline,
        BlockVerdict.Links => BoilerplateKind.RelatedLinks,
        BlockVerdict.Prompt => BoilerplateKind.Prompt,
        BlockVerdict.Title => BoilerplateKind.Headline,
        BlockVerdict.Furniture => BoilerplateKind.Navigation,
        _ => BoilerplateKind.Other,
    };

    /// <summary>Records the source range a block's verbatim characters cover.</summary>
    private sealed class SpanSink(SourceAligner aligner) : IBlockTextSink
    {
        public int Start { get; private set; } = -1;
        public int End { get; private set; } = -1;

        public void Verbatim(IText node, int start, int length, bool inLink)
        {
            if (aligner.Align(node) is not { } map) return;
            for (int i = start; i < start + length; i++)
            {
                int at = map[i] >= 0 ? map[i] : ~map[i];
                if (Start < 0 || at < Start) Start = at;
                End = Math.Max(End, at + 1);
            }
        }

        public void Space(IText node, int start, bool single, bool inLink)
        {
        }
    }
}

namespace Dossier.Reading.Html;

/// <summary>
/// The verdict on every block of the article container, and the lead blocks found before it. Stages:
/// (1) each block alone: furniture, caption, byline, link list, prompt, title, or content;
/// (2) short blocks by their context; (3) the article ends with the element named as its body; (4) appeals to the
/// reader at its end are left out.
/// </summary>
internal sealed class ArticleVerdicts
{
    // A block this long (not a label or a date) ends the part of the container where an <h1> is the title.
    private const int MinProseLength = 70;

    private ArticleVerdicts(PageElement container, BlockVerdict[] verdicts, IReadOnlyList<int> lead)
    {
        Container = container;
        Verdicts = verdicts;
        Lead = lead;
    }

    public PageElement Container { get; }
    /// <summary>Verdicts indexed from the container's first block.</summary>
    public BlockVerdict[] Verdicts { get; }
    /// <summary>Blocks before the container that open the article (a standfirst in the article header).</summary>
    public IReadOnlyList<int> Lead { get; }

    public static ArticleVerdicts Decide(PageModel page, ContentSelector selector, int container, string? title)
    {
        var element = page.Elements[container];
        var blocks = page.Blocks;
        var verdicts = new BlockVerdict[element.BlockCount];
        bool beforeProse = true;
        for (int i = 0; i < verdicts.Length; i++)
        {
            int b = element.FirstBlock + i;
            verdicts[i] = selector.Judge(b, container);
            if (verdicts[i] == BlockVerdict.Content && TitleMatch.IsTitle(page, blocks[b], title, beforeProse)) verdicts[i] = BlockVerdict.Title;
            beforeProse &= !(verdicts[i] == BlockVerdict.Content && blocks[b].Length >= MinProseLength);
        }
        ContextRevision.Revise(page, element, verdicts);
        ContextRevision.EndWithArticleBody(page, element, verdicts);
        TailAppeals.Revise(page, element, verdicts);
        var lead = selector.LeadBlocks(container).Where(b => !TitleMatch.IsTitle(page, blocks[b], title, beforeProse: true)).ToList();
        return new ArticleVerdicts(element, verdicts, lead);
    }

    /// <summary>The blocks of the body in page order.</summary>
    public IEnumerable<int> Kept()
    {
        foreach (int b in Lead) yield return b;
        for (int i = 0; i < Verdicts.Length; i++)
            if (Verdicts[i] == BlockVerdict.Content) yield return Container.FirstBlock + i;
    }

    /// <summary>The blocks of the container left out, with their verdicts.</summary>
    public IEnumerable<(int Block, BlockVerdict Verdict)> LeftOut()
    {
        for (int i = 0; i < Verdicts.Length; i++)
            if (Verdicts[i] != BlockVerdict.Content) yield return (Container.FirstBlock + i, Verdicts[i]);
    }
}

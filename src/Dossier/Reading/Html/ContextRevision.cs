namespace Dossier.Reading.Html;

/// <summary>
/// Decides the short blocks of the article container by their neighbours (after jusText's context-sensitive
/// stage): a subhead belongs to the article when prose follows it, a short line (a list item, a sign-off, an
/// address) when it stands in the same flow of text as the prose next to it. Short lines in boxes of their
/// own ("More on this topic", a date, "Comments") are left out.
/// </summary>
internal static class ContextRevision
{
    // A block this long, with few links, is article prose on its own; shorter ones are judged by context.
    private const int GoodLength = 90;
    private const double MaxGoodLinkDensity = 0.3;
    // Share of the container's prose an element named as the article body must hold to mark the article's end.
    private const double MinArticleBodyShare = 0.7;

    // Elements that structure running text; a short block reached from the prose only through these is in its flow.
    private static readonly HashSet<string> FlowTags = new(StringComparer.Ordinal)
    {
        "p", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tbody", "thead",
        "tfoot", "tr", "td", "th", "center", "address", "details", "summary",
    };

    // Transparent blocks (the title, a byline, a caption) sit inside articles; context looks past them.
    private enum Class : byte { Good, Bad, Short, Transparent }

    /// <summary>Revises <paramref name="verdicts"/> (indexed from the container's first block) in place.</summary>
    public static void Revise(PageModel page, PageElement container, BlockVerdict[] verdicts)
    {
        int first = container.FirstBlock, count = verdicts.Length;
        var classes = new Class[count];
        for (int i = 0; i < count; i++)
        {
            var block = page.Blocks[first + i];
            classes[i] = verdicts[i] is BlockVerdict.Title or BlockVerdict.Byline or BlockVerdict.Caption ? Class.Transparent
                : verdicts[i] != BlockVerdict.Content ? Class.Bad
                : block.Length >= GoodLength && block.LinkDensity < MaxGoodLinkDensity ? Class.Good
                : Class.Short;
        }
        // Without a single block of prose there is no context to judge by: keep what the container holds.
        int firstGood = Array.IndexOf(classes, Class.Good), lastGood = Array.LastIndexOf(classes, Class.Good);
        if (firstGood < 0) return;
        for (int i = 0; i < count; i++)
        {
            if (classes[i] != Class.Short) continue;
            int previous = i - 1, next = i + 1;
            while (previous >= 0 && classes[previous] is Class.Short or Class.Transparent) previous--;
            while (next < count && classes[next] is Class.Short or Class.Transparent) next++;
            bool previousGood = previous >= 0 && classes[previous] == Class.Good;
            bool nextGood = next < count && classes[next] == Class.Good;
            var block = page.Blocks[first + i];
            bool keep = block.Kind == BlockKind.Heading
                ? nextGood
                : (previousGood && nextGood)
                  || (previousGood && InFlow(page, block.Owner, page.Blocks[first + previous].Owner))
                  || (nextGood && InFlow(page, block.Owner, page.Blocks[first + next].Owner))
                  || (block.Kind is BlockKind.ListItem or BlockKind.TableCell && block.LinkLength == 0);
            if (!keep) verdicts[i] = BlockVerdict.Context;
        }
    }

    /// <summary>
    /// When the container holds an element named as the article body (itemprop=articleBody, "entry-content") with
    /// most of its prose, the article ends where that element ends: what follows inside the container is the
    /// article's furniture (tags, author boxes, teasers), named or not.
    /// </summary>
    public static void EndWithArticleBody(PageModel page, PageElement container, BlockVerdict[] verdicts)
    {
        int first = container.FirstBlock;
        double total = GoodMass(page, verdicts, first, first, container.EndBlock);
        if (total == 0) return;
        int end = -1;
        double best = 0;
        var elements = page.Elements;
        for (int e = container.Index + 1; e < elements.Count && elements[e].FirstBlock < container.EndBlock; e++)
        {
            if (!elements[e].Has(ElementHints.ArticleBody)) continue;
            double mass = GoodMass(page, verdicts, first, elements[e].FirstBlock, elements[e].EndBlock);
            if (mass > best)
            {
                best = mass;
                end = elements[e].EndBlock;
            }
        }
        if (best < MinArticleBodyShare * total) return;
        for (int b = end; b < container.EndBlock; b++)
            if (verdicts[b - first] == BlockVerdict.Content) verdicts[b - first] = BlockVerdict.AfterBody;
    }

    private static double GoodMass(PageModel page, BlockVerdict[] verdicts, int first, int from, int to)
    {
        double mass = 0;
        for (int b = from; b < to; b++)
            if (verdicts[b - first] == BlockVerdict.Content && page.Blocks[b].Length >= GoodLength) mass += page.Blocks[b].Length;
        return mass;
    }

    /// <summary>
    /// Whether <paramref name="shortOwner"/> sits in the same flow of text as the prose block held by <paramref name="proseOwner"/>:
    /// their common ancestor is the prose block's parent (or the prose block), and nothing but text structure lies between.
    /// </summary>
    private static bool InFlow(PageModel page, int shortOwner, int proseOwner)
    {
        var elements = page.Elements;
        int flowParent = elements[proseOwner].Parent;
        // Sibling paragraphs made of the same element ("<div>" after "<div>") are one flow whatever the tag.
        if (elements[shortOwner].Parent == flowParent && elements[shortOwner].Tag == elements[proseOwner].Tag) return true;
        for (int e = shortOwner; e >= 0; e = elements[e].Parent)
        {
            if (e == flowParent || e == proseOwner) return true;
            if (!FlowTags.Contains(elements[e].Tag)) return false;
        }
        return false;
    }
}

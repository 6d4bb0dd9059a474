namespace Dossier.Reading.Html;

/// <summary>
/// Chooses the article's paragraphs among a page's blocks. Stages:
/// (1) weigh each block: prose counts for it, link lists and furniture against it;
/// (2) pick the container element whose blocks weigh most (the tightest one on ties), helped by names
///     such as itemprop=articleBody and &lt;article&gt;;
/// (3) inside it, drop what is furniture after all: captions, bylines, share bars, link lists, prompts.
/// </summary>
internal sealed class ContentSelector
{
    // Shortest block that counts as prose; shorter ones are labels, buttons, dates.
    private const int MinProseLength = 25;
    // Link density above which a block is navigation or a list of links, not prose.
    private const double MaxProseLinkDensity = 0.33;
    // Link density at or above which a block inside the article is still dropped as a link list.
    private const double MaxKeptLinkDensity = 0.5;
    // How strongly text of furniture (link lists, boilerplate-named sections) counts against a container.
    private const double FurniturePenalty = 1.0;
    // A boilerplate-named element holding more than this share of the page's prose is a page wrapper
    // with an unlucky class ("has-sidebar", "comments-open"), not furniture.
    private const double WrapperProseShare = 0.6;
    // An element named like furniture holds article text when it has this much prose, few links, and mostly prose.
    private const int MinArticleProse = 400;
    private const double MaxArticleLinkDensity = 0.25;
    private const double MinArticleProseShare = 0.6;
    // Prose inside furniture still counts a little, so that an article in a badly named box beats having no article.
    private const double FurnitureProseFactor = 0.2;
    // The lead is looked for at most this many levels above the container, in ancestors scoring at least this share of it.
    private const int MaxLeadClimb = 4;
    private const double LeadAncestorScoreShare = 0.8;
    // An unnamed paragraph before the container is taken for the lead only when it is this long.
    private const int MinLeadLength = 100;
    // Longest element whose caption or byline name is believed; longer ones hold article text (a "keep-reading" box).
    private const int MaxCaptionOrBylineLength = 1000;
    // Bonus factors for containers whose names or tags say "article body".
    private const double ArticleBodyBonus = 0.25;
    private const double ArticleTagBonus = 0.1;

    private readonly PageModel _page;
    private readonly double[] _weights;
    private readonly double[] _prose;      // prefix sums of positive weight, for prose mass of any block range
    private readonly double[] _text;       // prefix sums of text length
    private readonly double[] _links;      // prefix sums of link text length
    private readonly bool[] _furniture;    // element is effectively furniture (its names say so and it is not a wrapper)

    public ContentSelector(PageModel page)
    {
        _page = page;
        int blocks = page.Blocks.Count;
        _weights = new double[blocks];
        _prose = new double[blocks + 1];
        _text = new double[blocks + 1];
        _links = new double[blocks + 1];
        for (int b = 0; b < blocks; b++)
        {
            _weights[b] = Weigh(page.Blocks[b]);
            _prose[b + 1] = _prose[b] + Math.Max(0, _weights[b]);
            _text[b + 1] = _text[b] + page.Blocks[b].Length;
            _links[b + 1] = _links[b] + page.Blocks[b].LinkLength;
        }
        // An element that holds the article body is never furniture, whatever its names; children come after parents.
        var holdsBody = new bool[page.Elements.Count];
        for (int e = page.Elements.Count - 1; e >= 0; e--)
        {
            var element = page.Elements[e];
            if (element.Has(ElementHints.ArticleBody)) holdsBody[e] = true;
            if (holdsBody[e] && element.Parent >= 0) holdsBody[element.Parent] = true;
        }
        _furniture = new bool[page.Elements.Count];
        double total = _prose[blocks];
        for (int e = 0; e < page.Elements.Count; e++)
        {
            var element = page.Elements[e];
            if (!element.Has(ElementHints.Boilerplate | ElementHints.Comments | ElementHints.FurnitureTag) || holdsBody[e]) continue;
            if (element.Has(ElementHints.Lead) && !element.Has(ElementHints.Comments | ElementHints.FurnitureTag)) continue;
            // An <article> whose names also say "post" or "content" is the article, whatever else its classes mention.
            if (element.Has(ElementHints.ArticleTag) && element.Has(ElementHints.Positive) && !element.Has(ElementHints.Comments | ElementHints.FurnitureTag)) continue;
            _furniture[e] = !LooksLikeArticleText(element);
        }
    }

    public double TotalProse => _prose[^1];

    /// <summary>Container score of each element, after <see cref="ChooseContainer"/> (for diagnostics).</summary>
    internal double[] Scores { get; private set; } = [];

    private double ProseMass(PageElement element) => _prose[element.EndBlock] - _prose[element.FirstBlock];

    private double TextLength(PageElement element) => _text[element.EndBlock] - _text[element.FirstBlock];

    /// <summary>
    /// Whether an element named like furniture holds article text all the same: page builders call every box a
    /// "widget", and themes put the article in a "content-sidebar-wrap". Comment sections are prose too, so never.
    /// </summary>
    private bool LooksLikeArticleText(PageElement element)
    {
        if (element.Has(ElementHints.Comments)) return false;
        double prose = ProseMass(element);
        if (prose < MinArticleProse) return false;
        double text = _text[element.EndBlock] - _text[element.FirstBlock];
        double links = _links[element.EndBlock] - _links[element.FirstBlock];
        return links <= MaxArticleLinkDensity * text && prose >= MinArticleProseShare * text;
    }

    private static double Weigh(TextBlock block)
    {
        int length = block.Length;
        double density = block.LinkDensity;
        if (length >= MinProseLength && density < MaxProseLinkDensity) return length * (1 - density);
        if (density >= MaxKeptLinkDensity) return -length * density * FurniturePenalty;
        return 0;
    }

    /// <summary>Index of the element chosen as the article container, or -1 when the page has no prose.</summary>
    public int ChooseContainer()
    {
        var elements = _page.Elements;
        if (elements.Count == 0 || TotalProse == 0) return -1;
        // Sum block weights per element, furniture counting against; parents come before children, so
        // a reverse pass would also work, but ranges make it a direct sum.
        var underFurniture = new bool[elements.Count];
        for (int e = 0; e < elements.Count; e++)
        {
            int parent = elements[e].Parent;
            underFurniture[e] = _furniture[e] || (parent >= 0 && underFurniture[parent]);
        }
        // Prose mass per element (furniture prose counting little), then scaled by how free of links the element is.
        var score = new double[elements.Count];
        var blocks = _page.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            double w = _weights[b];
            if (w <= 0) continue;
            if (underFurniture[blocks[b].Owner]) w *= FurnitureProseFactor;
            for (int e = blocks[b].Owner; e >= 0; e = elements[e].Parent) score[e] += w;
        }
        for (int e = 0; e < elements.Count; e++)
        {
            double text = _text[elements[e].EndBlock] - _text[elements[e].FirstBlock];
            double links = _links[elements[e].EndBlock] - _links[elements[e].FirstBlock];
            if (text > 0) score[e] *= 1 - links / text;
        }
        int best = -1;
        double bestScore = 0;
        Scores = score;
        for (int e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            double bonus = element.Has(ElementHints.ArticleBody) ? ArticleBodyBonus : element.Has(ElementHints.ArticleTag) ? ArticleTagBonus : 0;
            double s = score[e] * (1 + bonus);
            score[e] = s;
            // ">=" keeps the later (deeper) of equal candidates: the tightest container.
            if (s >= bestScore && s > 0)
            {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /// <summary>
    /// Blocks of the article that come before its container: the lead or standfirst that templates put in the
    /// article header, outside the body element. They are looked for in the ancestors of the container that
    /// score nearly as well as it does (so hold little else), and must be prose or be named as a lead.
    /// </summary>
    public List<int> LeadBlocks(int container)
    {
        var lead = new List<int>();
        var elements = _page.Elements;
        int top = container;
        for (int e = elements[container].Parent, climbed = 1; e >= 0 && climbed <= MaxLeadClimb; e = elements[e].Parent, climbed++)
            if (Scores[e] >= LeadAncestorScoreShare * Scores[container]) top = e;
        if (top == container) return lead;
        for (int b = elements[top].FirstBlock; b < elements[container].FirstBlock; b++)
        {
            var block = _page.Blocks[b];
            if (Judge(b, top) != BlockVerdict.Content || block.LinkDensity >= MaxProseLinkDensity) continue;
            bool named = false;
            for (int e = block.Owner; e >= 0 && e != top; e = elements[e].Parent)
                named |= elements[e].Has(ElementHints.Lead);
            if (named ? block.Length >= MinProseLength : block.Length >= MinLeadLength && block.Kind != BlockKind.Heading) lead.Add(b);
        }
        return lead;
    }

    /// <summary>Whether block <paramref name="b"/> of container <paramref name="container"/> belongs to the article.</summary>
    public BlockVerdict Judge(int b, int container)
    {
        var block = _page.Blocks[b];
        var elements = _page.Elements;
        for (int e = block.Owner; e >= 0 && e != container; e = elements[e].Parent)
        {
            var element = elements[e];
            // Captions and bylines are short; a long element with such a name holds more than that.
            bool small = TextLength(element) <= MaxCaptionOrBylineLength;
            if (block.Kind == BlockKind.Caption || (small && element.Has(ElementHints.Caption))) return BlockVerdict.Caption;
            if (small && element.Has(ElementHints.Byline)) return BlockVerdict.Byline;
            if (_furniture[e]) return BlockVerdict.Furniture;
        }
        if (block.Kind == BlockKind.Caption) return BlockVerdict.Caption;
        if (block.LinkDensity >= MaxKeptLinkDensity) return BlockVerdict.Links;
        return BoilerplateText.Classify(block.Text) ?? BlockVerdict.Content;
    }
}

/// <summary>Why a block inside the article container is kept or left out.</summary>
internal enum BlockVerdict
{
    Content,
    Caption,
    Byline,
    Furniture,
    Links,
    Prompt,
    Title,
    /// <summary>A short block that neither prose nor the flow of the text around it vouches for.</summary>
    Context,
    /// <summary>After the end of the element named as the article body.</summary>
    AfterBody,
}

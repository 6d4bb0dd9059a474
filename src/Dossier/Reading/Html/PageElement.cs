using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>
/// One element of the page as the extractor sees it: its parent (index into <see cref="PageModel.Elements"/>),
/// what its names say, and the contiguous range of blocks it contains (blocks are made in document order).
/// </summary>
internal sealed class PageElement(int index, IElement element, string tag, int parent, int depth, ElementHints hints, bool isBlockLevel)
{
    /// <summary>Position in <see cref="PageModel.Elements"/>; children come after their parent.</summary>
    public int Index { get; } = index;
    public IElement Element { get; } = element;
    public string Tag { get; } = tag;
    public int Parent { get; } = parent;
    public int Depth { get; } = depth;
    public ElementHints Hints { get; } = hints;
    public bool IsBlockLevel { get; } = isBlockLevel;
    public int FirstBlock { get; set; }
    public int EndBlock { get; set; }

    public int BlockCount => EndBlock - FirstBlock;

    public bool Has(ElementHints hint) => (Hints & hint) != 0;
}

namespace Dossier.Reading.Html;

/// <summary>
/// A paragraph of the page's text: the white-space-collapsed text of a run of inline content between
/// block-level boundaries, the element that holds it, and the text nodes it is made of.
/// </summary>
internal sealed class TextBlock(string text, int owner, BlockKind kind, int linkLength, int firstRun, int runCount)
{
    /// <summary>The text with white space collapsed and trimmed, as it will appear in the body.</summary>
    public string Text { get; } = text;
    /// <summary>Index of the nearest block-level element holding the text.</summary>
    public int Owner { get; } = owner;
    public BlockKind Kind { get; } = kind;
    /// <summary>Characters of the text inside links.</summary>
    public int LinkLength { get; } = linkLength;
    /// <summary>Where the block's runs start in the page's run list (<see cref="PageModel.RunsOf"/>).</summary>
    public int FirstRun { get; } = firstRun;
    public int RunCount { get; } = runCount;

    public int Length => Text.Length;
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, LinkLength / (double)Text.Length);
}

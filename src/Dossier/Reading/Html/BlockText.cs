using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>Receives a block's text as <see cref="BlockText.Render"/> produces it.</summary>
internal interface IBlockTextSink
{
    /// <summary>Characters copied as they are from <paramref name="node"/>'s data.</summary>
    void Verbatim(IText node, int start, int length, bool inLink);

    /// <summary>One space standing for a run of white space; <paramref name="single"/> when the run was exactly one U+0020 at <paramref name="start"/> of <paramref name="node"/>.</summary>
    void Space(IText node, int start, bool single, bool inLink);
}

/// <summary>
/// How HTML text is rendered into a paragraph: runs of ASCII white space (space, tab, line breaks, form feed)
/// collapse to one space and the paragraph is trimmed; other characters, U+00A0 included, are kept as they are.
/// Preformatted text keeps its white space. One definition serves both the scoring text and the final body,
/// so the two always agree.
/// </summary>
internal static class BlockText
{
    public static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    public static void Render<TSink>(ReadOnlySpan<TextRun> runs, bool preformatted, TSink sink) where TSink : IBlockTextSink
    {
        bool started = false;
        // Pending white space, emitted only when more text follows (so the paragraph is trimmed).
        IText? spaceNode = null;
        int spaceStart = 0, spaceLength = 0;
        bool spaceWithinNode = false, spaceInLink = false;
        foreach (var run in runs)
        {
            string data = run.Node.Data;
            int end = Math.Min(run.Start + run.Length, data.Length);
            int i = run.Start;
            while (i < end)
            {
                if (IsCollapsible(data[i]))
                {
                    int j = i;
                    while (j < end && IsCollapsible(data[j])) j++;
                    if (started && spaceNode is null)
                    {
                        (spaceNode, spaceStart, spaceLength, spaceWithinNode, spaceInLink) = (run.Node, i, j - i, true, run.InLink);
                    }
                    else if (spaceNode is not null)
                    {
                        spaceWithinNode = false; // white space continued across nodes
                    }
                    i = j;
                    continue;
                }
                int k = i;
                while (k < end && !IsCollapsible(data[k])) k++;
                if (spaceNode is not null)
                {
                    if (preformatted && spaceWithinNode) sink.Verbatim(spaceNode, spaceStart, spaceLength, spaceInLink);
                    else sink.Space(spaceNode, spaceStart, spaceWithinNode && spaceLength == 1 && spaceNode.Data[spaceStart] == ' ', spaceInLink);
                    spaceNode = null;
                }
                sink.Verbatim(run.Node, i, k - i, run.InLink);
                started = true;
                i = k;
            }
        }
    }
}

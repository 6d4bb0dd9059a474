using AngleSharp.Dom;

namespace Dossier.Reading.Html;

/// <summary>Writes a block's text into the body, mapping each verbatim character back to its place in the decoded HTML.</summary>
internal sealed class AlignedSink(CleanTextBuilder builder, SourceAligner aligner) : IBlockTextSink
{
    public void Verbatim(IText node, int start, int length, bool inLink)
    {
        var map = aligner.Align(node);
        var data = node.Data.AsSpan();
        if (map is null)
        {
            builder.AppendInserted(data.Slice(start, length));
            return;
        }
        int i = start, end = start + length;
        while (i < end)
        {
            if (map[i] < 0)
            {
                builder.AppendInserted(data.Slice(i, 1));
                i++;
                continue;
            }
            // The longest stretch copied contiguously from the source.
            int j = i + 1;
            while (j < end && map[j] == map[j - 1] + 1) j++;
            builder.Append(data[i..j], map[i]);
            i = j;
        }
    }

    public void Space(IText node, int start, bool single, bool inLink)
    {
        if (single && aligner.Align(node) is { } map && map[start] >= 0)
            builder.Append(" ", map[start]);
        else
            builder.AppendInserted(" ");
    }
}

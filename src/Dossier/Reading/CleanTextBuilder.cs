using System.Text;
using Dossier.Model;

namespace Dossier.Reading;

/// <summary>
/// Assembles a document's clean text paragraph by paragraph from pieces of the source, recording the offset
/// map as it goes. Paragraphs are separated by a blank line ("\n\n"), which maps to no source characters.
/// Readers of every format use it, so every span can be shown in the original.
/// </summary>
public sealed class CleanTextBuilder
{
    private const string ParagraphSeparator = "\n\n";

    private readonly StringBuilder _text = new();
    private readonly OffsetMap.Builder _map = new();
    private readonly List<int> _paragraphStarts = [];
    private readonly List<int> _paragraphEnds = [];
    private int _paragraphStart = -1;

    /// <summary>Number of finished paragraphs.</summary>
    public int ParagraphCount => _paragraphStarts.Count;

    public int Length => _text.Length;

    /// <summary>Appends characters copied verbatim from source offset <paramref name="sourceStart"/>.</summary>
    public CleanTextBuilder Append(ReadOnlySpan<char> text, int sourceStart)
    {
        if (text.IsEmpty) return this;
        BeginParagraphIfNeeded();
        _text.Append(text);
        _map.Copied(sourceStart, text.Length);
        return this;
    }

    /// <summary>Appends characters that stand for something in the source without being copied from it (a decoded entity, a space for a tag).</summary>
    public CleanTextBuilder AppendInserted(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return this;
        BeginParagraphIfNeeded();
        _text.Append(text);
        _map.Inserted(text.Length);
        return this;
    }

    /// <summary>Adds <paramref name="source"/>[start, end) as one paragraph, trimmed of surrounding white space.</summary>
    public CleanTextBuilder AddParagraph(string source, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(source[start])) start++;
        while (end > start && char.IsWhiteSpace(source[end - 1])) end--;
        if (end <= start) return this;
        Append(source.AsSpan(start, end - start), start);
        return EndParagraph();
    }

    /// <summary>Ends the current paragraph (no-op when none is open).</summary>
    public CleanTextBuilder EndParagraph()
    {
        if (_paragraphStart < 0) return this;
        _paragraphStarts.Add(_paragraphStart);
        _paragraphEnds.Add(_text.Length);
        _paragraphStart = -1;
        return this;
    }

    public Document Build(DocumentMetadata metadata, IReadOnlyList<RemovedBlock>? removed = null)
    {
        EndParagraph();
        return new Document(_text.ToString(), metadata, _map.Build(), new ParagraphLayer([.. _paragraphStarts], [.. _paragraphEnds]), removed);
    }

    private void BeginParagraphIfNeeded()
    {
        if (_paragraphStart >= 0) return;
        if (_text.Length > 0)
        {
            _text.Append(ParagraphSeparator);
            _map.Inserted(ParagraphSeparator.Length);
        }
        _paragraphStart = _text.Length;
    }
}

namespace Dossier.Model;

/// <summary>Paragraph spans of the clean text, in order and not overlapping. Assigned by the reader.</summary>
public sealed class ParagraphLayer
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public ParagraphLayer(int[] starts, int[] ends)
    {
        if (starts.Length != ends.Length) throw new ArgumentException("Paragraph starts and ends differ in count.", nameof(ends));
        _starts = starts;
        _ends = ends;
    }

    public int Count => _starts.Length;
    public Paragraph this[int index] => new(this, index);
    public TextSpan SpanAt(int index) => new(_starts[index], _ends[index]);

    /// <summary>Index of the paragraph containing <paramref name="offset"/>, or -1 when it falls between paragraphs.</summary>
    public int IndexAt(int offset)
    {
        int i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        return i >= 0 && offset < _ends[i] ? i : -1;
    }

    public IEnumerable<Paragraph> All()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    /// <summary>Each non-blank line is a paragraph; surrounding white space is not part of it.</summary>
    public static ParagraphLayer FromLineBreaks(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            int s = lineStart, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                starts.Add(s);
                ends.Add(e);
            }
            lineStart = i + 1;
        }
        return new ParagraphLayer([.. starts], [.. ends]);
    }

    internal void Validate(int textLength)
    {
        int previousEnd = 0;
        for (int i = 0; i < _starts.Length; i++)
        {
            if (_starts[i] < previousEnd || _ends[i] < _starts[i] || _ends[i] > textLength)
                throw new ArgumentException($"Paragraph {i} [{_starts[i]}, {_ends[i]}) is out of order or outside the text.");
            previousEnd = _ends[i];
        }
    }
}

/// <summary>A view of one paragraph.</summary>
public readonly struct Paragraph(ParagraphLayer layer, int index)
{
    public int Index => index;
    public TextSpan Span => layer.SpanAt(index);
    public int Start => Span.Start;
    public int End => Span.End;
}

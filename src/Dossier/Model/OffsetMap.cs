namespace Dossier.Model;

/// <summary>
/// Maps offsets in a document's clean text back to UTF-16 offsets in the decoded source (BOM excluded).
/// The clean text is a sequence of verbatim slices of the source, possibly with separators inserted
/// between them (for example the blank line between two paragraphs that came from separate HTML elements).
/// Inserted characters map to the source position where the previous slice ended.
/// </summary>
public sealed class OffsetMap
{
    // Segment i copies source [SourceStarts[i], SourceStarts[i] + Lengths[i]) to clean [CleanStarts[i], ...).
    private readonly int[] _cleanStarts;
    private readonly int[] _sourceStarts;
    private readonly int[] _lengths;

    private OffsetMap(int[] cleanStarts, int[] sourceStarts, int[] lengths, int cleanLength)
    {
        _cleanStarts = cleanStarts;
        _sourceStarts = sourceStarts;
        _lengths = lengths;
        CleanLength = cleanLength;
    }

    /// <summary>Length of the clean text this map covers.</summary>
    public int CleanLength { get; }

    /// <summary>Number of verbatim source slices that make up the clean text.</summary>
    public int SegmentCount => _lengths.Length;

    /// <summary>The clean text is the source itself (plus <paramref name="sourceOffset"/>).</summary>
    public static OffsetMap Identity(int length, int sourceOffset = 0) =>
        new([0], [sourceOffset], [length], length);

    /// <summary>Source offset of the character at clean offset <paramref name="cleanOffset"/> (a span start).</summary>
    public int ToSourceStart(int cleanOffset)
    {
        if (_lengths.Length == 0) return 0;
        int i = FindSegment(cleanOffset);
        int within = cleanOffset - _cleanStarts[i];
        if (within < 0) return _sourceStarts[i]; // inserted text before the first slice
        return within <= _lengths[i] ? _sourceStarts[i] + within : _sourceStarts[i] + _lengths[i];
    }

    /// <summary>Source offset just after the character before clean offset <paramref name="cleanEnd"/> (a span end).</summary>
    public int ToSourceEnd(int cleanEnd)
    {
        if (cleanEnd <= 0 || _lengths.Length == 0) return ToSourceStart(0);
        return ToSourceStart(cleanEnd - 1) + 1 - (IsInserted(cleanEnd - 1) ? 1 : 0);
    }

    /// <summary>The source span that shows <paramref name="clean"/> in the original.</summary>
    public TextSpan ToSource(TextSpan clean)
    {
        int start = ToSourceStart(clean.Start);
        if (clean.IsEmpty) return new TextSpan(start, start);
        int end = ToSourceEnd(clean.End);
        return new TextSpan(start, Math.Max(start, end));
    }

    private bool IsInserted(int cleanOffset)
    {
        int i = FindSegment(cleanOffset);
        int within = cleanOffset - _cleanStarts[i];
        return within < 0 || within >= _lengths[i];
    }

    // Last segment whose clean start is at or before the offset.
    private int FindSegment(int cleanOffset)
    {
        int i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) i = ~i - 1;
        return Math.Max(0, i);
    }

    /// <summary>Builds a map while the clean text is assembled slice by slice.</summary>
    public sealed class Builder
    {
        private readonly List<int> _cleanStarts = [];
        private readonly List<int> _sourceStarts = [];
        private readonly List<int> _lengths = [];
        private int _cleanLength;

        /// <summary>Records that the next <paramref name="length"/> clean characters are copied from <paramref name="sourceStart"/>.</summary>
        public Builder Copied(int sourceStart, int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(sourceStart);
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            int last = _lengths.Count - 1;
            if (last >= 0 && _cleanStarts[last] + _lengths[last] == _cleanLength && _sourceStarts[last] + _lengths[last] == sourceStart)
            {
                _lengths[last] += length; // contiguous with the previous slice: extend it
            }
            else
            {
                _cleanStarts.Add(_cleanLength);
                _sourceStarts.Add(sourceStart);
                _lengths.Add(length);
            }
            _cleanLength += length;
            return this;
        }

        /// <summary>Records <paramref name="length"/> clean characters that have no counterpart in the source.</summary>
        public Builder Inserted(int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            _cleanLength += length;
            return this;
        }

        public OffsetMap Build() => new([.. _cleanStarts], [.. _sourceStarts], [.. _lengths], _cleanLength);
    }
}

namespace Dossier.Model;

/// <summary>
/// Tokens of a document as flat arrays: start, end and kind per token, in text order and not overlapping.
/// A token's text is a slice of the document text, so tokenizing allocates no strings.
/// </summary>
public sealed class TokenLayer
{
    private readonly string _text;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly TokenKind[] _kinds;

    private TokenLayer(string text, int[] starts, int[] ends, TokenKind[] kinds, int count)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
        _kinds = kinds;
        Count = count;
    }

    public int Count { get; }
    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);
    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    public Token this[int index] => new(this, index);
    public TextSpan SpanAt(int index) => new(_starts[index], _ends[index]);
    public int StartAt(int index) => _starts[index];
    public int EndAt(int index) => _ends[index];
    public TokenKind KindAt(int index) => _kinds[index];
    public ReadOnlySpan<char> TextAt(int index) => _text.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>True when white space follows the token in the text.</summary>
    public bool SpaceAfter(int index) => _ends[index] < _text.Length && char.IsWhiteSpace(_text[_ends[index]]);

    /// <summary>The character span covering tokens <paramref name="range"/>.</summary>
    public TextSpan SpanOf(TokenRange range) =>
        range.IsEmpty ? new TextSpan(range.Start < Count ? _starts[range.Start] : _text.Length, range.Start < Count ? _starts[range.Start] : _text.Length)
                      : new TextSpan(_starts[range.Start], _ends[range.End - 1]);

    /// <summary>Index of the token containing character <paramref name="offset"/>, or -1 if it falls between tokens.</summary>
    public int IndexAt(int offset)
    {
        int i = Starts.BinarySearch(offset);
        if (i >= 0) return i;
        i = ~i - 1;
        return i >= 0 && offset < _ends[i] ? i : -1;
    }

    /// <summary>Index of the first token that ends after <paramref name="offset"/> (Count when none does).</summary>
    public int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_ends[mid] <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Snaps a character span to tokens; null when <see cref="SpanAlignment.Strict"/> fails or no token qualifies.</summary>
    public TokenRange? ToTokenRange(TextSpan span, SpanAlignment alignment)
    {
        int first = FirstEndingAfter(span.Start);
        int end = first;
        while (end < Count && _starts[end] < span.End) end++;
        if (alignment == SpanAlignment.Contract)
        {
            while (first < end && _starts[first] < span.Start) first++;
            while (end > first && _ends[end - 1] > span.End) end--;
        }
        if (end <= first) return null;
        if (alignment == SpanAlignment.Strict && (_starts[first] != span.Start || _ends[end - 1] != span.End)) return null;
        return new TokenRange(first, end);
    }

    /// <summary>Collects tokens in text order; growing arrays, no per-token allocation.</summary>
    public sealed class Builder(string text, int capacity = 256)
    {
        private int[] _starts = new int[Math.Max(capacity, 4)];
        private int[] _ends = new int[Math.Max(capacity, 4)];
        private TokenKind[] _kinds = new TokenKind[Math.Max(capacity, 4)];
        private int _count;

        public int Count => _count;

        public void Add(int start, int end, TokenKind kind)
        {
            if (end <= start || start < (_count > 0 ? _ends[_count - 1] : 0) || end > text.Length)
                throw new ArgumentOutOfRangeException(nameof(start), $"Token [{start}, {end}) is empty, overlaps the previous token or leaves the text.");
            if (_count == _starts.Length)
            {
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _ends, _count * 2);
                Array.Resize(ref _kinds, _count * 2);
            }
            _starts[_count] = start;
            _ends[_count] = end;
            _kinds[_count] = kind;
            _count++;
        }

        public TokenLayer Build() => new(text, _starts, _ends, _kinds, _count);
    }
}

/// <summary>A view of one token: a layer and an index. Copying it copies two fields.</summary>
public readonly struct Token(TokenLayer layer, int index)
{
    public int Index => index;
    public int Start => layer.StartAt(index);
    public int End => layer.EndAt(index);
    public TextSpan Span => layer.SpanAt(index);
    public TokenKind Kind => layer.KindAt(index);
    public ReadOnlySpan<char> Text => layer.TextAt(index);
    public bool SpaceAfter => layer.SpaceAfter(index);
    public override string ToString() => layer.TextAt(index).ToString();
}

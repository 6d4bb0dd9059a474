namespace Dossier.Model;

/// <summary>Sentences as half-open token ranges, in order, covering every token exactly once.</summary>
public sealed class SentenceLayer
{
    private readonly TokenLayer _tokens;
    private readonly int[] _tokenStarts;
    private readonly int[] _tokenEnds;

    public SentenceLayer(TokenLayer tokens, int[] tokenStarts, int[] tokenEnds)
    {
        if (tokenStarts.Length != tokenEnds.Length) throw new ArgumentException("Sentence starts and ends differ in count.", nameof(tokenEnds));
        int expected = 0;
        for (int i = 0; i < tokenStarts.Length; i++)
        {
            if (tokenStarts[i] != expected || tokenEnds[i] <= tokenStarts[i] || tokenEnds[i] > tokens.Count)
                throw new ArgumentException($"Sentence {i} (tokens [{tokenStarts[i]}, {tokenEnds[i]})) leaves a gap, is empty or runs past the last token.");
            expected = tokenEnds[i];
        }
        if (expected != tokens.Count) throw new ArgumentException("Sentences do not cover every token.");
        _tokens = tokens;
        _tokenStarts = tokenStarts;
        _tokenEnds = tokenEnds;
    }

    public int Count => _tokenStarts.Length;
    public Sentence this[int index] => new(this, index);
    public TokenRange TokensAt(int index) => new(_tokenStarts[index], _tokenEnds[index]);
    public TextSpan SpanAt(int index) => _tokens.SpanOf(TokensAt(index));

    /// <summary>Index of the sentence holding token <paramref name="token"/>.</summary>
    public int IndexOfToken(int token)
    {
        int i = Array.BinarySearch(_tokenStarts, token);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Index of the sentence whose span contains character <paramref name="offset"/>, or -1.</summary>
    public int IndexAt(int offset)
    {
        if (Count == 0) return -1;
        int token = _tokens.FirstEndingAfter(offset);
        if (token >= _tokens.Count) return -1;
        int s = IndexOfToken(token);
        return SpanAt(s).Contains(offset) ? s : -1;
    }

    public IEnumerable<Sentence> All()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }
}

/// <summary>A view of one sentence.</summary>
public readonly struct Sentence(SentenceLayer layer, int index)
{
    public int Index => index;
    public TokenRange Tokens => layer.TokensAt(index);
    public TextSpan Span => layer.SpanAt(index);
    public int Start => Span.Start;
    public int End => Span.End;
}

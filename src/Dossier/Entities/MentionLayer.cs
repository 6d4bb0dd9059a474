using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// Entity mentions of a document as flat arrays, in text order and never overlapping: character span, token range,
/// type, kind, and the index of the actor in the <see cref="ActorLayer"/> (-1 for values such as dates).
/// </summary>
public sealed class MentionLayer
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _tokenStarts;
    private readonly int[] _tokenEnds;
    private readonly EntityType[] _types;
    private readonly MentionKind[] _kinds;
    private readonly int[] _actors;

    private MentionLayer(int[] starts, int[] ends, int[] tokenStarts, int[] tokenEnds, EntityType[] types, MentionKind[] kinds, int[] actors)
    {
        _starts = starts;
        _ends = ends;
        _tokenStarts = tokenStarts;
        _tokenEnds = tokenEnds;
        _types = types;
        _kinds = kinds;
        _actors = actors;
    }

    public static MentionLayer Empty { get; } = new([], [], [], [], [], [], []);

    public int Count => _starts.Length;
    public Mention this[int index] => new(this, index);
    public TextSpan SpanAt(int index) => new(_starts[index], _ends[index]);
    public TokenRange TokensAt(int index) => new(_tokenStarts[index], _tokenEnds[index]);
    public EntityType TypeAt(int index) => _types[index];
    public MentionKind KindAt(int index) => _kinds[index];

    /// <summary>Index of the mention's actor in the document's <see cref="ActorLayer"/>, or -1.</summary>
    public int ActorAt(int index) => _actors[index];

    /// <summary>Index of the mention containing character <paramref name="offset"/>, or -1.</summary>
    public int IndexAt(int offset)
    {
        int i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        return i >= 0 && offset < _ends[i] ? i : -1;
    }

    /// <summary>Index of the mention whose span contains all of <paramref name="span"/>, or -1.</summary>
    public int IndexCovering(TextSpan span)
    {
        int i = IndexAt(span.Start);
        return i >= 0 && _ends[i] >= span.End ? i : -1;
    }

    /// <summary>The index range of the mentions lying wholly inside <paramref name="span"/> (empty when none do).</summary>
    public Range IndicesWithin(TextSpan span)
    {
        int first = Array.BinarySearch(_starts, span.Start);
        if (first < 0) first = ~first;
        int end = first;
        while (end < Count && _ends[end] <= span.End) end++;
        return first..end;
    }

    /// <summary>Index of the mention holding token <paramref name="token"/>, or -1.</summary>
    public int IndexOfToken(int token)
    {
        int i = Array.BinarySearch(_tokenStarts, token);
        if (i < 0) i = ~i - 1;
        return i >= 0 && token < _tokenEnds[i] ? i : -1;
    }

    public IEnumerable<Mention> All()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    /// <summary>
    /// Collects mentions in any order; <see cref="Build"/> sorts them and rejects overlaps. Actors are set after
    /// the mentions are known (<see cref="SetActor"/>), since linking needs every mention of the article.
    /// </summary>
    public sealed class Builder
    {
        private readonly List<(int Start, int End, int TokenStart, int TokenEnd, EntityType Type, MentionKind Kind, int Actor)> _items = [];

        public int Count => _items.Count;

        /// <summary>Adds a mention and returns its index in this builder (not yet in the sorted layer).</summary>
        public int Add(TextSpan span, TokenRange tokens, EntityType type, MentionKind kind, int actor = -1)
        {
            if (span.IsEmpty || tokens.IsEmpty) throw new ArgumentException($"Mention {span} / {tokens} is empty.", nameof(span));
            _items.Add((span.Start, span.End, tokens.Start, tokens.End, type, kind, actor));
            return _items.Count - 1;
        }

        public void SetActor(int index, int actor) => _items[index] = _items[index] with { Actor = actor };

        public void SetKind(int index, MentionKind kind) => _items[index] = _items[index] with { Kind = kind };

        public MentionLayer Build()
        {
            var sorted = _items.OrderBy(m => m.Start).ThenBy(m => m.End).ToArray();
            for (int i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Start < sorted[i - 1].End)
                    throw new InvalidOperationException($"Mentions [{sorted[i - 1].Start}, {sorted[i - 1].End}) and [{sorted[i].Start}, {sorted[i].End}) overlap.");
            }
            return new MentionLayer(
                [.. sorted.Select(m => m.Start)], [.. sorted.Select(m => m.End)],
                [.. sorted.Select(m => m.TokenStart)], [.. sorted.Select(m => m.TokenEnd)],
                [.. sorted.Select(m => m.Type)], [.. sorted.Select(m => m.Kind)], [.. sorted.Select(m => m.Actor)]);
        }
    }
}

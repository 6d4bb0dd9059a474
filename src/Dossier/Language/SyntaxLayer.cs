using Dossier.Language.Lemmas;
using Dossier.Model;

namespace Dossier.Language;

/// <summary>
/// Part-of-speech tags, lemmas and a dependency tree for every token, as flat arrays parallel to the
/// <see cref="TokenLayer"/>. Heads are document token indices (-1 for a sentence root); every tree stays inside
/// its sentence. Children and subtree extents are indexed once, when the layer is made, so that "the subject of
/// this verb" and "the span of its complement clause" are cheap lookups. Assigned by the "syntax" component.
/// </summary>
public sealed class SyntaxLayer
{
    private readonly TokenLayer _tokens;
    private readonly UniversalPos[] _pos;
    private readonly PennTag[] _tags;
    private readonly int[] _heads;
    private readonly DependencyRelation[] _relations;
    // Lemmas are either strings (a layer built by hand) or script ids applied to the token text on demand.
    private readonly string[]? _lemmas;
    private readonly ushort[]? _lemmaScripts;
    private readonly LemmaScript[]? _scripts;
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _subtreeFirst;
    private readonly int[] _subtreeLast;

    /// <summary>A layer with the given annotation (tests, other tools); <paramref name="heads"/> are document token indices, -1 for roots.</summary>
    public SyntaxLayer(TokenLayer tokens, UniversalPos[] pos, PennTag[] tags, string[] lemmas, int[] heads, DependencyRelation[] relations)
        : this(tokens, pos, tags, heads, relations, lemmas, null, null)
    {
    }

    internal SyntaxLayer(TokenLayer tokens, UniversalPos[] pos, PennTag[] tags, int[] heads, DependencyRelation[] relations, ushort[] lemmaScripts, LemmaScript[] scripts)
        : this(tokens, pos, tags, heads, relations, null, lemmaScripts, scripts)
    {
    }

    private SyntaxLayer(TokenLayer tokens, UniversalPos[] pos, PennTag[] tags, int[] heads, DependencyRelation[] relations,
        string[]? lemmas, ushort[]? lemmaScripts, LemmaScript[]? scripts)
    {
        int n = tokens.Count;
        if (pos.Length != n || tags.Length != n || heads.Length != n || relations.Length != n || (lemmas ?? (Array?)lemmaScripts)!.Length != n)
            throw new ArgumentException($"Every syntax array must have one entry per token ({n}).");
        _tokens = tokens;
        _pos = pos;
        _tags = tags;
        _heads = heads;
        _relations = relations;
        _lemmas = lemmas;
        _lemmaScripts = lemmaScripts;
        _scripts = scripts;
        (_childStart, _children) = IndexChildren(heads);
        (_subtreeFirst, _subtreeLast) = IndexSubtrees(heads);
    }

    public int Count => _heads.Length;
    public SyntaxToken this[int index] => new(this, index);
    public TokenLayer Tokens => _tokens;

    public UniversalPos PosAt(int index) => _pos[index];
    public PennTag TagAt(int index) => _tags[index];
    /// <summary>The head's token index, or -1 when the token is the root of its sentence.</summary>
    public int HeadAt(int index) => _heads[index];
    public DependencyRelation RelationAt(int index) => _relations[index];

    /// <summary>The lemma ("say" for "said"). Allocates a string for model-made layers; see <see cref="LemmaEquals"/>.</summary>
    public string LemmaAt(int index) =>
        _lemmas is not null ? _lemmas[index] : _scripts![_lemmaScripts![index]].Apply(_tokens.TextAt(index));

    /// <summary>Whether the lemma of the token is <paramref name="lemma"/> (ordinal), without allocating.</summary>
    public bool LemmaEquals(int index, ReadOnlySpan<char> lemma)
    {
        if (_lemmas is not null) return lemma.SequenceEqual(_lemmas[index]);
        var script = _scripts![_lemmaScripts![index]];
        var text = _tokens.TextAt(index);
        int length = script.LengthFor(text.Length);
        if (length < 0) return lemma.SequenceEqual(text);
        if (length != lemma.Length) return false;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        script.Apply(text, buffer);
        return buffer.SequenceEqual(lemma);
    }

    /// <summary>Direct dependents of the token, in text order.</summary>
    public ReadOnlySpan<int> ChildrenOf(int index) => _children.AsSpan(_childStart[index], _childStart[index + 1] - _childStart[index]);

    /// <summary>The first child attached with <paramref name="relation"/> (subtypes count: Nsubj finds nsubj:pass too), or -1.</summary>
    public int ChildWith(int index, DependencyRelation relation)
    {
        bool universal = relation.Universal() == relation;
        foreach (int child in ChildrenOf(index))
        {
            var r = _relations[child];
            if (r == relation || (universal && r.Universal() == relation)) return child;
        }
        return -1;
    }

    /// <summary>The tokens the token dominates, itself included, from the leftmost to the rightmost.</summary>
    public TokenRange SubtreeOf(int index) => new(_subtreeFirst[index], _subtreeLast[index] + 1);

    /// <summary>The characters from the start of the subtree's first token to the end of its last.</summary>
    public TextSpan SubtreeSpanOf(int index) => _tokens.SpanOf(SubtreeOf(index));

    public IEnumerable<SyntaxToken> All()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    private static (int[] Start, int[] Children) IndexChildren(int[] heads)
    {
        int n = heads.Length;
        var start = new int[n + 1];
        foreach (int h in heads)
        {
            if (h >= n || h < -1) throw new ArgumentException($"Head {h} is outside the document's {n} tokens.");
            if (h >= 0) start[h + 1]++;
        }
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        var children = new int[start[n]];
        var fill = start[..n];
        for (int d = 0; d < n; d++)
        {
            if (heads[d] >= 0) children[fill[heads[d]]++] = d;
        }
        return (start, children);
    }

    // Each token widens the extent of all its ancestors; a head chain longer than the document is a cycle.
    private static (int[] First, int[] Last) IndexSubtrees(int[] heads)
    {
        int n = heads.Length;
        var first = new int[n];
        var last = new int[n];
        for (int i = 0; i < n; i++) first[i] = last[i] = i;
        for (int i = 0; i < n; i++)
        {
            int steps = 0;
            for (int h = heads[i]; h >= 0; h = heads[h])
            {
                if (++steps > n) throw new ArgumentException($"The heads of token {i} form a cycle.");
                if (i < first[h]) first[h] = i;
                if (i > last[h]) last[h] = i;
            }
        }
        return (first, last);
    }
}

using System.Collections.Frozen;
using Dossier.Collections;
using Dossier.Language.Features;

namespace Dossier.Language.Lemmas;

/// <summary>
/// Chooses a <see cref="LemmaScript"/> for a tagged word, learned from the treebank: (1) the word as written with
/// its Penn tag, (2) the word normalised (lower case, straight apostrophes), (3) for unseen words, the script most
/// often used by training words of that tag sharing the longest suffix, (4) the tag's most common script.
/// Scripts are small numbers, so lemmatising allocates nothing; the lemma string is made only when asked for.
/// </summary>
internal sealed class Lemmatizer
{
    /// <summary>Longest suffix consulted for unseen words; longer ones add size without accuracy.</summary>
    public const int MaxSuffix = 6;

    private readonly FrozenDictionary<ulong, ushort> _exact;
    private readonly FrozenDictionary<ulong, ushort> _normalised;
    private readonly FrozenDictionary<ulong, ushort> _suffixes;
    // The first two again, in the tables ScriptFor reads (one cache line per lookup; prefetched by Prefetch).
    private readonly HashTable<ushort> _exactTable;
    private readonly HashTable<ushort> _normalisedTable;

    public Lemmatizer(LemmaScript[] scripts, IDictionary<ulong, ushort> exact, IDictionary<ulong, ushort> normalised, IDictionary<ulong, ushort> suffixes)
    {
        Scripts = scripts;
        _exact = exact.ToFrozenDictionary();
        _normalised = normalised.ToFrozenDictionary();
        _suffixes = suffixes.ToFrozenDictionary();
        _exactTable = new(_exact);
        _normalisedTable = new(_normalised);
    }

    public LemmaScript[] Scripts { get; }
    public IReadOnlyDictionary<ulong, ushort> Exact => _exact;
    public IReadOnlyDictionary<ulong, ushort> Normalised => _normalised;
    public IReadOnlyDictionary<ulong, ushort> Suffixes => _suffixes;

    public ushort ScriptFor(ReadOnlySpan<char> form, ulong formHash, ulong wordHash, PennTag tag)
    {
        if (_exactTable.TryGetValue(FeatureHash.Mix(formHash, (ulong)tag), out ushort script)) return script;
        if (_normalisedTable.TryGetValue(FeatureHash.Mix(wordHash, (ulong)tag), out script)) return script;
        for (int k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            if (_suffixes.TryGetValue(SuffixKey(form[^k..], tag), out script) && Scripts[script].Strip <= form.Length) return script;
        }
        return 0; // script 0 is the identity
    }

    /// <summary>Starts loading what <see cref="ScriptFor"/> reads first for a tagged word (a hint; no effect on answers).</summary>
    public void Prefetch(ulong formHash, ulong wordHash, PennTag tag)
    {
        _exactTable.Prefetch(FeatureHash.Mix(formHash, (ulong)tag));
        _normalisedTable.Prefetch(FeatureHash.Mix(wordHash, (ulong)tag));
    }

    internal static ulong SuffixKey(ReadOnlySpan<char> suffix, PennTag tag)
    {
        Span<char> buffer = stackalloc char[MaxSuffix];
        for (int i = 0; i < suffix.Length; i++) buffer[i] = AtomExtractor.NormaliseChar(suffix[i]);
        return FeatureHash.Mix(FeatureHash.Chars(buffer[..suffix.Length]), 0x5F5FUL + (ulong)tag);
    }
}

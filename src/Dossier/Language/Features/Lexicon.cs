using System.Collections.Frozen;
using Dossier.Collections;

namespace Dossier.Language.Features;

/// <summary>
/// What training taught about individual words: the set of tags each frequent word was seen with (its
/// ambiguity class, a strong hint for the tagger before it has seen the context) and, when clusters were
/// given, the word's distributional cluster. Keys are hashes, so looking a token up allocates nothing.
/// </summary>
internal sealed class Lexicon
{
    private readonly FrozenDictionary<ulong, ulong> _formAmbiguity;
    private readonly FrozenDictionary<ulong, ulong> _wordAmbiguity;
    private readonly FrozenDictionary<ulong, uint> _clusters;
    private readonly FrozenSet<ulong> _known;
    // What Describe needs about a normalised word, in one lookup instead of three; and the form ambiguities again, in
    // the table Describe reads (one cache line per lookup, prefetched for a sentence by Prefetch).
    private readonly HashTable<WordFacts> _words;
    private readonly HashTable<ulong> _formAmbiguityTable;

    private readonly record struct WordFacts(bool HasAmbiguity, ulong Ambiguity, bool HasCluster, uint Cluster, bool Known);

    public Lexicon(IDictionary<ulong, ulong> formAmbiguity, IDictionary<ulong, ulong> wordAmbiguity, IDictionary<ulong, uint> clusters, IEnumerable<ulong> known)
    {
        _formAmbiguity = formAmbiguity.ToFrozenDictionary();
        _wordAmbiguity = wordAmbiguity.ToFrozenDictionary();
        _clusters = clusters.ToFrozenDictionary();
        _known = known.ToFrozenSet();
        var words = new Dictionary<ulong, WordFacts>();
        foreach (ulong word in _known) words[word] = new WordFacts(false, 0, false, 0, true);
        foreach (var (word, ambiguity) in _wordAmbiguity) words[word] = words.GetValueOrDefault(word) with { HasAmbiguity = true, Ambiguity = ambiguity };
        foreach (var (word, cluster) in _clusters) words[word] = words.GetValueOrDefault(word) with { HasCluster = true, Cluster = cluster };
        _words = new(words);
        _formAmbiguityTable = new(_formAmbiguity);
    }

    public static Lexicon Empty { get; } = new(new Dictionary<ulong, ulong>(), new Dictionary<ulong, ulong>(), new Dictionary<ulong, uint>(), []);

    /// <summary>Normalised hashes of every word seen in training; any other word is unknown to the models.</summary>
    public IReadOnlySet<ulong> Known => _known;

    public IReadOnlyDictionary<ulong, ulong> FormAmbiguity => _formAmbiguity;
    public IReadOnlyDictionary<ulong, ulong> WordAmbiguity => _wordAmbiguity;
    /// <summary>
    /// Normalised word hash to what unlabelled text says about the word: its cluster path in the low 24 bits (the
    /// path's bits below a leading 1 bit) and its capitalisation bucket (1–5, 0 unknown) in bits 24–27.
    /// </summary>
    public IReadOnlyDictionary<ulong, uint> Clusters => _clusters;

    /// <summary>Fills the lexicon's atoms; an unknown word's form and word atoms become <see cref="AtomExtractor.Unknown"/>.</summary>
    public void Describe(ulong form, ulong word, ref TokenAtoms atoms)
    {
        _words.TryGetValue(word, out var facts);
        if (!_formAmbiguityTable.TryGetValue(form, out atoms.Ambiguity))
            atoms.Ambiguity = facts.HasAmbiguity ? FeatureHash.Mix(facts.Ambiguity, 0x10) : 0;
        if (facts.HasCluster)
        {
            uint distribution = facts.Cluster;
            uint path = distribution & 0xFF_FFFF;
            atoms.Capitalisation = distribution >> 24;
            atoms.Cluster4 = ClusterPrefix(path, 4);
            atoms.Cluster8 = ClusterPrefix(path, 8);
            atoms.Cluster12 = ClusterPrefix(path, 12);
        }
        else
        {
            atoms.Cluster4 = atoms.Cluster8 = atoms.Cluster12 = 0;
            atoms.Capitalisation = 0;
        }
        if (!facts.Known) atoms.Form = atoms.Word = AtomExtractor.Unknown;
    }

    /// <summary>Starts loading what <see cref="Describe"/> reads for a token (a hint; no effect on answers).</summary>
    public void Prefetch(ulong form, ulong word)
    {
        _words.Prefetch(word);
        _formAmbiguityTable.Prefetch(form);
    }

    private static ulong ClusterPrefix(uint path, int bits)
    {
        int length = 31 - System.Numerics.BitOperations.LeadingZeroCount(path);
        uint prefix = length > bits ? path >> (length - bits) : path;
        return FeatureHash.Mix(0xC1UL + (ulong)bits, prefix);
    }
}

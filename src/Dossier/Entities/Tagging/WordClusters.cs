using Dossier.Collections;
using System.Globalization;

namespace Dossier.Entities.Tagging;

/// <summary>
/// Hierarchical word clusters learned from unlabelled news (<c>dossier train clusters</c>, models/word-clusters.tsv):
/// each word has a bit path from the root of a binary tree, so prefixes of the path are coarser classes (as Brown
/// clusters are used by Ratinov and Roth 2009). Also keeps, per lower-cased word, how often it is capitalised
/// in running text: a strong hint for words at the start of a sentence or in an all-caps headline.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>Path prefixes used as features; 4–10 bits as in Ratinov and Roth 2009, plus the leaf.</summary>
    public static ReadOnlySpan<int> PrefixLengths => [4, 6, 10, 20];

    /// <summary>A word's path: the bits, most significant first, and how many there are (0 when unknown).</summary>
    public readonly record struct Path(uint Bits, byte Length)
    {
        public uint Prefix(int length) => length >= Length ? Bits : Bits >> (Length - length);
    }

    private readonly HashTable<Path> _paths;
    private readonly HashTable<byte> _capitalisation;

    private WordClusters(Dictionary<ulong, Path> paths, Dictionary<ulong, byte> capitalisation)
    {
        _paths = new(paths);
        _capitalisation = new(capitalisation);
    }

    public static WordClusters Empty { get; } = new([], []);

    public int Count => _paths.Count;

    /// <summary>Reads "word TAB bits TAB count TAB capitalised-per-mille" lines (bits as a string of 0 and 1).</summary>
    public static WordClusters Load(TextReader reader)
    {
        var paths = new Dictionary<ulong, Path>();
        var caps = new Dictionary<ulong, byte>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1].Length > 32) continue;
            uint bits = 0;
            foreach (char c in parts[1]) bits = (bits << 1) | (c == '1' ? 1u : 0u);
            paths[FeatureHash.Word(parts[0])] = new Path(bits, (byte)parts[1].Length);
            if (parts.Length >= 4 && int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out int perMille))
                caps[FeatureHash.Word(parts[0], FeatureHash.Casing.Lower)] = CapitalisationBucket(perMille);
        }
        return new WordClusters(paths, caps);
    }

    /// <summary>The cluster path of a word: as written, else title-cased (for all-caps text), else lower-cased.</summary>
    public Path Find(ReadOnlySpan<char> word) =>
        Find(word, FeatureHash.Word(word), FeatureHash.Word(word, FeatureHash.Casing.Lower));

    /// <summary>As <see cref="Find(ReadOnlySpan{char})"/>, with the exact and lower-case hashes already computed.</summary>
    public Path Find(ReadOnlySpan<char> word, ulong exact, ulong lower)
    {
        if (_paths.Count == 0) return default;
        if (_paths.TryGetValue(exact, out var path)) return path;
        if (word.Length > 1 && _paths.TryGetValue(FeatureHash.Word(word, FeatureHash.Casing.Title), out path)) return path;
        return _paths.TryGetValue(lower, out path) ? path : default;
    }

    /// <summary>Starts loading what <see cref="Find(ReadOnlySpan{char}, ulong, ulong)"/> and <see cref="Capitalisation"/> read for a word.</summary>
    public void Prefetch(ulong exact, ulong lower)
    {
        _paths.Prefetch(exact);
        _paths.Prefetch(lower);
        _capitalisation.Prefetch(lower);
    }

    /// <summary>Bucket 1–5 of how often the word is capitalised mid-sentence (1 never … 5 always); 0 when unknown.</summary>
    public byte Capitalisation(ulong lowerHash) => _capitalisation.GetValueOrDefault(lowerHash);

    /// <summary>Five buckets: the feature only needs to tell "usually lower case" from "usually a name" and the mixed cases.</summary>
    private static byte CapitalisationBucket(int perMille) => perMille switch
    {
        < 50 => 1,
        < 300 => 2,
        < 700 => 3,
        < 950 => 4,
        _ => 5,
    };
}

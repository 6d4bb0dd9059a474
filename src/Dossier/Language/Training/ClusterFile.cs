using System.Globalization;
using Dossier.Language.Features;

namespace Dossier.Language.Training;

/// <summary>
/// Reads word clusters as `dossier train clusters` writes them (models/word-clusters.tsv: word, bit path, count, …)
/// into the lexicon's form: normalised word hash → path bits under a leading 1. Where case variants of a word
/// have different paths, the most frequent variant wins.
/// </summary>
internal static class ClusterFile
{
    /// <summary>Paths longer than this are cut: the features use prefixes of at most 12 bits.</summary>
    private const int MaxBits = 16;

    public static Dictionary<ulong, uint> Read(string path)
    {
        var best = new Dictionary<ulong, (uint Path, long Count)>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[1].Length == 0 || parts[1].AsSpan().ContainsAnyExcept('0', '1')) continue;
            long count = parts.Length > 2 && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out long c) ? c : 0;
            uint bits = 1;
            foreach (char b in parts[1].AsSpan(0, Math.Min(parts[1].Length, MaxBits))) bits = (bits << 1) | (b == '1' ? 1u : 0u);
            ulong key = AtomExtractor.NormalisedHash(parts[0]);
            if (!best.TryGetValue(key, out var existing) || existing.Count < count) best[key] = (bits, count);
        }
        return best.ToDictionary(p => p.Key, p => p.Value.Path);
    }
}

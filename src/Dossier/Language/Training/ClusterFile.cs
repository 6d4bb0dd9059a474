using System.Globalization;
using Dossier.Language.Features;

namespace Dossier.Language.Training;

/// <summary>
/// Reads word clusters as `dossier train clusters` writes them (models/word-clusters.tsv: word, bit path, count, …)
/// into the lexicon's form: normalised word hash → path bits under a leading 1, with the capitalisation bucket in
/// bits 24–27 (see <see cref="Features.Lexicon.Clusters"/>). Where case variants of a word have different paths, the
/// most frequent variant wins.
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
            // Fourth column: per mille of the word's occurrences capitalised mid-sentence (empty when too rare).
            if (parts.Length > 3 && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out int perMille))
                bits |= CapitalisationBucket(perMille) << 24;
            ulong key = AtomExtractor.NormalisedHash(parts[0]);
            if (!best.TryGetValue(key, out var existing) || existing.Count < count) best[key] = (bits, count);
        }
        return best.ToDictionary(p => p.Key, p => p.Value.Path);
    }

    /// <summary>Five buckets: "usually lower case", "usually a name", and the mixed cases between.</summary>
    private static uint CapitalisationBucket(int perMille) => perMille switch
    {
        < 50 => 1,
        < 300 => 2,
        < 700 => 3,
        < 950 => 4,
        _ => 5,
    };
}

using Dossier.Collections;
using System.Numerics;

namespace Dossier.Entities.Tagging;

/// <summary>
/// Phrases of known names by category, matched over the tokens of a document (longest and shortest matches alike,
/// every category on its own). A phrase is stored as the hash of its lower-cased tokens; no strings at lookup.
/// Cased categories match only where the phrase's first and last tokens are capitalised, so "may" is not a name.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Marks an entry that is a proper prefix of a longer phrase, so matching can continue past it.</summary>
    private const uint PrefixBit = 1u << 31;

    /// <summary>Phrases longer than this are not worth a feature (and would slow matching).</summary>
    public const int MaxPhraseTokens = 8;

    private const ulong PhraseSeed = 0x51ED270B27A5C3E1UL;

    private readonly HashTable<uint> _phrases;

    private Gazetteer(Dictionary<ulong, uint> phrases) => _phrases = new(phrases);

    public static Gazetteer Empty { get; } = new([]);

    public int Count => _phrases.Count;

    /// <summary>Reads "category TAB phrase" lines; phrases are split into tokens as <see cref="PhraseTokens"/> does.</summary>
    public static Gazetteer Load(TextReader reader)
    {
        var phrases = new Dictionary<ulong, uint>();
        Span<ulong> hashes = stackalloc ulong[MaxPhraseTokens];
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !Enum.TryParse<GazetteerCategory>(line.AsSpan(0, tab), out var category)) continue;
            int n = PhraseTokens.Hash(line.AsSpan(tab + 1), hashes);
            if (n == 0) continue;
            ulong h = PhraseSeed;
            for (int i = 0; i < n; i++)
            {
                h = FeatureHash.Mix(h, hashes[i]);
                uint bits = i == n - 1 ? 1u << (int)category : PrefixBit;
                phrases[h] = phrases.GetValueOrDefault(h) | bits;
            }
        }
        return new Gazetteer(phrases);
    }

    /// <summary>
    /// Sets, for each token, bit <c>category * 4 + position</c> (0 B, 1 I, 2 L, 3 U) in <paramref name="low"/> (categories
    /// 0–15) or <paramref name="high"/> (16–31), for every phrase covering it.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> lowerHashes, ReadOnlySpan<WordShape.Flags> flags, Span<ulong> low, Span<ulong> high)
    {
        int n = lowerHashes.Length;
        for (int start = 0; start < n; start++)
        {
            ulong h = PhraseSeed;
            for (int end = start + 1; end <= n && end - start <= MaxPhraseTokens; end++)
            {
                h = FeatureHash.Mix(h, lowerHashes[end - 1]);
                if (!_phrases.TryGetValue(h, out uint bits)) break;
                uint categories = bits & ~PrefixBit;
                if (categories != 0) Apply(categories, start, end, flags, low, high);
                if ((bits & PrefixBit) == 0) break;
            }
        }
    }

    /// <summary>Starts loading what <see cref="Mark"/> reads first for a phrase starting with this lower-cased token.</summary>
    public void Prefetch(ulong lowerHash) => _phrases.Prefetch(FeatureHash.Mix(PhraseSeed, lowerHash));

    /// <summary>The categories (bit per <see cref="GazetteerCategory"/>) listing exactly this phrase of lower-cased token hashes.</summary>
    public uint CategoriesOf(ReadOnlySpan<ulong> lowerHashes)
    {
        ulong h = PhraseSeed;
        foreach (ulong token in lowerHashes) h = FeatureHash.Mix(h, token);
        return _phrases.GetValueOrDefault(h) & ~PrefixBit;
    }

    public static bool Has(uint categories, GazetteerCategory category) => (categories & (1u << (int)category)) != 0;

    private static void Apply(uint categories, int start, int end, ReadOnlySpan<WordShape.Flags> flags, Span<ulong> low, Span<ulong> high)
    {
        bool cased = IsCapitalised(flags[start]) && IsCapitalised(flags[end - 1]);
        while (categories != 0)
        {
            int c = BitOperations.TrailingZeroCount(categories);
            categories &= categories - 1;
            if (!cased && (GazetteerCategory)c != GazetteerCategory.Occupation) continue;
            for (int t = start; t < end; t++)
            {
                int position = end - start == 1 ? 3 : t == start ? 0 : t == end - 1 ? 2 : 1;
                int bit = (c & 15) * 4 + position;
                if (c < 16) low[t] |= 1UL << bit;
                else high[t] |= 1UL << bit;
            }
        }
    }

    private static bool IsCapitalised(WordShape.Flags f) =>
        (f & (WordShape.Flags.InitialCapital | WordShape.Flags.AllCapitals)) != 0 || (f & WordShape.Flags.HasLetter) == 0;
}

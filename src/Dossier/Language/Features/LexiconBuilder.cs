namespace Dossier.Language.Features;

/// <summary>Counts (word, tag) pairs in training data and keeps the ambiguity classes of frequent words.</summary>
internal sealed class LexiconBuilder
{
    /// <summary>Words seen fewer times are left out, so the tagger learns to cope without the lexicon as it must on unseen words.</summary>
    private const int MinCount = 3;
    /// <summary>A tag given to under this share of a word's occurrences is noise (an annotation slip), not part of its class.</summary>
    private const double MinShare = 0.05;

    private readonly Dictionary<ulong, Dictionary<int, int>> _forms = [];
    private readonly Dictionary<ulong, Dictionary<int, int>> _words = [];

    public void Add(ReadOnlySpan<char> form, int tag)
    {
        Count(_forms, FeatureHash.Chars(form), tag);
        Count(_words, AtomExtractor.NormalisedHash(form), tag);
    }

    /// <summary>The lexicon of the words counted; <paramref name="known"/> replaces the words counted as the known words.</summary>
    public Lexicon Build(IDictionary<ulong, uint>? clusters = null, IEnumerable<ulong>? known = null) =>
        new(Classes(_forms), Classes(_words), clusters ?? new Dictionary<ulong, uint>(), known ?? _words.Keys);

    /// <summary>How often the word (normalised) occurred.</summary>
    public int CountOf(ulong word) => _words.TryGetValue(word, out var tags) ? tags.Values.Sum() : 0;

    private static void Count(Dictionary<ulong, Dictionary<int, int>> table, ulong key, int tag)
    {
        if (!table.TryGetValue(key, out var tags)) table[key] = tags = [];
        tags[tag] = tags.GetValueOrDefault(tag) + 1;
    }

    private static Dictionary<ulong, ulong> Classes(Dictionary<ulong, Dictionary<int, int>> table)
    {
        var classes = new Dictionary<ulong, ulong>();
        foreach (var (key, tags) in table)
        {
            int total = tags.Values.Sum();
            if (total < MinCount) continue;
            ulong h = 0xA3B1UL;
            foreach (int tag in tags.Where(t => t.Value >= total * MinShare).Select(t => t.Key).Order())
                h = FeatureHash.Mix(h, (ulong)tag + 1);
            classes[key] = h;
        }
        return classes;
    }
}

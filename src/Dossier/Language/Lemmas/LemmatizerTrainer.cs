using Dossier.Language.Features;

namespace Dossier.Language.Lemmas;

/// <summary>Learns a <see cref="Lemmatizer"/> from (form, Penn tag, lemma) triples of a treebank.</summary>
internal sealed class LemmatizerTrainer
{
    private const int MinSuffixTypes = 2;

    private readonly List<LemmaScript> _scripts = [LemmaScript.Identity];
    private readonly Dictionary<LemmaScript, ushort> _scriptIds = new() { [LemmaScript.Identity] = 0 };
    private readonly Dictionary<ulong, Dictionary<ushort, int>> _exact = [];
    private readonly Dictionary<ulong, Dictionary<ushort, int>> _normalised = [];
    private readonly Dictionary<ulong, ulong> _normalisedKeyOf = [];
    // Per (form, tag) type, not per token: suffix rules are for unseen words, which behave like rare types.
    private readonly Dictionary<(string Form, PennTag Tag), ushort> _types = [];

    public void Add(string form, PennTag tag, string lemma)
    {
        if (lemma == "_") return;
        var script = LemmaScript.Between(form, lemma);
        if (!_scriptIds.TryGetValue(script, out ushort id))
        {
            id = checked((ushort)_scripts.Count);
            _scripts.Add(script);
            _scriptIds[script] = id;
        }
        ulong exactKey = FeatureHash.Mix(FeatureHash.Chars(form), (ulong)tag);
        ulong normalisedKey = FeatureHash.Mix(AtomExtractor.NormalisedHash(form), (ulong)tag);
        Count(_exact, exactKey, id);
        Count(_normalised, normalisedKey, id);
        _normalisedKeyOf[exactKey] = normalisedKey;
        _types[(form.ToLowerInvariant(), tag)] = id;
    }

    public Lemmatizer Build()
    {
        var suffixCounts = new Dictionary<ulong, Dictionary<ushort, int>>();
        foreach (var ((form, tag), script) in _types)
        {
            for (int k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, form.Length); k++)
                Count(suffixCounts, Lemmatizer.SuffixKey(form.AsSpan(form.Length - k), tag), script);
        }
        // A suffix rule needs two word types behind it: one word ("Sept." → "September") is an exception, not a rule.
        foreach (var key in suffixCounts.Where(e => e.Value.Values.Max() < MinSuffixTypes).Select(e => e.Key).ToList()) suffixCounts.Remove(key);
        foreach (var tag in _types.Keys.Select(t => t.Tag).Distinct())
        {
            // The empty suffix (the tag's default) always stays, whatever its support.
            ulong empty = Lemmatizer.SuffixKey([], tag);
            if (!suffixCounts.ContainsKey(empty)) suffixCounts[empty] = new() { [0] = 1 };
        }
        var suffixes = Best(suffixCounts);
        // A suffix that chooses what the next shorter suffix in the table chooses adds nothing to a longest-match lookup.
        var redundant = new HashSet<ulong>();
        foreach (var ((form, tag), _) in _types)
        {
            for (int k = Math.Min(Lemmatizer.MaxSuffix, form.Length); k >= 1; k--)
            {
                ulong key = Lemmatizer.SuffixKey(form.AsSpan(form.Length - k), tag);
                if (!suffixes.TryGetValue(key, out ushort script)) continue;
                int j = k - 1;
                ushort shorter;
                while (!suffixes.TryGetValue(Lemmatizer.SuffixKey(form.AsSpan(form.Length - j), tag), out shorter)) j--;
                if (script == shorter) redundant.Add(key);
            }
        }
        foreach (var key in redundant) suffixes.Remove(key);

        var normalised = Best(_normalised);
        var exact = Best(_exact);
        // The exact table only needs the words the normalised one gets wrong ("US" vs "us").
        foreach (var (key, script) in exact.ToList())
        {
            if (normalised[_normalisedKeyOf[key]] == script) exact.Remove(key);
        }
        return new Lemmatizer([.. _scripts], exact, normalised, suffixes);
    }

    private static void Count(Dictionary<ulong, Dictionary<ushort, int>> table, ulong key, ushort script)
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = [];
        counts[script] = counts.GetValueOrDefault(script) + 1;
    }

    private static Dictionary<ulong, ushort> Best(Dictionary<ulong, Dictionary<ushort, int>> table) =>
        table.ToDictionary(e => e.Key, e => e.Value.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key);
}

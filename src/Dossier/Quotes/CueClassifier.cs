using System.Collections.Frozen;
using System.Globalization;
using Dossier.Collections;
using Dossier.Language;
using Dossier.Language.Features;

namespace Dossier.Quotes;

/// <summary>
/// Logistic regression over the features of a candidate attribution (a verb with a subject and a complement that the
/// lexicon rules left alone, see <see cref="CueCandidateFeatures"/>), learned from PolNeAR train by
/// `dossier train quotes` (models/quotes-cue-classifier.tsv, see models/quotes.md). It replaces the share threshold of
/// <see cref="SyntacticCueTable"/> when the model file is present.
/// </summary>
public sealed class CueClassifier
{
    public const string FileName = "quotes-cue-classifier.tsv";

    /// <summary>
    /// Probability from which a candidate becomes an attribution. Chosen on held-out train (model from 500 train
    /// articles, scored on the other 340; see models/quotes.md), never on dev.
    /// </summary>
    public const double DefaultThreshold = 0.45;

    /// <summary>
    /// The stricter probability a bare object phrase as content needs ("have posted videos of …" reports nothing;
    /// "criticized the plan" does): objects are the candidates whose annotation is least consistent. Chosen on
    /// held-out train, as <see cref="DefaultThreshold"/>.
    /// </summary>
    public const double DefaultObjectThreshold = 0.65;

    private readonly FrozenDictionary<string, float> _weights;

    /// <summary>
    /// The weights by the hash of their feature, for a feature still in parts (<see cref="WeightSum"/>): hashing the
    /// parts and one probe of an open-addressing table costs a fraction of joining them and a string-keyed lookup (which
    /// was a third of the quotes component's time). Each entry keeps its feature's index in <see cref="_features"/>, so a
    /// hit is checked against the feature itself and the answers stay those of the dictionary. Null in the unlikely
    /// case that two of the model's features share a hash; the dictionary then answers.
    /// </summary>
    private readonly HashTable<WeightEntry>? _byHash;

    private readonly string[] _features;

    private readonly record struct WeightEntry(float Weight, int Feature);

    public CueClassifier(IReadOnlyDictionary<string, float> weights, double threshold = DefaultThreshold, double objectThreshold = DefaultObjectThreshold)
    {
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _features = [.. _weights.Keys];
        var byHash = new Dictionary<ulong, WeightEntry>(_features.Length);
        bool distinct = true;
        for (int i = 0; i < _features.Length && distinct; i++)
            distinct = byHash.TryAdd(FeatureHash.Chars(_features[i]), new WeightEntry(_weights[_features[i]], i));
        _byHash = distinct ? new HashTable<WeightEntry>(byHash) : null;
        Threshold = threshold;
        ObjectThreshold = objectThreshold;
    }

    public int Count => _weights.Count;

    /// <summary>The weights by feature.</summary>
    public IReadOnlyDictionary<string, float> Weights => _weights;

    public double Threshold { get; }

    public double ObjectThreshold { get; }

    /// <summary>Whether the model has a weight for <paramref name="feature"/> (a candidate kind it was trained with).</summary>
    public bool Knows(string feature) => _weights.ContainsKey(feature);

    /// <summary>The probability that the candidate with these features is an annotated attribution.</summary>
    public double Probability(IEnumerable<string> features)
    {
        double z = 0;
        foreach (var f in features) z += _weights.GetValueOrDefault(f);
        return Logistic(z);
    }

    /// <summary>The hash by which <see cref="Weight"/> looks up the feature that is the concatenation of <paramref name="parts"/>.</summary>
    internal static ulong Hash(ReadOnlySpan<string> parts) => FeatureHash.Chars(parts);

    /// <summary>Starts loading the weight of the feature of <paramref name="hash"/>, so that several lookups wait for memory at once.</summary>
    internal void Prefetch(ulong hash) => _byHash?.Prefetch(hash);

    /// <summary>The weight of the feature that is the concatenation of <paramref name="parts"/> (its <see cref="Hash"/> is <paramref name="hash"/>), 0 when the model does not know it.</summary>
    internal float Weight(ulong hash, ReadOnlySpan<string> parts)
    {
        if (_byHash is null) return _weights.GetValueOrDefault(string.Concat(parts));
        if (!_byHash.TryGetValue(hash, out var entry)) return 0;
        return IsConcatenation(_features[entry.Feature], parts) ? entry.Weight : 0;
    }

    private static bool IsConcatenation(string feature, ReadOnlySpan<string> parts)
    {
        var rest = feature.AsSpan();
        foreach (var part in parts)
        {
            if (!rest.StartsWith(part, StringComparison.Ordinal)) return false;
            rest = rest[part.Length..];
        }
        return rest.IsEmpty;
    }

    /// <summary>The probability of a summed weight <paramref name="z"/>.</summary>
    internal static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Whether the candidate is an attribution; <paramref name="objectContent"/> when its content is a bare object phrase.</summary>
    public bool Accepts(string[] features, bool objectContent = false) => Accepts(Probability(features), objectContent);

    /// <summary>Whether a candidate of probability <paramref name="probability"/> is an attribution.</summary>
    public bool Accepts(double probability, bool objectContent) =>
        probability >= (objectContent ? Math.Max(Threshold, ObjectThreshold) : Threshold);

    /// <summary>Lines "feature TAB weight"; '#' starts a comment; "#threshold VALUE" and "#object-threshold VALUE" lines set the thresholds.</summary>
    public static CueClassifier Parse(TextReader reader)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        double threshold = DefaultThreshold, objectThreshold = DefaultObjectThreshold;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("#threshold ", StringComparison.Ordinal))
                threshold = double.Parse(line.AsSpan("#threshold ".Length), CultureInfo.InvariantCulture);
            if (line.StartsWith("#object-threshold ", StringComparison.Ordinal))
                objectThreshold = double.Parse(line.AsSpan("#object-threshold ".Length), CultureInfo.InvariantCulture);
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            weights[line[..tab]] = float.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }
        return new CueClassifier(weights, threshold, objectThreshold);
    }

    /// <summary>The shipped model, or null when models/ does not hold it (the table's share threshold then decides).</summary>
    public static CueClassifier? LoadDefault() => Load(FileName);

    /// <summary>A logistic model of this file format in models/ (<see cref="CueExtent"/> has one too), or null when it is missing.</summary>
    public static CueClassifier? Load(string fileName)
    {
        var path = ModelFiles.Find(fileName);
        if (!File.Exists(path)) return null;
        using var reader = new StreamReader(path);
        return Parse(reader);
    }
}

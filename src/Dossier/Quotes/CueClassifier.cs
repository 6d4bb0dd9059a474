using System.Collections.Frozen;
using System.Globalization;
using Dossier.Language;

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

    /// <summary>The weights looked up by a feature still in a buffer (<see cref="StepScorer"/>), without making it a string.</summary>
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public CueClassifier(IReadOnlyDictionary<string, float> weights, double threshold = DefaultThreshold, double objectThreshold = DefaultObjectThreshold)
    {
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>The weight of <paramref name="feature"/>, 0 when the model does not know it.</summary>
    internal float Weight(ReadOnlySpan<char> feature) => _bySpan.TryGetValue(feature, out var weight) ? weight : 0;

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

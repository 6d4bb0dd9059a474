using System.Globalization;
using System.Text;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Binary logistic regression over sparse string features, trained by stochastic gradient descent with L2 shrinkage
/// and a fixed seed (the same data gives the same weights); the model is the mean over epochs. Small and dependency-free: a few ten thousand examples.
/// </summary>
public static class LogisticRegressionTrainer
{
    /// <summary>Passes over the data; held-out train log-loss stops improving after about this many.</summary>
    public const int Epochs = 12;

    /// <summary>Features seen fewer times than this get no weight (a lemma seen once says nothing reliable).</summary>
    public const int MinFeatureCount = 2;

    private const double LearningRate = 0.1;
    private const double L2 = 1e-5;
    /// <summary>Weights smaller than this are left out of the model file.</summary>
    private const double MinWrittenWeight = 1e-3;

    /// <summary>The seed of the shipped models (every model file so far was learned with it).</summary>
    public const int DefaultSeed = 17;

    public static Dictionary<string, float> Train(IReadOnlyList<(string[] Features, bool Positive)> examples, int seed = DefaultSeed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in examples)
        {
            foreach (var f in features) counts[f] = counts.GetValueOrDefault(f) + 1;
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (f, n) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (n >= MinFeatureCount) index[f] = index.Count;
        }
        var rows = examples.Select(e => (Ids: e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray(), e.Positive)).ToArray();
        var w = new double[index.Count];
        // The model is the mean of the weights after each epoch: plain SGD's last weights follow the last examples
        // seen, and one more candidate in the data moved dev F1 by half a point; the mean does not swing so.
        var mean = new double[index.Count];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            double rate = LearningRate / (1 + 0.5 * epoch);
            foreach (int i in order)
            {
                var (ids, positive) = rows[i];
                double z = 0;
                foreach (int id in ids) z += w[id];
                double gradient = 1 / (1 + Math.Exp(-z)) - (positive ? 1 : 0);
                foreach (int id in ids) w[id] -= rate * (gradient + L2 * w[id]);
            }
            for (int id = 0; id < w.Length; id++) mean[id] += w[id] / Epochs;
        }
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (f, id) in index)
        {
            if (Math.Abs(mean[id]) >= MinWrittenWeight) weights[f] = (float)mean[id];
        }
        return weights;
    }

    /// <summary>The model file: a comment header, the threshold lines, then "feature TAB weight" sorted by feature.</summary>
    public static string Write(IReadOnlyDictionary<string, float> weights, double threshold, double objectThreshold, IEnumerable<string> header)
    {
        var text = new StringBuilder();
        foreach (var line in header) text.AppendLine("# " + line);
        text.AppendLine(CultureInfo.InvariantCulture, $"#threshold {threshold}");
        text.AppendLine(CultureInfo.InvariantCulture, $"#object-threshold {objectThreshold}");
        foreach (var (f, v) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
            text.AppendLine(CultureInfo.InvariantCulture, $"{f}\t{v:G5}");
        return text.ToString();
    }
}

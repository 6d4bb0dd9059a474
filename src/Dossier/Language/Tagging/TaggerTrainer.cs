using Dossier.Language.Features;
using Dossier.Language.Perceptron;

namespace Dossier.Language.Tagging;

/// <summary>
/// One training sentence for the tagger: padded atoms, the gold class of each token, and for the second pass the
/// first pass's tags as a tagger that never saw the sentence predicts them (jackknifed).
/// </summary>
internal sealed record TaggerExample(TokenAtoms[] Padded, int[] Gold, byte[]? Lookahead = null);

/// <summary>
/// Trains one pass of a <see cref="Tagger"/> with the averaged perceptron, on its own predictions for the words read
/// before each word (those to its left, or with <c>step</c> -1 those to its right).
/// </summary>
internal static class TaggerTrainer
{
    /// <summary>Averaged weights smaller than this change no decision worth keeping; dropping them shrinks the model.</summary>
    public const float PruneBelow = 0.05f;

    public static SparseWeights Train(TagSet tags, IReadOnlyList<TaggerExample> examples, int epochs, int seed, Action<string>? log = null, Action<int, SparseWeights>? afterEpoch = null, int step = 1)
    {
        var perceptron = new PerceptronTrainer(tags.Count);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<int> rows = stackalloc int[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (int s in order)
            {
                var example = examples[s];
                int prev1 = tags.Boundary, prev2 = tags.Boundary;
                var context = new TaggerFeatures.Context(example.Padded, example.Gold.Length, tags.Boundary, example.Lookahead, step);
                for (int k = 0; k < example.Gold.Length; k++)
                {
                    int i = step > 0 ? k : example.Gold.Length - 1 - k;
                    Array.Clear(scores);
                    int n = TaggerFeatures.Extract(context, i, prev1, prev2, features);
                    perceptron.Lookup(features[..n], rows);
                    perceptron.Score(rows[..n], scores);
                    int guess = Scores.ArgMax(scores);
                    int gold = example.Gold[i];
                    perceptron.Update(features[..n], rows, gold, guess);
                    perceptron.Tick();
                    if (guess == gold) correct++;
                    total++;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            log?.Invoke(FormattableString.Invariant($"tagger epoch {epoch}: train accuracy {100.0 * correct / total:0.00}% ({perceptron.FeatureCount:N0} features)"));
            afterEpoch?.Invoke(epoch, perceptron.Average(PruneBelow));
        }
        return perceptron.Average(PruneBelow);
    }
}

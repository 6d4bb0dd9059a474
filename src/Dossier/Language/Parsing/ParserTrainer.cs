using Dossier.Language.Perceptron;

namespace Dossier.Language.Parsing;

/// <summary>One training sentence for the parser: its atoms (tags as the tagger predicts them) and the gold tree.</summary>
internal sealed record ParserExample(ulong[] Words, ulong[] Tags, ulong[] Clusters, int[] Heads, DependencyRelation[] Relations);

/// <summary>
/// Trains a <see cref="DependencyParser"/> with the averaged perceptron and the dynamic oracle: after the first
/// epoch the trainer mostly follows the model's own (possibly wrong) transitions, so it learns from the
/// configurations the parser will really meet (Goldberg and Nivre 2012).
/// </summary>
internal static class ParserTrainer
{
    /// <summary>Averaged weights smaller than this change no decision worth keeping; dropping them shrinks the model.</summary>
    public const float PruneBelow = 0.05f;

    /// <summary>Epochs that follow only zero-cost transitions before exploration starts.</summary>
    private const int StaticEpochs = 1;

    /// <summary>Chance of following the model's own transition once exploring (Goldberg and Nivre's p = 0.9).</summary>
    private const double ExploreProbability = 0.9;

    public static DependencyParser Train(IReadOnlyList<ParserExample> examples, int epochs, int seed, Action<string>? log = null, Action<int, DependencyParser>? afterEpoch = null)
    {
        var perceptron = new PerceptronTrainer(Transition.ClassCount);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var state = new ParserState();
        var oracle = new DynamicOracle();
        var sentence = new ParserFeatures.Sentence();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<int> rows = stackalloc int[ParserFeatures.Max];
        var scores = new float[Transition.ClassCount];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (int s in order)
            {
                var example = examples[s];
                int count = example.Heads.Length;
                sentence.Reset(count);
                example.Words.CopyTo(sentence.Words, 0);
                example.Tags.CopyTo(sentence.Tags, 0);
                example.Clusters.CopyTo(sentence.Clusters, 0);
                oracle.Reset(example.Heads, example.Relations);
                state.Reset(count);
                while (!state.IsTerminal)
                {
                    Array.Clear(scores);
                    int n = ParserFeatures.Extract(state, sentence, features);
                    perceptron.Lookup(features[..n], rows);
                    perceptron.Score(rows[..n], scores);
                    int guess = DependencyParser.BestLegal(state, scores);
                    int gold = BestZeroCost(state, oracle, scores);
                    perceptron.Update(features[..n], rows, gold, guess);
                    perceptron.Tick();
                    bool right = IsZeroCost(state, oracle, guess);
                    if (right) correct++;
                    total++;
                    bool explore = epoch > StaticEpochs && random.NextDouble() < ExploreProbability;
                    state.Apply(right || explore ? guess : gold);
                }
            }
            log?.Invoke(FormattableString.Invariant($"parser epoch {epoch}: transitions right {100.0 * correct / total:0.00}% ({perceptron.FeatureCount:N0} features)"));
            afterEpoch?.Invoke(epoch, new DependencyParser(perceptron.Average(PruneBelow)));
        }
        return new DependencyParser(perceptron.Average(PruneBelow));
    }

    private static int BestZeroCost(ParserState state, DynamicOracle oracle, float[] scores)
    {
        Costs(state, oracle, out int shift, out int left, out int right);
        int min = Math.Min(shift, Math.Min(left, right));
        int best = -1;
        for (int c = 0; c < Transition.ClassCount; c++)
        {
            if (!Allowed(state, oracle, c, shift, left, right, min)) continue;
            if (best < 0 || scores[c] > scores[best]) best = c;
        }
        return best;
    }

    private static bool IsZeroCost(ParserState state, DynamicOracle oracle, int cls)
    {
        Costs(state, oracle, out int shift, out int left, out int right);
        return Allowed(state, oracle, cls, shift, left, right, Math.Min(shift, Math.Min(left, right)));
    }

    private static void Costs(ParserState state, DynamicOracle oracle, out int shift, out int left, out int right)
    {
        shift = state.CanShift ? oracle.ShiftCost(state) : int.MaxValue;
        left = state.CanLeft ? oracle.LeftCost(state) : int.MaxValue;
        right = state.CanRight ? oracle.RightCost(state) : int.MaxValue;
    }

    // A class is a gold choice when its move has the least cost and, if it builds a gold arc, it has the gold relation.
    private static bool Allowed(ParserState state, DynamicOracle oracle, int cls, int shift, int left, int right, int min)
    {
        if (!state.IsLegal(cls)) return false;
        if (cls == Transition.Shift) return shift == min;
        int dependent = state.Stack(0);
        var relation = Transition.RelationOf(cls);
        if (Transition.IsLeft(cls))
        {
            if (left != min) return false;
            return oracle.GoldHead(dependent) != state.Next || oracle.GoldRelation(dependent) == relation;
        }
        if (right != min) return false;
        return oracle.GoldHead(dependent) != state.Stack(1) || oracle.GoldRelation(dependent) == relation;
    }
}

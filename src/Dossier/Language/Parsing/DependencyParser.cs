using Dossier.Language.Perceptron;

namespace Dossier.Language.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser over a trained averaged perceptron: at each step the best-scoring legal
/// transition. Linear in sentence length. Immutable and thread-safe; the per-sentence state is the caller's.
/// </summary>
internal sealed class DependencyParser(SparseWeights weights)
{
    public SparseWeights Weights { get; } = weights;

    /// <summary>Parses one sentence whose atoms are in <paramref name="sentence"/>; heads and relations are left in <paramref name="state"/>.</summary>
    public void Parse(ParserFeatures.Sentence sentence, int count, ParserState state)
    {
        state.Reset(count);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> wholeVectors = stackalloc float[Math.Max(Weights.ScoreLength, Transition.ClassCount)];
        var scores = wholeVectors[..Transition.ClassCount];
        while (!state.IsTerminal)
        {
            wholeVectors.Clear();
            int n = ParserFeatures.Extract(state, sentence, features);
            Weights.Score(features[..n], wholeVectors);
            state.Apply(BestLegal(state, scores));
        }
    }

    internal static int BestLegal(ParserState state, ReadOnlySpan<float> scores)
    {
        // Only three kinds of move exist; checking legality per kind instead of per class keeps this loop cheap.
        bool shift = state.CanShift, left = state.CanLeft, right = state.CanRight, toRoot = state.Next == state.Count;
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (shift)
        {
            best = Transition.Shift;
            bestScore = scores[Transition.Shift];
        }
        if (left)
        {
            if (toRoot)
            {
                int root = Transition.Left(DependencyRelation.Root);
                if (best < 0 || scores[root] > bestScore) { best = root; bestScore = scores[root]; }
            }
            else
            {
                for (int c = 1; c <= SyntaxLabels.RelationCount; c++)
                {
                    if (c == Transition.Left(DependencyRelation.Root)) continue;
                    if (scores[c] > bestScore || best < 0) { best = c; bestScore = scores[c]; }
                }
            }
        }
        if (right)
        {
            for (int c = SyntaxLabels.RelationCount + 1; c < Transition.ClassCount; c++)
            {
                if (c == Transition.Right(DependencyRelation.Root)) continue;
                if (scores[c] > bestScore || best < 0) { best = c; bestScore = scores[c]; }
            }
        }
        return best;
    }
}

using System.Runtime.CompilerServices;
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
            int forced = OnlyLegal(state);
            if (forced >= 0)
            {
                state.Apply(forced);
                continue;
            }
            wholeVectors.Clear();
            int n = ParserFeatures.Extract(state, sentence, features);
            Weights.Score(features[..n], wholeVectors);
            state.Apply(BestLegal(state, scores));
        }
    }

    /// <summary>
    /// The one legal transition when there is only one, else -1: SHIFT while the stack is empty (at the start, and
    /// whenever every word so far has found its head), LEFT-ARC to the root for the last word. Scoring these would
    /// change nothing (about one step in nine on EWT dev).
    /// </summary>
    internal static int OnlyLegal(ParserState state)
    {
        bool shift = state.CanShift, left = state.CanLeft, right = state.CanRight;
        if (shift && !left && !right) return Transition.Shift;
        if (!shift && left && !right && state.Next == state.Count) return Transition.Left(DependencyRelation.Root);
        return -1;
    }

    /// <summary>
    /// The legal transition with the highest score, the lowest class first among equals (SHIFT, then LEFT-ARCs, then
    /// RIGHT-ARCs, as a scan in class order finds it); -1 when none is legal.
    /// </summary>
    [SkipLocalsInit]
    internal static int BestLegal(ParserState state, ReadOnlySpan<float> scores)
    {
        // Only three kinds of move exist, each a range of classes (less the root relation), so the illegal ones are
        // masked out in ranges and the rest is one vectorised arg-max.
        bool shift = state.CanShift, left = state.CanLeft, right = state.CanRight, toRoot = state.Next == state.Count;
        if (!shift && !left && !right) return -1;
        int classes = Transition.ClassCount, relations = SyntaxLabels.RelationCount;
        Span<float> legal = stackalloc float[classes];
        scores[..classes].CopyTo(legal);
        int leftRoot = Transition.Left(DependencyRelation.Root);
        if (!shift) legal[Transition.Shift] = float.NegativeInfinity;
        if (!left) legal.Slice(1, relations).Fill(float.NegativeInfinity);
        else if (toRoot)
        {
            float root = legal[leftRoot];
            legal.Slice(1, relations).Fill(float.NegativeInfinity);
            legal[leftRoot] = root;
        }
        else legal[leftRoot] = float.NegativeInfinity;
        if (!right) legal.Slice(1 + relations, relations).Fill(float.NegativeInfinity);
        else legal[Transition.Right(DependencyRelation.Root)] = float.NegativeInfinity;
        return Scores.ArgMax(legal);
    }
}

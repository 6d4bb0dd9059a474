using Dossier.Language.Features;
using Dossier.Language.Perceptron;

namespace Dossier.Language.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger over a trained averaged perceptron: one (Penn tag, UPOS)
/// class per token. Immutable and thread-safe; scratch space lives on the caller's stack.
/// </summary>
internal sealed class Tagger(TagSet tags, SparseWeights weights)
{
    public TagSet Tags { get; } = tags;
    public SparseWeights Weights { get; } = weights;

    /// <summary>Tags <paramref name="count"/> tokens whose atoms are in <paramref name="padded"/> (see <see cref="TaggerFeatures.Extract"/>).</summary>
    public void Tag(ReadOnlySpan<TokenAtoms> padded, int count, Span<byte> classes)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Count];
        int prev1 = Tags.Boundary, prev2 = Tags.Boundary;
        for (int i = 0; i < count; i++)
        {
            scores.Clear();
            int n = TaggerFeatures.Extract(padded, i, prev1, prev2, features);
            Weights.Score(features[..n], scores);
            int best = ArgMax(scores);
            classes[i] = (byte)best;
            prev2 = prev1;
            prev1 = best;
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best]) best = c;
        }
        return best;
    }
}

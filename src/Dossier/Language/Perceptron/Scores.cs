using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Language.Perceptron;

/// <summary>Choosing a class from a classifier's scores.</summary>
internal static class Scores
{
    /// <summary>
    /// The first class with the highest score, as a left-to-right scan keeping the first strict maximum finds it
    /// (scores are sums of finite weights, never NaN). Vectorised: the maximum first, then its first position; the
    /// processor's own max may return -0 for +0, which the search for an equal score does not tell apart either.
    /// </summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int n = scores.Length;
        if (!Vector256.IsHardwareAccelerated || n < 2 * Vector256<float>.Count) return ArgMaxScalar(scores);
        ref float s0 = ref MemoryMarshal.GetReference(scores);
        var max = Vector256.LoadUnsafe(ref s0);
        int c = Vector256<float>.Count;
        for (; c + Vector256<float>.Count <= n; c += Vector256<float>.Count) max = Vector256.MaxNative(max, Vector256.LoadUnsafe(ref s0, (nuint)c));
        float best = max[0];
        for (int i = 1; i < Vector256<float>.Count; i++) best = Math.Max(best, max[i]);
        for (; c < n; c++) best = Math.Max(best, scores[c]);
        var target = Vector256.Create(best);
        for (c = 0; c + Vector256<float>.Count <= n; c += Vector256<float>.Count)
        {
            uint equal = Vector256.Equals(Vector256.LoadUnsafe(ref s0, (nuint)c), target).ExtractMostSignificantBits();
            if (equal != 0) return c + BitOperations.TrailingZeroCount(equal);
        }
        for (; c < n; c++)
        {
            if (scores[c] == best) return c;
        }
        return ArgMaxScalar(scores);
    }

    /// <summary>Adds <paramref name="source"/> to <paramref name="target"/>, class by class.</summary>
    public static void Add(ReadOnlySpan<float> source, Span<float> target)
    {
        int c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; c + Vector256<float>.Count <= source.Length; c += Vector256<float>.Count)
                (Vector256.Create(source[c..]) + Vector256.Create(target[c..])).CopyTo(target[c..]);
        }
        for (; c < source.Length; c++) target[c] += source[c];
    }

    private static int ArgMaxScalar(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best]) best = c;
        }
        return best;
    }
}

using Dossier.Language.Features;
using Dossier.Language.Perceptron;

namespace Dossier.Language.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger over averaged perceptrons, one (Penn tag, UPOS) class per token, in
/// two passes: the first sees only the tags to its left; the second also sees the first pass's tags to the right
/// ("for" before a verb is a subordinator, before a noun a preposition). Immutable and thread-safe.
/// </summary>
internal sealed class Tagger(TagSet tags, SparseWeights first, SparseWeights? second)
{
    /// <summary>Longest sentence whose first-pass tags live on the stack; longer ones rent an array.</summary>
    private const int StackTags = 512;

    public TagSet Tags { get; } = tags;
    public SparseWeights First { get; } = first;
    /// <summary>The second pass, or null for a one-pass tagger.</summary>
    public SparseWeights? Second { get; } = second;

    /// <summary>Tags <paramref name="count"/> tokens whose atoms are in <paramref name="padded"/> (see <see cref="TaggerFeatures.Extract"/>).</summary>
    public void Tag(ReadOnlySpan<TokenAtoms> padded, int count, Span<byte> classes)
    {
        if (Second is null)
        {
            Pass(First, padded, count, [], classes);
            return;
        }
        byte[]? rented = count > StackTags ? new byte[count] : null;
        Span<byte> firstTags = rented ?? stackalloc byte[count];
        Pass(First, padded, count, [], firstTags);
        Pass(Second, padded, count, firstTags, classes);
    }

    private void Pass(SparseWeights weights, ReadOnlySpan<TokenAtoms> padded, int count, ReadOnlySpan<byte> lookahead, Span<byte> classes)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> wholeVectors = stackalloc float[Math.Max(weights.ScoreLength, Tags.Count)];
        var scores = wholeVectors[..Tags.Count];
        var context = new TaggerFeatures.Context(padded, count, Tags.Boundary, lookahead);
        int prev1 = Tags.Boundary, prev2 = Tags.Boundary;
        for (int i = 0; i < count; i++)
        {
            wholeVectors.Clear();
            int n = TaggerFeatures.Extract(context, i, prev1, prev2, features);
            weights.Score(features[..n], wholeVectors);
            int best = Scores.ArgMax(scores);
            classes[i] = (byte)best;
            prev2 = prev1;
            prev1 = best;
        }
    }
}

using System.Buffers;
using Dossier.Language.Features;
using Dossier.Language.Perceptron;

namespace Dossier.Language.Tagging;

/// <summary>
/// Greedy part-of-speech tagger over averaged perceptrons, one (Penn tag, UPOS) class per token. The first pass reads
/// left to right and sees only the tags to its left. Then either nothing, or a second left-to-right pass that also
/// sees the first pass's tags to the right, or a backward pass that reads right to left: each word's backward scores
/// are added to its first-pass scores and the sum decides, so a word is tagged by one model that saw the tags on its
/// left and one that saw the tags on its right ("for" before a verb is a subordinator, before a noun a preposition).
/// Immutable and thread-safe.
/// </summary>
internal sealed class Tagger
{
    /// <summary>Longest sentence whose first-pass tags live on the stack; longer ones rent an array.</summary>
    private const int StackTags = 512;

    public Tagger(TagSet tags, SparseWeights first, SparseWeights? second, SparseWeights? backward = null)
    {
        if (second is not null && backward is not null) throw new ArgumentException("a tagger has a second pass or a backward pass, not both");
        Tags = tags;
        First = first;
        Second = second;
        Backward = backward;
    }

    public TagSet Tags { get; }
    public SparseWeights First { get; }
    /// <summary>The second left-to-right pass, or null.</summary>
    public SparseWeights? Second { get; }
    /// <summary>The right-to-left pass whose scores are added to the first pass's, or null.</summary>
    public SparseWeights? Backward { get; }

    /// <summary>Tags <paramref name="count"/> tokens whose atoms are in <paramref name="padded"/> (see <see cref="TaggerFeatures.Extract"/>).</summary>
    public void Tag(ReadOnlySpan<TokenAtoms> padded, int count, Span<byte> classes)
    {
        if (Backward is not null)
        {
            float[] firstScores = ArrayPool<float>.Shared.Rent(count * Tags.Count);
            Pass(First, padded, count, [], classes, 1, firstScores, []);
            Pass(Backward, padded, count, [], classes, -1, [], firstScores);
            ArrayPool<float>.Shared.Return(firstScores);
            return;
        }
        if (Second is null)
        {
            Pass(First, padded, count, [], classes, 1, [], []);
            return;
        }
        byte[]? rented = count > StackTags ? new byte[count] : null;
        Span<byte> firstTags = rented ?? stackalloc byte[count];
        Pass(First, padded, count, [], firstTags, 1, [], []);
        Pass(Second, padded, count, firstTags, classes, 1, [], []);
    }

    /// <summary>
    /// One greedy pass in the direction <paramref name="step"/> (+1 or -1). Each word's scores are copied to
    /// <paramref name="record"/> when it is not empty, and <paramref name="prior"/>'s scores (another pass's, a row
    /// of <see cref="TagSet.Count"/> per word) are added before choosing when it is not.
    /// </summary>
    private void Pass(SparseWeights weights, ReadOnlySpan<TokenAtoms> padded, int count, ReadOnlySpan<byte> lookahead, Span<byte> classes,
        int step, Span<float> record, ReadOnlySpan<float> prior)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> wholeVectors = stackalloc float[Math.Max(weights.ScoreLength, Tags.Count)];
        int classCount = Tags.Count;
        var scores = wholeVectors[..classCount];
        var context = new TaggerFeatures.Context(padded, count, Tags.Boundary, lookahead, step);
        int prev1 = Tags.Boundary, prev2 = Tags.Boundary;
        for (int k = 0; k < count; k++)
        {
            int i = step > 0 ? k : count - 1 - k;
            wholeVectors.Clear();
            int n = TaggerFeatures.Extract(context, i, prev1, prev2, features);
            weights.Score(features[..n], wholeVectors);
            if (!record.IsEmpty) scores.CopyTo(record.Slice(i * classCount, classCount));
            if (!prior.IsEmpty) Scores.Add(prior.Slice(i * classCount, classCount), scores);
            int best = Scores.ArgMax(scores);
            classes[i] = (byte)best;
            prev2 = prev1;
            prev1 = best;
        }
    }
}

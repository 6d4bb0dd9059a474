namespace Dossier.Entities.Tagging;

/// <summary>Scores tokens with shipped weights; the per-thread scratch buffers come from the caller.</summary>
internal struct RuntimeScorer(NerWeights weights, TokenTable table, ulong[] keyBuffer, int[] sums) : ITokenScorer
{
    public static bool WantsRunnerUp => false;

    public readonly void StaticScores(int token, Span<float> scores)
    {
        int n = FeatureExtractor.Static(table, token, keyBuffer);
        sums.AsSpan().Clear();
        weights.AddBinary(keyBuffer.AsSpan(0, n), sums);
        for (int l = 0; l < NerLabels.Count; l++) scores[l] = sums[l] * weights.Scale;
    }

    public readonly void AddDynamic(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores) =>
        weights.AddWeighted(keys, values, scores);

    public readonly void Decided(int token, int label, int runnerUp, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values)
    {
    }
}

namespace Dossier.Entities.Tagging;

/// <summary>
/// Scores tokens with shipped weights for one stage. The first stage looks up each token's static features once for
/// every stage and keeps the later stages' static scores in <paramref name="laterStatic"/> (tokens × 17 per later
/// stage); later stages read them from there. Scratch buffers come from the caller.
/// </summary>
internal readonly struct RuntimeScorer(StagedWeights weights, int stage, TokenTable table, ulong[] keyBuffer, int[] sums, float[] laterStatic) : ITokenScorer
{
    public static bool WantsRunnerUp => false;

    public void StaticScores(int token, Span<float> scores)
    {
        const int L = NerLabels.Count;
        int later = weights.Stages - 1;
        if (stage > 0)
        {
            laterStatic.AsSpan((token * later + stage - 1) * L, L).CopyTo(scores);
            return;
        }
        int n = FeatureExtractor.Static(table, token, keyBuffer);
        var s = sums.AsSpan(0, weights.RowWidth);
        s.Clear();
        weights.AddBinary(keyBuffer.AsSpan(0, n), s);
        for (int st = 0; st < weights.Stages; st++)
        {
            var target = st == 0 ? scores : laterStatic.AsSpan((token * later + st - 1) * L, L);
            float scale = weights.Scale(st);
            for (int l = 0; l < L; l++) target[l] = s[st * L + l] * scale;
        }
    }

    public void AddDynamic(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores) =>
        weights.AddWeighted(stage, keys, values, scores);

    public void Decided(int token, int label, int runnerUp, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values)
    {
    }
}

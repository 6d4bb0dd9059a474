namespace Dossier.Entities.Tagging;

/// <summary>
/// Scores tokens with shipped weights for one stage: static scores from <paramref name="staticScores"/> (every
/// token's, every stage's, from <see cref="StaticScoring"/>), dynamic features looked up as they come.
/// <para>
/// The dynamic features that pair the previous label with the word or its shape are the ones that miss the cache
/// (the other dynamic features have a few dozen keys), and they cannot be looked up before the previous token is
/// decided. So each token starts loading them for the next tokens with a guessed previous label: the first stage's
/// label in the second stage (<paramref name="guesses"/>), outside in the first stage. A wrong guess only wastes a
/// load; the scores are the same.
/// </para>
/// </summary>
internal readonly struct RuntimeScorer(StagedWeights weights, int stage, float[] staticScores, TokenTable table, int[]? guesses = null) : ITokenScorer
{
    public static bool WantsRunnerUp => false;

    public void StaticScores(int token, Span<float> scores)
    {
        staticScores.AsSpan((token * weights.Stages + stage) * NerLabels.Count, NerLabels.Count).CopyTo(scores);
        // Slots two tokens ahead, rows (their slots fetched at the previous token) one token ahead.
        Span<ulong> keys = stackalloc ulong[2];
        if (GuessedKeys(token + 2, keys)) weights.FetchSlots(keys);
        Span<int> rows = stackalloc int[2];
        if (GuessedKeys(token + 1, keys)) weights.FindRows(keys, rows);
    }

    private bool GuessedKeys(int token, Span<ulong> keys)
    {
        if (token >= table.Count) return false;
        ulong y1 = token - 1 < table.SentenceStart[token] ? 99 : guesses is null ? NerLabels.Outside : (ulong)guesses[token - 1];
        keys[0] = FeatureExtractor.LabelWordKey(table, token, y1);
        keys[1] = FeatureExtractor.LabelShapeKey(table, token, y1);
        return true;
    }

    public void AddDynamic(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores) =>
        weights.AddWeighted(stage, keys, values, scores);

    public void Decided(int token, int label, int runnerUp, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values)
    {
    }
}

namespace Dossier.Entities.Tagging;

/// <summary>
/// The static scores of every token of a document for every stage, before decoding: static features do not depend on
/// the labels, so the tokens can be scored as a pipeline. Looking a token's ~55 features up costs two trips to memory
/// one after the other (the table slots, then the rows they point to), and memory latency, not arithmetic, bounds the
/// tagger; so while token j's slots load, token j - 1's rows are found and start loading, and token j - 2's rows are
/// added. The sums are integers per token, as when each token is scored alone, so the scores are the same.
/// </summary>
internal sealed class StaticScoring
{
    /// <summary>Tokens between the steps: keys and slots of token j, rows of token j - Lag, sums of token j - 2 Lag.</summary>
    private const int Lag = 2;
    private const int Ring = 2 * Lag + 1;

    private readonly ulong[] _keys = new ulong[Ring * FeatureExtractor.MaxStatic];
    private readonly int[] _rows = new int[Ring * FeatureExtractor.MaxStatic];
    private readonly int[] _counts = new int[Ring];
    private int[] _sums = [];
    private float[] _scores = [];

    /// <summary>
    /// Scores the tokens of <paramref name="table"/>; the result holds, token after token, each stage's 17 scores
    /// (the quantised sums times the stage's scale), in its first tokens × stages × 17 places. Valid until the next call.
    /// </summary>
    public float[] Run(StagedWeights weights, TokenTable table)
    {
        const int L = NerLabels.Count;
        int n = table.Count, stages = weights.Stages, width = weights.RowWidth;
        if (_scores.Length < n * width) _scores = new float[Math.Max(n * width, _scores.Length * 2)];
        if (_sums.Length < width) _sums = new int[width];
        var sums = _sums.AsSpan(0, width);
        for (int j = 0; j < n + Ring - 1; j++)
        {
            if (j < n)
            {
                var keys = _keys.AsSpan(j % Ring * FeatureExtractor.MaxStatic, FeatureExtractor.MaxStatic);
                int count = FeatureExtractor.Static(table, j, keys);
                _counts[j % Ring] = count;
                weights.FetchSlots(keys[..count]);
            }
            int found = j - Lag;
            if (found >= 0 && found < n)
            {
                int slot = found % Ring;
                weights.FindRows(_keys.AsSpan(slot * FeatureExtractor.MaxStatic, _counts[slot]), _rows.AsSpan(slot * FeatureExtractor.MaxStatic, _counts[slot]));
            }
            int added = j - 2 * Lag;
            if (added >= 0)
            {
                int slot = added % Ring;
                sums.Clear();
                weights.AddRows(_rows.AsSpan(slot * FeatureExtractor.MaxStatic, _counts[slot]), sums);
                var target = _scores.AsSpan(added * width, width);
                for (int st = 0; st < stages; st++)
                {
                    float scale = weights.Scale(st);
                    for (int l = 0; l < L; l++) target[st * L + l] = sums[st * L + l] * scale;
                }
            }
        }
        return _scores;
    }
}

using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>
/// Scores with the live weights and, after each decision, updates them toward the gold label: a perceptron step,
/// or a passive-aggressive one (Crammer et al. 2006), which also corrects right decisions won by too small a margin.
/// </summary>
internal struct TrainingScorer(PerceptronWeights weights, Dictionary<ulong, int> staticRows, TrainingDocument document,
    NerTrainingOptions options) : ITokenScorer
{
    private int[] _rows = new int[FeatureExtractor.MaxStatic];
    private int _rowCount;
    private float[] _scores = new float[NerLabels.Count];

    public static bool WantsRunnerUp => true;

    public int Mistakes { get; private set; }

    public void StaticScores(int token, Span<float> scores)
    {
        scores.Clear();
        _rowCount = 0;
        foreach (ulong key in document.Keys.AsSpan(document.Offsets[token], document.Offsets[token + 1] - document.Offsets[token]))
        {
            if (!staticRows.TryGetValue(key, out int row)) continue;
            _rows[_rowCount++] = row;
            weights.AddRow(row, 1f, scores);
        }
    }

    public readonly void AddDynamic(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores)
    {
        for (int k = 0; k < keys.Length; k++)
        {
            int row = weights.DynamicRow(keys[k], create: false);
            if (row >= 0) weights.AddRow(row, values[k], scores);
        }
        scores.CopyTo(_scores);
    }

    public void Decided(int token, int label, int runnerUp, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values)
    {
        int gold = document.Gold[token];
        if (label != gold) Mistakes++;
        // Passive-aggressive training also updates a correct decision whose margin over the runner-up is below 1.
        if (label == gold && options.Aggressiveness > 0 && runnerUp >= 0 && _scores[runnerUp] + 1 > _scores[gold]) label = runnerUp;
        if (label != gold)
        {
            float step = 1f;
            if (options.Aggressiveness > 0)
            {
                // PA-I: the smallest step that fixes the margin, capped at C; ‖Δφ‖² = 2 Σ v².
                float norm = 2 * _rowCount;
                foreach (float v in values) norm += 2 * v * v;
                float loss = _scores[label] - _scores[gold] + 1;
                step = Math.Min(options.Aggressiveness, loss / Math.Max(norm, 1e-6f));
            }
            foreach (int row in _rows.AsSpan(0, _rowCount)) weights.Update(row, gold, label, step);
            for (int k = 0; k < keys.Length; k++) weights.Update(weights.DynamicRow(keys[k], create: true), gold, label, step * values[k]);
        }
        weights.Tick();
    }
}

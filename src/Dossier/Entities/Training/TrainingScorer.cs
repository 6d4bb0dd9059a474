using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>Scores with the live perceptron weights and, after each decision, updates them toward the gold label.</summary>
internal struct TrainingScorer(PerceptronWeights weights, Dictionary<ulong, int> staticRows, TrainingDocument document) : ITokenScorer
{
    public int Mistakes { get; private set; }

    public readonly void StaticScores(int token, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong key in document.Keys.AsSpan(document.Offsets[token], document.Offsets[token + 1] - document.Offsets[token]))
        {
            if (staticRows.TryGetValue(key, out int row)) weights.AddRow(row, 1f, scores);
        }
    }

    public readonly void AddDynamic(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores)
    {
        for (int k = 0; k < keys.Length; k++)
        {
            int row = weights.DynamicRow(keys[k], create: false);
            if (row >= 0) weights.AddRow(row, values[k], scores);
        }
    }

    public void Decided(int token, int label, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values)
    {
        int gold = document.Gold[token];
        if (label != gold)
        {
            Mistakes++;
            foreach (ulong key in document.Keys.AsSpan(document.Offsets[token], document.Offsets[token + 1] - document.Offsets[token]))
            {
                if (staticRows.TryGetValue(key, out int row)) weights.Update(row, gold, label, 1f);
            }
            for (int k = 0; k < keys.Length; k++) weights.Update(weights.DynamicRow(keys[k], create: true), gold, label, values[k]);
        }
        weights.Tick();
    }
}

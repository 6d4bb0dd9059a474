namespace Dossier.Entities.Conll;

/// <summary>Counts exact-match chunks per type (span and type must both agree), as conlleval does.</summary>
public sealed class ChunkScore
{
    private readonly SortedDictionary<string, (long Tp, long Fp, long Fn)> _byType = new(StringComparer.Ordinal);

    public IEnumerable<string> Types => _byType.Keys;

    public (long TruePositives, long FalsePositives, long FalseNegatives) Counts(string type) => _byType.GetValueOrDefault(type);

    public (long TruePositives, long FalsePositives, long FalseNegatives) Total
    {
        get
        {
            long tp = 0, fp = 0, fn = 0;
            foreach (var (a, b, c) in _byType.Values) { tp += a; fp += b; fn += c; }
            return (tp, fp, fn);
        }
    }

    public double OverallF1
    {
        get
        {
            var (tp, fp, fn) = Total;
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /// <summary>Scores one sentence.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldChunks = ConllChunks.Of(gold);
        var predictedChunks = ConllChunks.Of(predicted);
        var remaining = new HashSet<ConllChunks.Chunk>(goldChunks);
        foreach (var chunk in predictedChunks)
        {
            var c = _byType.GetValueOrDefault(chunk.Type);
            if (remaining.Remove(chunk)) c.Tp++;
            else c.Fp++;
            _byType[chunk.Type] = c;
        }
        foreach (var chunk in remaining)
        {
            var c = _byType.GetValueOrDefault(chunk.Type);
            c.Fn++;
            _byType[chunk.Type] = c;
        }
    }
}

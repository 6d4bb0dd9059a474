using Dossier.Entities.Tagging;

namespace Dossier.Entities.Training;

/// <summary>
/// Averaged perceptron weights during training (Collins 2002; averaging with the "lazy" trick of Daumé: keep
/// w and the time-weighted sum of updates u, then average = w − u / c). Static features have rows fixed in
/// advance from a shared key map; dynamic features get rows the first time an update touches them.
/// </summary>
internal sealed class PerceptronWeights
{
    private const int L = NerLabels.Count;
    private readonly Dictionary<ulong, int> _staticRows;
    private readonly Dictionary<ulong, int> _dynamicRows = [];
    private float[] _w;
    private float[] _u;
    private int _rowCount;

    public PerceptronWeights(Dictionary<ulong, int> staticRows)
    {
        _staticRows = staticRows;
        _rowCount = staticRows.Count;
        _w = new float[(_rowCount + 1024) * L];
        _u = new float[(_rowCount + 1024) * L];
    }

    /// <summary>Instances seen so far (the averaging clock).</summary>
    public long Clock { get; private set; } = 1;

    public void Tick() => Clock++;

    public int DynamicRow(ulong key, bool create)
    {
        if (_dynamicRows.TryGetValue(key, out int row)) return row;
        if (_staticRows.TryGetValue(key, out row)) return row;
        if (!create) return -1;
        row = _rowCount++;
        _dynamicRows[key] = row;
        if (_rowCount * L > _w.Length)
        {
            Array.Resize(ref _w, _w.Length * 2);
            Array.Resize(ref _u, _u.Length * 2);
        }
        return row;
    }

    public void AddRow(int row, float value, Span<float> scores)
    {
        var w = _w.AsSpan(row * L, L);
        for (int l = 0; l < L; l++) scores[l] += w[l] * value;
    }

    public void Update(int row, int gold, int predicted, float value)
    {
        int b = row * L;
        _w[b + gold] += value;
        _u[b + gold] += Clock * value;
        _w[b + predicted] -= value;
        _u[b + predicted] -= Clock * value;
    }

    /// <summary>
    /// The averaged weights, quantised to 16 bits, without rows whose largest weight is below
    /// <paramref name="pruneBelow"/> times the largest weight of all.
    /// </summary>
    public NerWeights Finish(float pruneBelow)
    {
        var keys = new ulong[_rowCount];
        foreach (var (key, row) in _staticRows) keys[row] = key;
        foreach (var (key, row) in _dynamicRows) keys[row] = key;
        var averaged = new float[_rowCount * L];
        float max = 0;
        for (int i = 0; i < averaged.Length; i++)
        {
            averaged[i] = _w[i] - _u[i] / Clock;
            max = Math.Max(max, Math.Abs(averaged[i]));
        }
        if (max == 0) max = 1;
        float scale = max / short.MaxValue;
        float threshold = pruneBelow * max;
        var keptKeys = new List<ulong>();
        var keptWeights = new List<short>();
        for (int row = 0; row < _rowCount; row++)
        {
            var w = averaged.AsSpan(row * L, L);
            float rowMax = 0;
            foreach (float x in w) rowMax = Math.Max(rowMax, Math.Abs(x));
            if (rowMax <= threshold || rowMax < scale) continue;
            keptKeys.Add(keys[row]);
            foreach (float x in w) keptWeights.Add((short)Math.Round(x / scale));
        }
        return new NerWeights([.. keptKeys], [.. keptWeights], scale);
    }
}

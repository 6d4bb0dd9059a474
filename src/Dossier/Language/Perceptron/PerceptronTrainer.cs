namespace Dossier.Language.Perceptron;

/// <summary>
/// A multi-class averaged perceptron (Collins 2002) for training. Weights live in sparse rows, one per feature,
/// each a contiguous run of (class, weight) entries, because an update only ever touches the gold and the
/// predicted class; a full row moves to the end of the entry arrays with twice the room. Averaging is lazy
/// (each entry remembers when it last changed). Not thread-safe.
/// </summary>
internal sealed class PerceptronTrainer(int classCount)
{
    private readonly Dictionary<ulong, int> _rows = new(1 << 16);
    private int[] _rowStart = new int[1 << 16];
    private int[] _rowCount = new int[1 << 16];
    private int[] _rowCapacity = new int[1 << 16];
    private byte[] _class = new byte[1 << 20];
    private float[] _weight = new float[1 << 20];
    private double[] _total = new double[1 << 20];
    private int[] _stamp = new int[1 << 20];
    private int _used;
    private int _instances = 1;

    public int ClassCount { get; } = classCount;
    public int FeatureCount => _rows.Count;

    /// <summary>Counts one training instance; averaging weighs each weight by the number of instances it stood for.</summary>
    public void Tick() => _instances++;

    /// <summary>Finds the row of each feature (-1 when the feature has no weights yet).</summary>
    public void Lookup(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        for (int i = 0; i < features.Length; i++) rows[i] = _rows.TryGetValue(features[i], out int row) ? row : -1;
    }

    /// <summary>Adds the current (not averaged) weights of the rows to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        foreach (int row in rows)
        {
            if (row < 0) continue;
            int end = _rowStart[row] + _rowCount[row];
            for (int e = _rowStart[row]; e < end; e++) scores[_class[e]] += _weight[e];
        }
    }

    /// <summary>Rewards <paramref name="gold"/> and penalises <paramref name="guess"/> for every feature (nothing when they agree).</summary>
    public void Update(ReadOnlySpan<ulong> features, Span<int> rows, int gold, int guess)
    {
        if (gold == guess) return;
        for (int i = 0; i < features.Length; i++)
        {
            if (rows[i] < 0) rows[i] = NewRow(features[i]);
            Add(rows[i], gold, 1f);
            Add(rows[i], guess, -1f);
        }
    }

    /// <summary>The averaged weights, without entries whose magnitude is below <paramref name="pruneBelow"/>.</summary>
    public SparseWeights Average(float pruneBelow)
    {
        // Rows are ordered by stored key (the top bits of the hash); the rare rows that share one are summed.
        var rows = _rows.Select(p => (Key: SparseWeights.NonZero(p.Key), Row: p.Value)).OrderBy(p => p.Key).ToArray();
        var keys = new List<ulong>(rows.Length);
        var starts = new List<int>(rows.Length + 1);
        var weights = new List<float>();
        var classes = new List<byte>();
        var sums = new double[ClassCount];
        var touched = new bool[ClassCount];
        for (int i = 0; i < rows.Length;)
        {
            ulong key = rows[i].Key;
            for (; i < rows.Length && rows[i].Key == key; i++)
            {
                int row = rows[i].Row;
                for (int e = _rowStart[row]; e < _rowStart[row] + _rowCount[row]; e++)
                {
                    sums[_class[e]] += (_total[e] + (double)(_instances - _stamp[e]) * _weight[e]) / _instances;
                    touched[_class[e]] = true;
                }
            }
            int start = weights.Count;
            for (int c = 0; c < ClassCount; c++)
            {
                if (touched[c] && Math.Abs(sums[c]) >= pruneBelow)
                {
                    weights.Add((float)sums[c]);
                    classes.Add((byte)c);
                }
                sums[c] = 0;
                touched[c] = false;
            }
            if (weights.Count == start) continue;
            keys.Add(key);
            starts.Add(start);
        }
        starts.Add(weights.Count);
        return new SparseWeights(ClassCount, keys.ToArray(), starts.ToArray(), [.. weights], [.. classes]);
    }

    private int NewRow(ulong feature)
    {
        // A feature can occur twice in one instance (two templates that coincide); it gets one row.
        if (_rows.TryGetValue(feature, out int existing)) return existing;
        int row = _rows.Count;
        _rows.Add(feature, row);
        if (row == _rowStart.Length)
        {
            Array.Resize(ref _rowStart, row * 2);
            Array.Resize(ref _rowCount, row * 2);
            Array.Resize(ref _rowCapacity, row * 2);
        }
        _rowStart[row] = Reserve(2);
        _rowCount[row] = 0;
        _rowCapacity[row] = 2;
        return row;
    }

    private void Add(int row, int cls, float delta)
    {
        int start = _rowStart[row], count = _rowCount[row];
        int e = start;
        while (e < start + count && _class[e] != cls) e++;
        if (e == start + count)
        {
            if (count == _rowCapacity[row]) e = Grow(row) + count;
            _class[e] = (byte)cls;
            _weight[e] = 0;
            _total[e] = 0;
            _stamp[e] = _instances;
            _rowCount[row]++;
        }
        _total[e] += (double)(_instances - _stamp[e]) * _weight[e];
        _stamp[e] = _instances;
        _weight[e] += delta;
    }

    // Moves a full row to fresh room at the end, twice as large; returns its new start.
    private int Grow(int row)
    {
        int capacity = Math.Min(_rowCapacity[row] * 2, Math.Max(ClassCount, 2));
        int start = Reserve(capacity);
        int old = _rowStart[row], count = _rowCount[row];
        Array.Copy(_class, old, _class, start, count);
        Array.Copy(_weight, old, _weight, start, count);
        Array.Copy(_total, old, _total, start, count);
        Array.Copy(_stamp, old, _stamp, start, count);
        _rowStart[row] = start;
        _rowCapacity[row] = capacity;
        return start;
    }

    private int Reserve(int size)
    {
        if (_used + size > _class.Length)
        {
            int length = Math.Max(_used + size, _class.Length * 2);
            Array.Resize(ref _class, length);
            Array.Resize(ref _weight, length);
            Array.Resize(ref _total, length);
            Array.Resize(ref _stamp, length);
        }
        int start = _used;
        _used += size;
        return start;
    }
}

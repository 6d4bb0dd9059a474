using System.Runtime.CompilerServices;

namespace Dossier.Entities.Tagging;

/// <summary>
/// The shipped weights of one tagger stage: feature keys in an open-addressing table, each pointing at a row of
/// 16-bit weights (one per label, times <see cref="Scale"/>). Read-only after loading, so threads share it.
/// </summary>
internal sealed class NerWeights
{
    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly short[] _weights;
    private readonly int _mask;

    public NerWeights(ulong[] keys, short[] weights, float scale)
    {
        if (weights.Length != keys.Length * NerLabels.Count) throw new ArgumentException("Weights do not match keys.", nameof(weights));
        int size = 1;
        while (size < keys.Length * 2 + 2) size <<= 1;
        _slots = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
        for (int r = 0; r < keys.Length; r++)
        {
            ulong key = NonZero(keys[r]);
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = key;
            _rows[slot] = r;
        }
        Keys = keys;
        _weights = weights;
        Scale = scale;
    }

    public float Scale { get; }
    public int Count => Keys.Length;
    public ulong[] Keys { get; }
    public ReadOnlySpan<short> Weights => _weights;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    /// <summary>Row of <paramref name="key"/>, or -1 when the feature was pruned or never seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong key)
    {
        key = NonZero(key);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _slots[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds the rows of binary features into integer accumulators (exact, and cheaper than floats).</summary>
    public void AddBinary(ReadOnlySpan<ulong> keys, Span<int> sums)
    {
        var weights = _weights.AsSpan();
        foreach (ulong key in keys)
        {
            int row = Row(key);
            if (row < 0) continue;
            var w = weights.Slice(row * NerLabels.Count, NerLabels.Count);
            for (int l = 0; l < w.Length; l++) sums[l] += w[l];
        }
    }

    public void AddWeighted(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores)
    {
        var weights = _weights.AsSpan();
        for (int k = 0; k < keys.Length; k++)
        {
            int row = Row(keys[k]);
            if (row < 0) continue;
            float v = values[k] * Scale;
            var w = weights.Slice(row * NerLabels.Count, NerLabels.Count);
            for (int l = 0; l < w.Length; l++) scores[l] += w[l] * v;
        }
    }
}

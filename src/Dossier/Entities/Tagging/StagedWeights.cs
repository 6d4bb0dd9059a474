using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Entities.Tagging;

/// <summary>
/// The weights of every stage of a model in one open-addressing table: a feature key leads to one row holding each
/// stage's 17 weights side by side, so the static features of a token are looked up once for both stages (memory
/// latency, not arithmetic, bounds the tagger's speed). Read-only after construction; shared by threads.
/// </summary>
internal sealed class StagedWeights
{
    private const int L = NerLabels.Count;
    /// <summary>Per slot: the key's high 32 bits (its fingerprint) and its row + 1 in the low 32 bits; 0 is an empty slot.</summary>
    private readonly ulong[] _slots;
    private readonly short[] _weights;
    private readonly float[] _scales;
    private readonly int _mask;

    public StagedWeights(IReadOnlyList<NerWeights> stages)
    {
        Stages = stages.Count;
        RowWidth = L * Stages;
        _scales = [.. stages.Select(s => s.Scale)];
        var rowOf = new Dictionary<ulong, int>();
        foreach (var stage in stages)
        {
            foreach (ulong key in stage.Keys) rowOf.TryAdd(NonZero(key), rowOf.Count);
        }
        _weights = new short[rowOf.Count * RowWidth];
        for (int s = 0; s < stages.Count; s++)
        {
            var keys = stages[s].Keys;
            var weights = stages[s].Weights;
            for (int r = 0; r < keys.Length; r++)
                weights.Slice(r * L, L).CopyTo(_weights.AsSpan(rowOf[NonZero(keys[r])] * RowWidth + s * L, L));
        }
        int size = 1;
        while (size < rowOf.Count * 2 + 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        // Two keys with the same slot bits and the same fingerprint would share a row; with 32 fingerprint bits
        // over a few hundred thousand keys that is vanishingly rare, and at worst it blurs two rare features.
        foreach (var (key, row) in rowOf)
        {
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (key & 0xFFFFFFFF00000000UL) | (uint)(row + 1);
        }
    }

    public int Stages { get; }
    /// <summary>Weights per row: 17 per stage.</summary>
    public int RowWidth { get; }

    public float Scale(int stage) => _scales[stage];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(ulong key)
    {
        key = NonZero(key);
        int slot = (int)(key & (ulong)_mask);
        ulong fingerprint = key & 0xFFFFFFFF00000000UL;
        while (true)
        {
            ulong entry = _slots[slot];
            if (entry == 0) return -1;
            if ((entry & 0xFFFFFFFF00000000UL) == fingerprint) return (int)(uint)entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// Adding the weights of binary features is three steps, so that the memory loads of many features (and, in
    /// <see cref="StaticScoring"/>, of several tokens) are in flight together rather than one after another: this one
    /// starts loading the table slots of <paramref name="keys"/>, <see cref="FindRows"/> reads them and starts loading
    /// the rows, <see cref="AddRows"/> adds the rows.
    /// </summary>
    public void FetchSlots(ReadOnlySpan<ulong> keys)
    {
        var slots = _slots;
        if (Sse.IsSupported)
        {
            ref ulong slot0 = ref MemoryMarshal.GetArrayDataReference(slots);
            foreach (ulong key in keys) Prefetch(ref Unsafe.Add(ref slot0, (int)(NonZero(key) & (ulong)_mask)));
            return;
        }
        ulong touched = 0;
        foreach (ulong key in keys) touched ^= slots[(int)(NonZero(key) & (ulong)_mask)];
        // Keeps the touching loads from being optimised away; the value itself means nothing.
        _sink = touched;
    }

    /// <summary>The row of each key (-1 when the model has no weights for it), and starts loading the rows.</summary>
    public void FindRows(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        int width = RowWidth;
        var weights = _weights;
        bool prefetch = Sse.IsSupported;
        ref short weight0 = ref MemoryMarshal.GetArrayDataReference(weights);
        int touched = 0;
        for (int k = 0; k < keys.Length; k++)
        {
            int row = Row(keys[k]);
            rows[k] = row;
            if (row < 0) continue;
            if (prefetch)
            {
                Prefetch(ref Unsafe.Add(ref weight0, row * width));
                Prefetch(ref Unsafe.Add(ref weight0, row * width + width - 1));
            }
            else touched ^= weights[row * width] ^ weights[row * width + width - 1];
        }
        if (!prefetch) _sink = (ulong)touched;
    }

    /// <summary>
    /// Adds every stage's weights of <paramref name="rows"/> into <paramref name="sums"/> (RowWidth integers, stage
    /// after stage; sixteen weights per vector instruction; integer sums, so the result does not depend on the order
    /// of the additions).
    /// </summary>
    public void AddRows(ReadOnlySpan<int> rows, Span<int> sums)
    {
        int width = RowWidth;
        var weights = _weights;
        int vectorEnd = Vector256.IsHardwareAccelerated && sums.Length >= width ? width & ~15 : 0;
        ref int sum0 = ref MemoryMarshal.GetReference(sums);
        foreach (int row in rows)
        {
            if (row < 0) continue;
            var w = weights.AsSpan(row * width, width);
            ref short w0 = ref MemoryMarshal.GetReference(w);
            int l = 0;
            for (; l < vectorEnd; l += 16)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref w0, (nuint)l));
                (Vector256.LoadUnsafe(ref sum0, (nuint)l) + low).StoreUnsafe(ref sum0, (nuint)l);
                (Vector256.LoadUnsafe(ref sum0, (nuint)l + 8) + high).StoreUnsafe(ref sum0, (nuint)l + 8);
            }
            for (; l < w.Length; l++) sums[l] += w[l];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T location) => Sse.Prefetch0(Unsafe.AsPointer(ref location));

    [ThreadStatic] private static ulong _sink;

    /// <summary>
    /// Adds one stage's weights of real-valued features into <paramref name="scores"/> (17 floats). As in
    /// <see cref="FetchSlots"/>, the slots and then the rows of all the keys are fetched before any is added; each
    /// label gets the same multiply and add, key after key, as a scalar loop (sixteen labels per vector, the last alone).
    /// </summary>
    [SkipLocalsInit]
    public void AddWeighted(int stage, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, Span<float> scores)
    {
        var weights = _weights;
        float scale = _scales[stage];
        Span<int> rows = stackalloc int[keys.Length];
        int offset = stage * L;
        if (Sse.IsSupported)
        {
            ref ulong slot0 = ref MemoryMarshal.GetArrayDataReference(_slots);
            foreach (ulong key in keys) Prefetch(ref Unsafe.Add(ref slot0, (int)(NonZero(key) & (ulong)_mask)));
        }
        else
        {
            ulong touched = 0;
            foreach (ulong key in keys) touched ^= _slots[(int)(NonZero(key) & (ulong)_mask)];
            _sink = touched;
        }
        ref short weight0 = ref MemoryMarshal.GetArrayDataReference(weights);
        for (int k = 0; k < keys.Length; k++)
        {
            int row = Row(keys[k]);
            rows[k] = row;
            if (row < 0 || !Sse.IsSupported) continue;
            Prefetch(ref Unsafe.Add(ref weight0, row * RowWidth + offset));
            Prefetch(ref Unsafe.Add(ref weight0, row * RowWidth + offset + L - 1));
        }
        bool vectors = Vector256.IsHardwareAccelerated && scores.Length >= L;
        ref float score0 = ref MemoryMarshal.GetReference(scores);
        for (int k = 0; k < keys.Length; k++)
        {
            int row = rows[k];
            if (row < 0) continue;
            float v = values[k] * scale;
            var w = weights.AsSpan(row * RowWidth + offset, L);
            int l = 0;
            if (vectors)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(w)));
                var factor = Vector256.Create(v);
                (Vector256.LoadUnsafe(ref score0) + Vector256.ConvertToSingle(low) * factor).StoreUnsafe(ref score0);
                (Vector256.LoadUnsafe(ref score0, 8) + Vector256.ConvertToSingle(high) * factor).StoreUnsafe(ref score0, 8);
                l = 16;
            }
            for (; l < L; l++) scores[l] += w[l] * v;
        }
    }
}

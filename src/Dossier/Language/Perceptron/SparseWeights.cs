using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dossier.Language.Perceptron;

/// <summary>
/// The weights of a trained linear classifier, for inference: an open-addressing table from feature hash to
/// a short run of (class, weight) entries. Perceptron weights are sparse (a feature only ever gets weight for
/// the classes it was updated with), so a row holds a handful of entries instead of one per class, which keeps
/// the model small and a lookup to one or two cache lines. Immutable and thread-safe.
/// </summary>
internal sealed class SparseWeights
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;   // 0 marks an empty slot; stored keys are never 0
        public int Start;
        public int Count;
    }

    /// <summary>
    /// Keys keep the top 40 bits of a feature hash: sorted 40-bit keys are stored in about 3 bytes each, and a
    /// chance match of an unseen feature (one in 2^40 / features) never happens in practice.
    /// </summary>
    public const ulong KeyMask = 0xFFFF_FFFF_FF00_0000UL;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly float[] _weights;
    private readonly byte[] _classes;

    /// <summary>Builds the table from rows: key, then the row's entries [start, start + count) in the parallel arrays.</summary>
    public SparseWeights(int classCount, ReadOnlySpan<ulong> keys, ReadOnlySpan<int> rowStarts, float[] weights, byte[] classes)
    {
        ClassCount = classCount;
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1; // load factor ≤ 0.5: short probe sequences
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _weights = weights;
        _classes = classes;
        for (int r = 0; r < keys.Length; r++)
        {
            ulong key = NonZero(keys[r]);
            int i = Home(key);
            while (_slots[i].Key != 0 && _slots[i].Key != key) i = (i + 1) & _mask;
            if (_slots[i].Key == key) throw new ArgumentException("Duplicate feature key.", nameof(keys));
            _slots[i] = new Slot { Key = key, Start = rowStarts[r], Count = rowStarts[r + 1] - rowStarts[r] };
        }
        FeatureCount = keys.Length;
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int EntryCount => _weights.Length;

    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/> (one per class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref byte c0 = ref MemoryMarshal.GetArrayDataReference(_classes);
        foreach (ulong feature in features)
        {
            ulong key = NonZero(feature);
            int i = Home(key);
            while (true)
            {
                ref Slot slot = ref slots[i];
                if (slot.Key == key)
                {
                    int end = slot.Start + slot.Count;
                    for (int e = slot.Start; e < end; e++)
                        scores[Unsafe.Add(ref c0, e)] += Unsafe.Add(ref w0, e);
                    break;
                }
                if (slot.Key == 0) break;
                i = (i + 1) & _mask;
            }
        }
    }

    /// <summary>Every row as (key, entries), in table order; for writing the model.</summary>
    public IEnumerable<(ulong Key, int Start, int Count)> Rows()
    {
        foreach (var slot in _slots)
        {
            if (slot.Key != 0) yield return (slot.Key, slot.Start, slot.Count);
        }
    }

    public float WeightAt(int entry) => _weights[entry];
    public byte ClassAt(int entry) => _classes[entry];

    /// <summary>The stored form of a feature hash: its top 40 bits, never 0 (0 marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NonZero(ulong key)
    {
        key &= KeyMask;
        return key == 0 ? 1UL << 24 : key;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(key >> 24) & _mask;
}

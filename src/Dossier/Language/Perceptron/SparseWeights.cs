using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.Perceptron;

/// <summary>
/// The weights of a trained linear classifier, for inference: an open-addressing table from feature hash to a
/// short run of (class, weight) entries. Perceptron weights are sparse (a feature only ever gets weight for the
/// classes it was updated with), so a row holds a handful of entries instead of one per class.
/// Built for memory latency, which is what a lookup costs: a slot is one 64-bit word (the top 40 bits of the
/// feature hash and a 24-bit value), a row is a count followed by entries that pack the class into the low
/// 8 bits of a float weight, and <see cref="Score"/> prefetches every slot, then every row, before reading any.
/// Slots are grouped in buckets of one cache line, so a lookup reads (and compares) one line, the one prefetched.
/// The few rows that hold weights for many classes (tag-only features such as "s0 tag, b0 tag" fire on every
/// decision and carry about nine tenths of all weights added) also get a dense copy that is added with vector
/// instructions instead of one scattered add per entry; their slot value is the dense row's index rather than a
/// row offset, so the dense row can be prefetched straight from the slot. Immutable and thread-safe.
/// </summary>
internal sealed unsafe partial class SparseWeights
{
    /// <summary>
    /// Keys keep the top 40 bits of a feature hash: sorted 40-bit keys are stored in about 3 bytes each, and a
    /// chance match of an unseen feature (one in 2^40 / features) never happens in practice.
    /// </summary>
    public const ulong KeyMask = 0xFFFF_FFFF_FF00_0000UL;

    private const int OffsetBits = 24;
    private const ulong OffsetMask = (1UL << OffsetBits) - 1;

    /// <summary>Most features a table holds: row offsets are 24 bits. Larger models must be compacted first.</summary>
    public const int MaxEntries = 1 << OffsetBits;

    /// <summary>Most features scored in one call (the callers' templates stay well below).</summary>
    private const int MaxFeatures = 256;

    /// <summary>
    /// A row with at least this share of the classes is also stored dense: adding it costs ClassCount / 8 vector
    /// adds, where the sparse form costs one scattered scalar add per entry (measured several times slower each).
    /// </summary>
    private const int DenseShare = 4;

    private const int CacheLine = 64;

    /// <summary>Slots per bucket: one cache line of 64-bit slots, so a lookup reads one line (and compares it at once).</summary>
    private const int BucketSlots = CacheLine / sizeof(ulong);

    /// <summary>Row words per cache line.</summary>
    private const int LineWords = CacheLine / sizeof(uint);

    // The three tables are line-aligned unmanaged memory on huge pages (HugePageBuffer says why).
    // Buckets of BucketSlots slots, one cache line each. A slot is 0 (empty) or key | value, the value a dense row
    // index (< _denseCount) or a row offset.
    private readonly HugePageBuffer<ulong> _slots;
    private readonly int _bucketMask;
    // One word per dense row, the offset of its sparse form (for Rows and short score buffers); then per row a header
    // (entry count in the low 8 bits) and the entries. Rows at offsets below _longEnd take two cache lines, the others one.
    private readonly HugePageBuffer<uint> _rows;
    private readonly int _longEnd;
    private readonly int _denseCount;
    private readonly HugePageBuffer<short> _dense;   // dense rows, _stride weights each, in units of _denseScale
    private readonly float _denseScale;
    private readonly int _stride;

    /// <summary>Builds the table from rows: keys[r] with entries [rowStarts[r], rowStarts[r + 1]) of the parallel arrays.</summary>
    public SparseWeights(int classCount, ReadOnlySpan<ulong> keys, ReadOnlySpan<int> rowStarts, ReadOnlySpan<float> weights, ReadOnlySpan<byte> classes)
    {
        ClassCount = classCount;
        _stride = classCount <= RegisterClasses ? RegisterClasses : (classCount + 15) & ~15;
        int denseMin = Math.Max(1, classCount / DenseShare), denseRows = 0;
        float largest = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            if (rowStarts[r + 1] - rowStarts[r] < denseMin) continue;
            denseRows++;
            for (int e = rowStarts[r]; e < rowStarts[r + 1]; e++) largest = Math.Max(largest, Math.Abs(weights[e]));
        }
        int capacity = 2 * BucketSlots;
        while (capacity < keys.Length + keys.Length / 2 + 1) capacity <<= 1; // load factor ≤ 2/3: short probes, small table
        _slots = new HugePageBuffer<ulong>(capacity);
        _bucketMask = capacity / BucketSlots - 1;
        _denseCount = denseRows;
        // Line-aligned: a dense row of 128 classes is exactly four cache lines.
        _dense = new HugePageBuffer<short>(denseRows * _stride);
        _denseScale = largest > 0 ? largest / short.MaxValue : 1;
        // Where each row goes, counted from a line-aligned start: first one word per dense row, then the sparse rows
        // longer than a line (each from the start of a line), then the shorter ones (none across a line boundary), so
        // that Score knows from the slot value how many lines a row takes; the dense rows' sparse forms last.
        var place = new int[keys.Length];
        int used = denseRows;
        for (int pass = 0; pass < 3; pass++)
        {
            if (pass < 2) used = AlignedUp(used);
            for (int r = 0; r < keys.Length; r++)
            {
                int words = 1 + rowStarts[r + 1] - rowStarts[r];
                bool dense = words - 1 >= denseMin, longRow = words > LineWords;
                if (pass == 0 && !dense && longRow)
                {
                    place[r] = used;
                    used = AlignedUp(used + words);
                }
                else if (pass == 1 && !dense && !longRow)
                {
                    if (used % LineWords + words > LineWords) used = AlignedUp(used);
                    place[r] = used;
                    used += words;
                }
                else if (pass == 2 && dense)
                {
                    place[r] = used;
                    used += words;
                }
            }
            if (pass == 0) _longEnd = used;
        }
        if (used + LineWords >= MaxEntries) throw new ArgumentException($"{weights.Length:N0} weights are too many for one table; compact the model.", nameof(weights));
        _rows = new HugePageBuffer<uint>(used + LineWords);
        denseRows = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            ulong key = NonZero(keys[r]);
            int i = FreeSlot(key);
            if (i < 0) throw new ArgumentException("Duplicate feature key.", nameof(keys));
            int count = rowStarts[r + 1] - rowStarts[r];
            if (count > byte.MaxValue) throw new ArgumentException("A row has more entries than classes.", nameof(rowStarts));
            bool dense = count >= denseMin;
            int offset = place[r];
            if (dense) _rows[denseRows] = (uint)offset;
            _slots[i] = key | (uint)(dense ? denseRows : offset);
            _rows[offset++] = (uint)count;
            for (int e = rowStarts[r]; e < rowStarts[r + 1]; e++)
            {
                _rows[offset++] = Pack(weights[e], classes[e]);
                // Dense weights are 16-bit fixed point: half the memory traffic of floats, and a step (largest / 32767,
                // about 0.002 for these models) far below the smallest weight the model keeps.
                if (dense) _dense[denseRows * _stride + classes[e]] = (short)Math.Round(weights[e] / _denseScale);
            }
            if (dense) denseRows++;
        }
        FeatureCount = keys.Length;
        EntryCount = weights.Length;
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int EntryCount { get; }

    /// <summary>
    /// The best length for a score buffer: the class count rounded up to whole vectors, so dense rows are added with
    /// vector instructions only (the classes past <see cref="ClassCount"/> get weight 0 and are to be ignored).
    /// </summary>
    public int ScoreLength => _stride;

    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/> (one per class).</summary>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int n = Math.Min(features.Length, MaxFeatures);
        Span<int> found = stackalloc int[n];
        ref ulong slot0 = ref Unsafe.AsRef<ulong>(_slots.Pointer);
        ref uint row0 = ref Unsafe.AsRef<uint>(_rows.Pointer);
        ref short dense0 = ref Unsafe.AsRef<short>(_dense.Pointer);
        int denseCount = _denseCount, denseBytes = _stride * sizeof(short);
        // 1. every home bucket on its way into the cache at once, rather than one miss after another
        if (Sse.IsSupported)
        {
            for (int f = 0; f < n; f++) Prefetch(ref Unsafe.Add(ref slot0, HomeBucket(NonZero(features[f])) * BucketSlots));
        }
        // 2. find each row, and start fetching it (all of a dense row: it spans several cache lines)
        for (int f = 0; f < n; f++)
        {
            int value = Find(ref slot0, NonZero(features[f]));
            found[f] = value;
            if (value < 0 || !Sse.IsSupported) continue;
            if (value < denseCount)
            {
                ref byte row = ref Unsafe.As<short, byte>(ref Unsafe.Add(ref dense0, value * _stride));
                for (int b = 0; b < denseBytes; b += CacheLine) Prefetch(ref Unsafe.Add(ref row, b));
                if ((denseBytes & (CacheLine - 1)) != 0) Prefetch(ref Unsafe.Add(ref row, denseBytes - 1)); // a row that ends inside a line
            }
            else
            {
                Prefetch(ref Unsafe.Add(ref row0, value));
                if (value < _longEnd) Prefetch(ref Unsafe.Add(ref row0, value + LineWords));
            }
        }
        // 3. add up
        if (InRegisters && scores.Length >= RegisterClasses)
        {
            AddInRegisters(found, scores);
            GC.KeepAlive(this); // the tables are freed with this object
            return;
        }
        ref float score0 = ref MemoryMarshal.GetReference(scores);
        bool denseFits = scores.Length >= ClassCount;
        int vectorEnd = !Vector256.IsHardwareAccelerated ? 0 : scores.Length >= _stride ? _stride : Math.Min(scores.Length, ClassCount) & ~15;
        var scale = Vector256.Create(_denseScale);
        var scale512 = Vector512.Create(_denseScale);
        for (int f = 0; f < n; f++)
        {
            int value = found[f];
            if (value < 0) continue;
            if (value < denseCount && denseFits)
            {
                ref short row = ref Unsafe.Add(ref dense0, value * _stride);
                int c = 0;
                if (Avx512F.IsSupported)
                {
                    // The same operations per class as below, sixteen classes per instruction.
                    for (; c < vectorEnd; c += 16)
                    {
                        var weight = Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref row, (nuint)c)));
                        (Vector512.LoadUnsafe(ref score0, (nuint)c) + weight * scale512).StoreUnsafe(ref score0, (nuint)c);
                    }
                }
                for (; c < vectorEnd; c += 16)
                {
                    var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)c));
                    (Vector256.LoadUnsafe(ref score0, (nuint)c) + Vector256.ConvertToSingle(low) * scale).StoreUnsafe(ref score0, (nuint)c);
                    (Vector256.LoadUnsafe(ref score0, (nuint)c + 8) + Vector256.ConvertToSingle(high) * scale).StoreUnsafe(ref score0, (nuint)c + 8);
                }
                for (; c < ClassCount; c++) Unsafe.Add(ref score0, c) += Unsafe.Add(ref row, c) * _denseScale;
                continue;
            }
            int offset = value < denseCount ? (int)Unsafe.Add(ref row0, value) : value;
            int count = (int)(Unsafe.Add(ref row0, offset) & 0xFF);
            if (denseFits)
            {
                // every class is below ClassCount, so no bounds check is needed
                for (int e = offset + 1; e <= offset + count; e++)
                {
                    uint packed = Unsafe.Add(ref row0, e);
                    Unsafe.Add(ref score0, (int)(packed & 0xFF)) += BitConverter.UInt32BitsToSingle(packed & ~0xFFu);
                }
                continue;
            }
            for (int e = offset + 1; e <= offset + count; e++)
            {
                uint packed = Unsafe.Add(ref row0, e);
                scores[(int)(packed & 0xFF)] += BitConverter.UInt32BitsToSingle(packed & ~0xFFu);
            }
        }
        GC.KeepAlive(this);
    }

    /// <summary>Every row as (key, offset of its first entry, entry count), in table order; for writing the model.</summary>
    public IEnumerable<(ulong Key, int Start, int Count)> Rows()
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            ulong slot = _slots[i];
            if (slot == 0) continue;
            int value = (int)(slot & OffsetMask);
            int offset = value < _denseCount ? (int)_rows[value] : value;
            yield return (slot & KeyMask, offset + 1, (int)(_rows[offset] & 0xFF));
        }
    }

    public float WeightAt(int entry) => BitConverter.UInt32BitsToSingle(_rows[entry] & ~0xFFu);
    public byte ClassAt(int entry) => (byte)(_rows[entry] & 0xFF);

    /// <summary>
    /// A smaller table with at most <paramref name="maxRows"/> features: those whose strongest weight is largest.
    /// A feature with only small weights rarely changes a decision, and a table that fits in the processor's cache
    /// is several times faster to look up.
    /// </summary>
    public SparseWeights Keep(int maxRows)
    {
        var rows = Rows().Select(r => (r.Key, r.Start, r.Count, Strength: Strength(r.Start, r.Count))).ToList();
        if (rows.Count > maxRows) rows = [.. rows.OrderByDescending(r => r.Strength).ThenBy(r => r.Key).Take(maxRows)];
        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new ulong[rows.Count];
        var starts = new int[rows.Count + 1];
        var weights = new List<float>();
        var classes = new List<byte>();
        for (int r = 0; r < rows.Count; r++)
        {
            keys[r] = rows[r].Key;
            starts[r] = weights.Count;
            for (int e = rows[r].Start; e < rows[r].Start + rows[r].Count; e++)
            {
                weights.Add(WeightAt(e));
                classes.Add(ClassAt(e));
            }
        }
        starts[rows.Count] = weights.Count;
        return new SparseWeights(ClassCount, keys, starts, [.. weights], [.. classes]);
    }

    private float Strength(int start, int count)
    {
        float max = 0;
        for (int e = start; e < start + count; e++) max = Math.Max(max, Math.Abs(WeightAt(e)));
        return max;
    }

    /// <summary>The stored form of a feature hash: its top 40 bits, never 0 (0 marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NonZero(ulong key)
    {
        key &= KeyMask;
        return key == 0 ? 1UL << OffsetBits : key;
    }

    // The class rides in the low 8 bits of the weight's mantissa: a relative error below 2^-15, one word per entry.
    private static uint Pack(float weight, byte cls) => (BitConverter.SingleToUInt32Bits(weight) & ~0xFFu) | cls;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HomeBucket(ulong key) => (int)(key >> OffsetBits) & _bucketMask;

    /// <summary>
    /// The value stored with <paramref name="key"/> (a stored key: see <see cref="NonZero"/>), or -1. Buckets fill from
    /// their first slot and overflow into the next bucket, so a bucket with an empty slot ends the search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ref ulong table, ulong key)
    {
        int b = HomeBucket(key);
        while (true)
        {
            ref ulong bucket = ref Unsafe.Add(ref table, b * BucketSlots);
            if (Vector512.IsHardwareAccelerated)
            {
                var slots = Vector512.LoadUnsafe(ref bucket);
                ulong hit = Vector512.Equals(slots & Vector512.Create(KeyMask), Vector512.Create(key)).ExtractMostSignificantBits();
                if (hit != 0) return (int)(Unsafe.Add(ref bucket, BitOperations.TrailingZeroCount(hit)) & OffsetMask);
                if (Vector512.Equals(slots, Vector512<ulong>.Zero).ExtractMostSignificantBits() != 0) return -1;
            }
            else
            {
                for (int i = 0; i < BucketSlots; i++)
                {
                    ulong slot = Unsafe.Add(ref bucket, i);
                    if (slot == 0) return -1;
                    if ((slot & KeyMask) == key) return (int)(slot & OffsetMask);
                }
            }
            b = (b + 1) & _bucketMask;
        }
    }

    /// <summary>The index of the slot a new key goes to; -1 for a key already there.</summary>
    private int FreeSlot(ulong key)
    {
        for (int b = HomeBucket(key); ; b = (b + 1) & _bucketMask)
        {
            for (int i = b * BucketSlots; i < (b + 1) * BucketSlots; i++)
            {
                ulong slot = _slots[i];
                if (slot == 0) return i;
                if ((slot & KeyMask) == key) return -1;
            }
        }
    }

    private static int AlignedUp(int words) => (words + LineWords - 1) & ~(LineWords - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T location) => Sse.Prefetch0(Unsafe.AsPointer(ref location));
}

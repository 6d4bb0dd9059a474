using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Collections;

/// <summary>
/// A read-only map from 64-bit hashes (already well mixed, as feature hashes are) to small values, for the taggers'
/// per-token lookups (NER cluster paths, capitalisation and gazetteer phrases; the syntax lexicon and lemmatiser).
/// Keys and values sit side by side in one array with linear probing, so a lookup reads one cache line where a
/// Dictionary reads a bucket and then an entry, and <see cref="Prefetch"/> lets a caller start the reads of a whole
/// sentence or document before it needs the answers (these tables are megabytes: most lookups miss the cache).
/// Same answers as the dictionary it is made from.
/// </summary>
internal sealed class HashTable<TValue> where TValue : unmanaged
{
    private struct Entry
    {
        public ulong Key;
        public TValue Value;
    }

    private readonly Entry[] _entries;
    private readonly int _mask;
    // Key 0 marks an empty entry, so a real key 0 is kept aside.
    private readonly bool _hasZero;
    private readonly TValue _zero;

    public HashTable(IReadOnlyDictionary<ulong, TValue> source)
    {
        Count = source.Count;
        int size = 2;
        while (size < source.Count * 2) size <<= 1;
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (key, value) in source)
        {
            if (key == 0)
            {
                (_hasZero, _zero) = (true, value);
                continue;
            }
            int slot = (int)(key & (ulong)_mask);
            while (_entries[slot].Key != 0) slot = (slot + 1) & _mask;
            _entries[slot] = new Entry { Key = key, Value = value };
        }
    }

    public int Count { get; }

    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = _zero;
            return _hasZero;
        }
        ref Entry entry0 = ref MemoryMarshal.GetArrayDataReference(_entries);
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref Entry entry = ref Unsafe.Add(ref entry0, slot);
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
            if (entry.Key == 0)
            {
                value = default;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public TValue GetValueOrDefault(ulong key) => TryGetValue(key, out var value) ? value : default;

    /// <summary>Starts loading the line a lookup of <paramref name="key"/> reads first (a hint; no effect on answers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), (int)(key & (ulong)_mask))));
    }
}

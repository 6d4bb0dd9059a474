using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Language.Perceptron;

internal sealed unsafe partial class SparseWeights
{
    /// <summary>Classes the register path holds: eight AVX-512 registers of sixteen scores (the tagger has 107, the parser 115).</summary>
    private const int RegisterClasses = 128;

    /// <summary>Whether <see cref="Score"/> keeps the scores in registers (see <see cref="AddInRegisters"/>).</summary>
    private bool InRegisters => _stride == RegisterClasses && Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary>
    /// Adds the rows found by <see cref="Score"/> with all 128 scores held in eight vector registers, so that no add
    /// waits on a store to the score buffer (adding rows through memory, a vector add after a scalar one to the same
    /// cache line stalls until the scalar store is written back; most of the time of a decision went there).
    /// A dense row adds weight × scale to every class. The sparse rows are summed per class into one buffer of zeros
    /// with scalar adds, and the buffer is added to the registers once at the end: a vector load of lines just written
    /// by scalar stores cannot be forwarded from them and waits until they reach the cache, which, paid once per
    /// sparse row, cost about a tenth of the time of syntax in ingest (2026-11-28: `dossier ingest --profile` on 1,000
    /// articles, syntax 8.15 → 7.57 CPU ms per article). A class's weights are thus added in another order than in the
    /// scalar form (sparse ones summed first), which could change a float sum in its last bit; the parses of EWT
    /// dev, EWT train and GUM dev are byte-identical to the scalar order's.
    /// </summary>
    [SkipLocalsInit]
    private void AddInRegisters(ReadOnlySpan<int> found, Span<float> scores)
    {
        ref float score0 = ref MemoryMarshal.GetReference(scores);
        var a0 = Vector512.LoadUnsafe(ref score0, 0);
        var a1 = Vector512.LoadUnsafe(ref score0, 16);
        var a2 = Vector512.LoadUnsafe(ref score0, 32);
        var a3 = Vector512.LoadUnsafe(ref score0, 48);
        var a4 = Vector512.LoadUnsafe(ref score0, 64);
        var a5 = Vector512.LoadUnsafe(ref score0, 80);
        var a6 = Vector512.LoadUnsafe(ref score0, 96);
        var a7 = Vector512.LoadUnsafe(ref score0, 112);
        Span<float> spread = stackalloc float[RegisterClasses + CacheLine / sizeof(float)];
        ref float row = ref AlignedToLine(spread);
        for (int c = 0; c < RegisterClasses; c += 16) Vector512<float>.Zero.StoreUnsafe(ref row, (nuint)c);
        ref uint row0 = ref Unsafe.AsRef<uint>(_rows.Pointer);
        ref short dense0 = ref Unsafe.AsRef<short>(_dense.Pointer);
        var scale = Vector512.Create(_denseScale);
        int denseCount = _denseCount;
        foreach (int value in found)
        {
            if (value < 0) continue;
            if (value < denseCount)
            {
                ref short weights = ref Unsafe.Add(ref dense0, value * RegisterClasses);
                a0 += Widen(ref weights, 0) * scale;
                a1 += Widen(ref weights, 16) * scale;
                a2 += Widen(ref weights, 32) * scale;
                a3 += Widen(ref weights, 48) * scale;
                a4 += Widen(ref weights, 64) * scale;
                a5 += Widen(ref weights, 80) * scale;
                a6 += Widen(ref weights, 96) * scale;
                a7 += Widen(ref weights, 112) * scale;
                continue;
            }
            int end = value + (int)(Unsafe.Add(ref row0, value) & 0xFF);
            for (int e = value + 1; e <= end; e++)
            {
                uint packed = Unsafe.Add(ref row0, e);
                Unsafe.Add(ref row, (int)(packed & 0xFF)) += BitConverter.UInt32BitsToSingle(packed & ~0xFFu);
            }
        }
        a0 += Vector512.LoadUnsafe(ref row, 0);
        a1 += Vector512.LoadUnsafe(ref row, 16);
        a2 += Vector512.LoadUnsafe(ref row, 32);
        a3 += Vector512.LoadUnsafe(ref row, 48);
        a4 += Vector512.LoadUnsafe(ref row, 64);
        a5 += Vector512.LoadUnsafe(ref row, 80);
        a6 += Vector512.LoadUnsafe(ref row, 96);
        a7 += Vector512.LoadUnsafe(ref row, 112);
        a0.StoreUnsafe(ref score0, 0);
        a1.StoreUnsafe(ref score0, 16);
        a2.StoreUnsafe(ref score0, 32);
        a3.StoreUnsafe(ref score0, 48);
        a4.StoreUnsafe(ref score0, 64);
        a5.StoreUnsafe(ref score0, 80);
        a6.StoreUnsafe(ref score0, 96);
        a7.StoreUnsafe(ref score0, 112);
    }

    /// <summary>Sixteen 16-bit dense weights as floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Widen(ref short weights, int c) =>
        Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, (nuint)c)));

    /// <summary>The first element of <paramref name="buffer"/> at a cache-line address (the buffer is on the stack, so it does not move).</summary>
    private static unsafe ref float AlignedToLine(Span<float> buffer)
    {
        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(buffer));
        return ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), (int)((CacheLine - (address & (CacheLine - 1))) & (CacheLine - 1)) / sizeof(float));
    }
}

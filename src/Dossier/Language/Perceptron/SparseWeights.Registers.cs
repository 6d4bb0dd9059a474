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
    /// Dense rows are summed as 32-bit integers (their weights are 16-bit fixed point) and scaled once at the end:
    /// one widening and one add per sixteen classes instead of a widening, a conversion and a multiply-add. The sparse
    /// rows are summed per class into one buffer of zeros with scalar adds, and the buffer is added to the registers
    /// once at the end: a vector load of lines just written by scalar stores cannot be forwarded from them and waits
    /// until they reach the cache, which used to be paid once per sparse row. A class's weights are thus added in
    /// another order than in the scalar form, which could change a float sum in its last bit; the parses of EWT dev,
    /// EWT train and GUM dev are byte-identical to the scalar order's (docs/syntax.md, "Speed").
    /// </summary>
    [SkipLocalsInit]
    private void AddInRegisters(ReadOnlySpan<int> found, Span<float> scores)
    {
        ref float score0 = ref MemoryMarshal.GetReference(scores);
        var d0 = Vector512<int>.Zero;
        var d1 = Vector512<int>.Zero;
        var d2 = Vector512<int>.Zero;
        var d3 = Vector512<int>.Zero;
        var d4 = Vector512<int>.Zero;
        var d5 = Vector512<int>.Zero;
        var d6 = Vector512<int>.Zero;
        var d7 = Vector512<int>.Zero;
        Span<float> spread = stackalloc float[RegisterClasses + CacheLine / sizeof(float)];
        ref float row = ref AlignedToLine(spread);
        for (int c = 0; c < RegisterClasses; c += 16) Vector512<float>.Zero.StoreUnsafe(ref row, (nuint)c);
        ref uint row0 = ref Unsafe.AsRef<uint>(_rows.Pointer);
        ref short dense0 = ref Unsafe.AsRef<short>(_dense.Pointer);
        int denseCount = _denseCount;
        foreach (int value in found)
        {
            if (value < 0) continue;
            if (value < denseCount)
            {
                ref short weights = ref Unsafe.Add(ref dense0, value * RegisterClasses);
                d0 += Widen(ref weights, 0);
                d1 += Widen(ref weights, 16);
                d2 += Widen(ref weights, 32);
                d3 += Widen(ref weights, 48);
                d4 += Widen(ref weights, 64);
                d5 += Widen(ref weights, 80);
                d6 += Widen(ref weights, 96);
                d7 += Widen(ref weights, 112);
                continue;
            }
            int end = value + (int)(Unsafe.Add(ref row0, value) & 0xFF);
            for (int e = value + 1; e <= end; e++)
            {
                uint packed = Unsafe.Add(ref row0, e);
                Unsafe.Add(ref row, (int)(packed & 0xFF)) += BitConverter.UInt32BitsToSingle(packed & ~0xFFu);
            }
        }
        var scale = Vector512.Create(_denseScale);
        Add(ref score0, 0, d0, ref row, scale);
        Add(ref score0, 16, d1, ref row, scale);
        Add(ref score0, 32, d2, ref row, scale);
        Add(ref score0, 48, d3, ref row, scale);
        Add(ref score0, 64, d4, ref row, scale);
        Add(ref score0, 80, d5, ref row, scale);
        Add(ref score0, 96, d6, ref row, scale);
        Add(ref score0, 112, d7, ref row, scale);
    }

    /// <summary>Sixteen scores from <paramref name="c"/> on plus their dense sums (in steps of the scale) and sparse sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref float score0, int c, Vector512<int> dense, ref float sparse, Vector512<float> scale) =>
        (Vector512.LoadUnsafe(ref score0, (nuint)c) + Vector512.ConvertToSingle(dense) * scale + Vector512.LoadUnsafe(ref sparse, (nuint)c)).StoreUnsafe(ref score0, (nuint)c);

    /// <summary>Sixteen 16-bit dense weights, widened to 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Widen(ref short weights, int c) => Avx512F.ConvertToVector512Int32(Vector256.LoadUnsafe(ref weights, (nuint)c));

    /// <summary>The first element of <paramref name="buffer"/> at a cache-line address (the buffer is on the stack, so it does not move).</summary>
    private static unsafe ref float AlignedToLine(Span<float> buffer)
    {
        nint address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(buffer));
        return ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), (int)((CacheLine - (address & (CacheLine - 1))) & (CacheLine - 1)) / sizeof(float));
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dossier.Language.Perceptron;

/// <summary>
/// A zeroed block of unmanaged memory for a weight table that is read at random, aligned to a cache line, and on
/// Linux backed by 2 MB pages when it is large enough (madvise MADV_HUGEPAGE; transparent huge pages are "madvise"
/// on most distributions). Why: a decision reads ~100 random lines of a 50 MB table, and with 4 KB pages nearly every
/// read also misses the TLB (a page walk, slower still under a hypervisor); with 2 MB pages the table needs ~25 TLB
/// entries. Random reads measured ~30 % faster here. Where the advice is refused, the memory is ordinary memory.
/// Freed by the finalizer: the tables live as long as their model, usually the whole process.
/// </summary>
internal sealed unsafe class HugePageBuffer<T> where T : unmanaged
{
    private const nuint CacheLine = 64;

    public HugePageBuffer(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        nuint bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        const nuint HugePage = HugePages.Size;
        bool huge = bytes >= HugePage && OperatingSystem.IsLinux();
        // Whole huge pages, so that the advice covers all of the block and no page is shared with other allocations.
        nuint size = huge ? (bytes + HugePage - 1) & ~(HugePage - 1) : (bytes + CacheLine - 1) & ~(CacheLine - 1);
        Pointer = (T*)NativeMemory.AlignedAlloc(size, huge ? HugePage : CacheLine);
        if (huge) HugePages.Advise(Pointer, size);
        NativeMemory.Clear(Pointer, size);
        GC.AddMemoryPressure((long)size);
        _size = size;
    }

    private readonly nuint _size;

    /// <summary>The first element; valid while this object is alive (callers keep it alive across their use).</summary>
    public T* Pointer { get; }

    public int Length { get; }

    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
            return ref Pointer[index];
        }
    }

    public Span<T> Span => new(Pointer, Length);

    ~HugePageBuffer()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)_size);
    }
}

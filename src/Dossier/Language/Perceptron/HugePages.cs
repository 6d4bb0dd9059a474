using System.Runtime.InteropServices;

namespace Dossier.Language.Perceptron;

/// <summary>Asks Linux to back a block of memory with 2 MB pages (see <see cref="HugePageBuffer{T}"/>).</summary>
internal static unsafe partial class HugePages
{
    /// <summary>The size of a huge page on x86-64 and most arm64 kernels.</summary>
    public const nuint Size = 2 << 20;

    private const int MadviseHugePage = 14; // MADV_HUGEPAGE

    /// <summary>Advises huge pages for [address, address + size); best effort: a refusal leaves ordinary pages, which work the same.</summary>
    public static void Advise(void* address, nuint size)
    {
        try
        {
            _ = Madvise(address, size, MadviseHugePage);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}

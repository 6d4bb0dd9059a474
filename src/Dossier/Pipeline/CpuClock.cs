using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dossier.Pipeline;

/// <summary>
/// CPU time of the calling thread, for profiles that must not depend on what else the machine runs: on a shared
/// machine a stopwatch also counts the time other processes hold the core. Linux only (clock_gettime); elsewhere
/// it falls back to the stopwatch and <see cref="IsThreadCpu"/> says so.
/// </summary>
public static partial class CpuClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static bool IsThreadCpu { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Nanoseconds of CPU the calling thread has used (or of wall-clock time, see <see cref="IsThreadCpu"/>).</summary>
    public static long ThreadNanoseconds()
    {
        if (IsThreadCpu && ClockGetTime(ThreadCpuTimeClock, out var t) == 0) return t.Seconds * 1_000_000_000L + t.Nanoseconds;
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}

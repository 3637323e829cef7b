using System.Runtime.InteropServices;

namespace ArabicEventExtraction.Search.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime), so query latency can be read apart from
/// the time the thread waited for a core on a shared machine.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Milliseconds of CPU the current thread has used.</summary>
    public static double Milliseconds() =>
        ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN;

    private static bool Probe()
    {
        try
        {
            return !double.IsNaN(Milliseconds());
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }
}

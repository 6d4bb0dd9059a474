using Dossier.Pipeline;

namespace Dossier.Storage.Ingest;

/// <summary>
/// CPU time per named stage of an ingest run (reading, hashing, facts, each part of a store write), summed over
/// threads: what `dossier ingest --profile` prints beside the pipeline's own <see cref="ComponentTimings"/>.
/// A stage is timed by laps: <c>t = timings.Lap("stage", t)</c> adds the CPU time since <c>t</c> and returns now.
/// The disabled instance (<see cref="None"/>) costs nothing. Thread-safe.
/// </summary>
public sealed class StageTimings
{
    private readonly bool _enabled;
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long[]> _nanoseconds = new(StringComparer.Ordinal);

    public StageTimings() : this(enabled: true) { }

    private StageTimings(bool enabled) => _enabled = enabled;

    /// <summary>Times nothing: every call returns at once.</summary>
    public static StageTimings None { get; } = new(enabled: false);

    /// <summary>The calling thread's CPU clock now (0 when disabled).</summary>
    public long Start() => _enabled ? CpuClock.ThreadNanoseconds() : 0;

    /// <summary>Adds the calling thread's CPU time since <paramref name="started"/> to <paramref name="stage"/>; returns the clock now.</summary>
    public long Lap(string stage, long started)
    {
        if (!_enabled) return 0;
        long now = CpuClock.ThreadNanoseconds();
        Interlocked.Add(ref Counter(stage)[0], now - started);
        return now;
    }

    /// <summary>Every stage timed so far, in the order each was first timed.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Cpu)> Stages
    {
        get
        {
            lock (_order) return [.. _order.Select(s => (s, TimeSpan.FromTicks(Interlocked.Read(ref _nanoseconds[s][0]) / 100)))];
        }
    }

    private long[] Counter(string stage)
    {
        lock (_order)
        {
            if (_nanoseconds.TryGetValue(stage, out var counter)) return counter;
            _order.Add(stage);
            return _nanoseconds[stage] = new long[1];
        }
    }
}

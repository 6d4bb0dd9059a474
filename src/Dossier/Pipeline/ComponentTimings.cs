using System.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>
/// Time spent in each component of a pipeline, summed over documents and threads: wall-clock time and the
/// threads' CPU time (<see cref="CpuClock"/>), which does not count the time other processes held the core.
/// Thread-safe; pass one to <see cref="DossierPipeline.Process(Model.Document, ComponentTimings?, CancellationToken)"/>
/// to measure what each component adds (the whole-corpus runner `dossier bench`, `dossier ingest --profile`).
/// </summary>
public sealed class ComponentTimings(IReadOnlyList<ComponentInfo> components)
{
    private readonly long[] _ticks = new long[components.Count];
    private readonly long[] _cpuNanoseconds = new long[components.Count];

    public IReadOnlyList<ComponentInfo> Components { get; } = components;

    public TimeSpan this[int component] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[component]));

    public TimeSpan Total => Stopwatch.GetElapsedTime(0, _ticks.Sum());

    /// <summary>CPU time of the threads that ran <paramref name="component"/>, while they ran it.</summary>
    public TimeSpan Cpu(int component) => TimeSpan.FromTicks(Interlocked.Read(ref _cpuNanoseconds[component]) / 100);

    internal void Add(int component, long elapsedTicks, long cpuNanoseconds)
    {
        Interlocked.Add(ref _ticks[component], elapsedTicks);
        Interlocked.Add(ref _cpuNanoseconds[component], cpuNanoseconds);
    }
}

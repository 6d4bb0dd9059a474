using System.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>
/// Time spent in each component of a pipeline, summed over documents and threads. Thread-safe; pass one to
/// <see cref="DossierPipeline.Process(Model.Document, ComponentTimings?, CancellationToken)"/> to measure
/// what each component adds (the whole-corpus runner, `dossier bench`).
/// </summary>
public sealed class ComponentTimings(IReadOnlyList<ComponentInfo> components)
{
    private readonly long[] _ticks = new long[components.Count];

    public IReadOnlyList<ComponentInfo> Components { get; } = components;

    public TimeSpan this[int component] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[component]));

    public TimeSpan Total => Stopwatch.GetElapsedTime(0, _ticks.Sum());

    internal void Add(int component, long elapsedTicks) => Interlocked.Add(ref _ticks[component], elapsedTicks);
}

using System.Collections.Immutable;
using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>
/// A validated, frozen sequence of components. Thread-safe: one instance analyses many documents in parallel.
/// Build one with <see cref="PipelineBuilder"/>.
/// </summary>
public sealed class DossierPipeline
{
    private readonly ImmutableArray<IPipelineComponent> _components;

    internal DossierPipeline(ImmutableArray<IPipelineComponent> components) => _components = components;

    public IReadOnlyList<ComponentInfo> Components => [.. _components.Select(c => c.Info)];

    /// <summary>Runs every component on the document, in order. A component's failure is reported as DSR0205.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default) => Process(document, null, cancellationToken);

    /// <summary>As <see cref="Process(Document, CancellationToken)"/>, adding each component's time to <paramref name="timings"/>.</summary>
    public Document Process(Document document, ComponentTimings? timings, CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < _components.Length; i++)
        {
            var component = _components[i];
            cancellationToken.ThrowIfCancellationRequested();
            long started = timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            long cpuStarted = timings is null ? 0 : CpuClock.ThreadNanoseconds();
            try
            {
                component.Process(document, cancellationToken);
                timings?.Add(i, System.Diagnostics.Stopwatch.GetTimestamp() - started, CpuClock.ThreadNanoseconds() - cpuStarted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DossierException)
            {
                throw new DossierException(Errors.ComponentFailed(component.Info.Name, ex.Message).At(document.Metadata.Source ?? "(document)"), ex);
            }
        }
        return document;
    }
}

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
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var component in _components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                component.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DossierException)
            {
                throw new DossierException(Errors.ComponentFailed(component.Info.Name, ex.Message).At(document.Metadata.Source ?? "(document)"), ex);
            }
        }
        return document;
    }
}

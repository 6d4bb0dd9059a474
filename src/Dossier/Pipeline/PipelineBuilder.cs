using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>
/// Collects components in order, then <see cref="Build"/> checks that every component's required layers are
/// assigned by an earlier one and freezes the result (as Markdig's pipeline builder). Each feature adds its
/// component with one <c>UseX()</c> extension method in its own folder.
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>Layers every document has before any component runs: the reader assigns them.</summary>
    public static IReadOnlyList<Type> ReaderLayers { get; } = [typeof(ParagraphLayer)];

    private readonly List<IPipelineComponent> _components = [];

    public IReadOnlyList<IPipelineComponent> Components => _components;

    public bool Contains(string name) => _components.Exists(c => string.Equals(c.Info.Name, name, StringComparison.Ordinal));

    /// <summary>Adds a component unless one with the same name is already there (so <c>UseX()</c> is idempotent).</summary>
    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (!Contains(component.Info.Name)) _components.Add(component);
        return this;
    }

    /// <summary>Adds a component created only if none of that name is registered yet (models load once).</summary>
    public PipelineBuilder Add(string name, Func<IPipelineComponent> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!Contains(name)) Add(create());
        return this;
    }

    /// <summary>Validates the order and returns an immutable pipeline; throws DSR0201 or DSR0204 when the order is wrong.</summary>
    public DossierPipeline Build()
    {
        var assignedBy = ReaderLayers.ToDictionary(t => t, _ => "reader");
        foreach (var component in _components)
        {
            foreach (var required in component.Info.Requires)
            {
                if (!assignedBy.ContainsKey(required))
                    throw new DossierException(Errors.MissingPrerequisite(component.Info.Name, required.Name));
            }
            foreach (var assigned in component.Info.Assigns)
            {
                if (!assignedBy.TryAdd(assigned, component.Info.Name))
                    throw new DossierException(Errors.LayerAssignedTwice(assigned.Name, assignedBy[assigned], component.Info.Name));
            }
        }
        return new DossierPipeline([.. _components]);
    }
}

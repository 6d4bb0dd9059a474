using Dossier.Model;

namespace Dossier.Pipeline;

/// <summary>
/// One step of analysis. A component reads the layers it <see cref="ComponentInfo.Requires"/> and sets
/// the layers it <see cref="ComponentInfo.Assigns"/>; it never touches another component's state.
/// Implementations are immutable after construction and safe to call from many threads at once.
/// </summary>
public interface IPipelineComponent
{
    ComponentInfo Info { get; }

    void Process(Document document, CancellationToken cancellationToken = default);
}

/// <summary>What a component is called, its version, and which layers it needs and produces (layer = its CLR type).</summary>
public sealed record ComponentInfo(string Name, string Version, IReadOnlyList<Type> Requires, IReadOnlyList<Type> Assigns)
{
    public override string ToString() => $"{Name} {Version}";
}

using System.Text.Json;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>
/// Writes one layer of a document as a property of the JSON output (docs/json-schema.md). Each feature adds
/// its writer to <see cref="LayerJsonWriters.All"/>; a writer whose layer is absent writes nothing.
/// </summary>
public interface ILayerJsonWriter
{
    /// <summary>The JSON property name ("tokens", "entities", "quotes").</summary>
    string PropertyName { get; }

    bool HasLayer(Document document);

    /// <summary>Writes the property's value (usually an array); the property name is already written.</summary>
    void Write(Utf8JsonWriter json, Document document);
}

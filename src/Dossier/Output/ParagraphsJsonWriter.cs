using System.Text.Json;
using Dossier.Model;

namespace Dossier.Output;

internal sealed class ParagraphsJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "paragraphs";

    public bool HasLayer(Document document) => document.Has<ParagraphLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray();
        foreach (var paragraph in document.Paragraphs.All())
        {
            json.WriteStartObject();
            json.WriteSpan(document, paragraph.Span);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

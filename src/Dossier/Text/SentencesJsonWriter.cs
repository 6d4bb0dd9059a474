using System.Text.Json;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Text;

/// <summary>"sentences": one object per sentence with its span and its half-open token range (docs/json-schema.md).</summary>
internal sealed class SentencesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "sentences";

    public bool HasLayer(Document document) => document.Has<SentenceLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        var sentences = document.Sentences;
        json.WriteStartArray();
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences.TokensAt(s);
            json.WriteStartObject();
            json.WriteSpan(document, sentences.SpanAt(s));
            json.WriteNumber("tokenStart", tokens.Start);
            json.WriteNumber("tokenEnd", tokens.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

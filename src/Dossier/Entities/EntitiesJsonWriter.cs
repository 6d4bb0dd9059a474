using System.Text.Json;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Entities;

/// <summary>"entities": one object per mention, in text order (docs/json-schema.md).</summary>
internal sealed class EntitiesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "entities";

    public bool HasLayer(Document document) => document.Has<MentionLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        var mentions = document.Mentions;
        json.WriteStartArray();
        for (int i = 0; i < mentions.Count; i++)
        {
            var span = mentions.SpanAt(i);
            var tokens = mentions.TokensAt(i);
            json.WriteStartObject();
            json.WriteSpan(document, span);
            json.WriteString("text", document.Slice(span));
            json.WriteString("type", mentions.TypeAt(i).Label());
            json.WriteString("kind", JsonNaming.Camel(mentions.KindAt(i).ToString()));
            if (mentions.ActorAt(i) >= 0) json.WriteNumber("actor", mentions.ActorAt(i));
            else json.WriteNull("actor");
            json.WriteNumber("tokenStart", tokens.Start);
            json.WriteNumber("tokenEnd", tokens.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

using System.Text.Json;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Entities;

/// <summary>"actors": the canonical actors of the article with aliases, titles and affiliations (docs/json-schema.md).</summary>
internal sealed class ActorsJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "actors";

    public bool HasLayer(Document document) => document.Has<ActorLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        var actors = document.Actors;
        json.WriteStartArray();
        for (int a = 0; a < actors.Count; a++)
        {
            json.WriteStartObject();
            json.WriteNumber("id", a);
            json.WriteString("name", actors.NameAt(a));
            json.WriteString("type", actors.TypeAt(a).Label());
            json.WriteString("gender", JsonNaming.Camel(actors.GenderAt(a).ToString()));
            json.WriteStartArray("aliases");
            foreach (var alias in actors.AliasesOf(a)) json.WriteStringValue(alias);
            json.WriteEndArray();
            json.WriteStartArray("mentions");
            foreach (int m in actors.MentionsOf(a)) json.WriteNumberValue(m);
            json.WriteEndArray();
            json.WriteStartArray("titles");
            foreach (var title in actors.TitlesOf(a))
            {
                json.WriteStartObject();
                json.WriteSpan(document, title.Span);
                json.WriteString("text", document.Slice(title.Span));
                json.WriteSpanObject("role", document, title.Role);
                if (title.Organization >= 0) json.WriteNumber("organization", title.Organization);
                else json.WriteNull("organization");
                json.WriteSpanObject("evidence", document, title.Evidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("affiliations");
            foreach (var affiliation in actors.AffiliationsOf(a))
            {
                json.WriteStartObject();
                json.WriteNumber("actor", affiliation.Actor);
                json.WriteString("kind", JsonNaming.Camel(affiliation.Kind.ToString()));
                json.WriteSpanObject("evidence", document, affiliation.Evidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

using System.Text.Json;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Language;

/// <summary>"syntax": one object per token, parallel to "tokens": UPOS, Penn tag, lemma, head and relation (docs/json-schema.md).</summary>
internal sealed class SyntaxJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "syntax";

    public bool HasLayer(Document document) => document.Has<SyntaxLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        var syntax = document.Syntax;
        json.WriteStartArray();
        for (int i = 0; i < syntax.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("pos", SyntaxLabels.Name(syntax.PosAt(i)));
            json.WriteString("tag", SyntaxLabels.Name(syntax.TagAt(i)));
            json.WriteString("lemma", syntax.LemmaAt(i));
            json.WriteNumber("head", syntax.HeadAt(i));
            json.WriteString("dep", SyntaxLabels.Name(syntax.RelationAt(i)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

using System.Text.Json;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Text;

/// <summary>"tokens": one object per token with its span, text and kind (docs/json-schema.md).</summary>
internal sealed class TokensJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "tokens";

    public bool HasLayer(Document document) => document.Has<TokenLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        var tokens = document.Tokens;
        json.WriteStartArray();
        for (int i = 0; i < tokens.Count; i++)
        {
            json.WriteStartObject();
            json.WriteSpan(document, tokens.SpanAt(i));
            json.WriteString("text", tokens.TextAt(i));
            json.WriteString("kind", TokenKindNames.Of(tokens.KindAt(i)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

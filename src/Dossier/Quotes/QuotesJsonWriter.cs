using System.Text.Json;
using Dossier.Model;
using Dossier.Output;

namespace Dossier.Quotes;

/// <summary>Writes the "quotes" property of the JSON output (docs/json-schema.md).</summary>
public sealed class QuotesJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "quotes";

    public bool HasLayer(Document document) => document.Has<QuoteLayer>();

    public void Write(Utf8JsonWriter json, Document document)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(document);
        json.WriteStartArray();
        foreach (var quote in document.Get<QuoteLayer>().All())
        {
            json.WriteStartObject();
            json.WriteString("type", GoldenName(quote.Type));
            json.WriteStartArray("content");
            foreach (var fragment in quote.Content)
            {
                json.WriteStartObject();
                json.WriteSpan(document, fragment);
                json.WriteString("text", document.Slice(fragment));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (quote.Cue is { } cue) json.WriteSpanObject("cue", document, cue);
            else json.WriteNull("cue");
            if (quote.Speaker is { } speaker) json.WriteSpanObject("speakerMention", document, speaker);
            else json.WriteNull("speakerMention");
            json.WriteStartObject("speaker");
            if (quote.SpeakerName is { } name) json.WriteString("name", name);
            else json.WriteNull("name");
            if (quote.SpeakerActor >= 0) json.WriteNumber("actor", quote.SpeakerActor);
            else json.WriteNull("actor");
            json.WriteString("resolution", char.ToLowerInvariant(quote.Resolution.ToString()[0]) + quote.Resolution.ToString()[1..]);
            json.WriteEndObject();
            json.WriteBoolean("continuesPrevious", quote.ContinuesPrevious);
            json.WriteNumber("confidence", Math.Round(quote.Confidence, 3));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string GoldenName(QuoteType type) => type switch
    {
        QuoteType.Direct => "direct",
        QuoteType.Mixed => "mixed",
        QuoteType.Indirect => "indirect",
        _ => "belief",
    };
}

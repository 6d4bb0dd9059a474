using System.Text.Json;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>
/// Writes a document as JSON (schema "dossier.document/1", documented in docs/json-schema.md): metadata,
/// the clean text, what the reader removed, and then every layer the pipeline assigned.
/// </summary>
public static class DocumentJsonWriter
{
    public const string Schema = "dossier.document/1";

    /// <summary>Writer options for Dossier's JSON: readable UTF-8 (no \uXXXX for non-ASCII letters and quotation marks).</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter json, Document document)
    {
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        WriteMetadata(json, document.Metadata);
        json.WriteString("text", document.Text);
        WriteRemoved(json, document);
        foreach (var writer in LayerJsonWriters.All)
        {
            if (!writer.HasLayer(document)) continue;
            json.WritePropertyName(writer.PropertyName);
            writer.Write(json, document);
        }
        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, DocumentMetadata m)
    {
        json.WriteStartObject("metadata");
        WriteOptional(json, "id", m.Id);
        WriteOptional(json, "title", m.Title);
        json.WriteStartArray("authors");
        foreach (var author in m.Authors) json.WriteStringValue(author);
        json.WriteEndArray();
        WriteOptional(json, "byline", m.Byline);
        WriteOptional(json, "published", m.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional(json, "updated", m.Updated?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        WriteOptional(json, "source", m.Source);
        WriteOptional(json, "url", m.Url);
        WriteOptional(json, "site", m.Site);
        WriteOptional(json, "language", m.Language);
        WriteOptional(json, "format", m.Format);
        WriteOptional(json, "encoding", m.Encoding);
        json.WriteEndObject();
    }

    private static void WriteRemoved(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("removed");
        foreach (var block in document.Removed)
        {
            json.WriteStartObject();
            json.WriteNumber("sourceStart", block.SourceSpan.Start);
            json.WriteNumber("sourceEnd", block.SourceSpan.End);
            json.WriteString("kind", JsonNaming.Camel(block.Kind.ToString()));
            json.WriteString("text", block.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }
}

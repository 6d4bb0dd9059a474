using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Model;

namespace Dossier.Cli.Output;

/// <summary>JSON settings of the query and export commands: camelCase, nulls left out, spans as {start, end}.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Quotes are full of typographic characters; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new TextSpanConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("spans are written, not read");

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", value.Start);
            writer.WriteNumber("end", value.End);
            writer.WriteEndObject();
        }
    }
}

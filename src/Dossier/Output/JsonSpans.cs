using System.Text.Json;
using Dossier.Model;

namespace Dossier.Output;

/// <summary>How every span appears in JSON: clean-text offsets and the matching offsets in the decoded source.</summary>
public static class JsonSpans
{
    /// <summary>Writes start, end, sourceStart and sourceEnd properties for <paramref name="span"/> into the current object.</summary>
    public static void WriteSpan(this Utf8JsonWriter json, Document document, TextSpan span)
    {
        var source = document.SourceMap.ToSource(span);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteNumber("sourceStart", source.Start);
        json.WriteNumber("sourceEnd", source.End);
    }

    /// <summary>Writes <paramref name="name"/>: {start, end, sourceStart, sourceEnd, text}.</summary>
    public static void WriteSpanObject(this Utf8JsonWriter json, string name, Document document, TextSpan span)
    {
        json.WriteStartObject(name);
        json.WriteSpan(document, span);
        json.WriteString("text", document.Slice(span));
        json.WriteEndObject();
    }
}

using System.Text;
using System.Text.Json;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Reading.PlainText;

namespace Dossier.Reading.JsonLines;

/// <summary>
/// Reads JSON Lines: one article object per line, with fields as in the shared corpora (id, title, date,
/// source, url, authors, text) and their common synonyms. The file is streamed; a bad line is reported
/// with its line number and skipped. Source offsets of a record refer to its decoded text field.
/// </summary>
public sealed class JsonLinesReader : IFormatReader
{
    private static readonly HashSet<string> LineExtensions = new(StringComparer.Ordinal) { ".jsonl", ".ndjson", ".jsonlines" };

    public string Format => "jsonl";

    public IReadOnlyCollection<string> Extensions => LineExtensions;

    public bool CanRead(SourceFile file, ReadOnlySpan<byte> head) =>
        LineExtensions.Contains(file.Extension) || (file.Extension == ".json" && head.TrimStart((byte)' ').StartsWith("{"u8) && head.Contains((byte)'\n'));

    public IEnumerable<ReadResult> Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        using var stream = file.Open();
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ReadLine(file.Name, lineNumber, line, options);
        }
        if (lineNumber == 0) yield return ReadResult.Failed(Errors.EmptyInput(file.Name));
    }

    private static ReadResult ReadLine(string path, int lineNumber, string line, ReaderOptions options)
    {
        string where = $"{path}:{lineNumber}";
        if (line.Length > options.MaxArticleBytes) return ReadResult.Failed(Errors.TooLarge(where, line.Length, options.MaxArticleBytes));
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ReadResult.Failed(Errors.BadJsonLine(path, lineNumber, ex.Message));
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ReadResult.Failed(Errors.BadJsonLine(path, lineNumber, $"found a JSON {root.ValueKind.ToString().ToLowerInvariant()}, expected an object"));
            string? text = Field(root, "text", "body", "content", "articleBody", "article");
            if (text is null) return ReadResult.Failed(Errors.JsonLineWithoutText(path, lineNumber));
            var metadata = new DocumentMetadata
            {
                Id = Field(root, "id", "_id", "guid"),
                Title = Field(root, "title", "headline"),
                Authors = Authors(root),
                Published = DateParsing.TryParse(Field(root, "date", "published", "publish_date", "datePublished", "pubDate"), out var date) ? date : null,
                Updated = DateParsing.TryParse(Field(root, "updated", "dateModified"), out var updated) ? updated : null,
                Site = Field(root, "source", "site", "site_name", "publisher", "source_url"),
                Url = Field(root, "url", "link", "canonical_url"),
                Language = Field(root, "language", "lang"),
                Source = where,
                Format = "jsonl",
                Encoding = "utf-8",
            };
            return PlainTextReader.FromText(where, text, options, metadata, detectHeadline: false);
        }
    }

    /// <summary>The first of <paramref name="names"/> present as a non-empty string (numbers are turned into strings).</summary>
    private static string? Field(JsonElement root, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value)) continue;
            string? s = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(s)) return s;
        }
        return null;
    }

    /// <summary>Authors as an array of names, or one string with names separated by commas, " and " or semicolons.</summary>
    private static string[] Authors(JsonElement root)
    {
        foreach (var name in (ReadOnlySpan<string>)["authors", "author", "byline"])
        {
            if (!root.TryGetProperty(name, out var value)) continue;
            if (value.ValueKind == JsonValueKind.Array)
                return [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(s => s.Length > 0)];
            if (value.ValueKind == JsonValueKind.String)
                return [.. value.GetString()!.Split([",", ";", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }
        return [];
    }
}

using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Eval.Html;

/// <summary>One page of html-dev's evaldata.json: its file and the snippets its main text must and must not contain.</summary>
internal sealed record SnippetPage(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without)
{
    // One page in five (file numbers ending in 4 or 9) was held out while the extractor was developed.
    private const int HeldOutModulus = 5;
    private const int HeldOutRemainder = 4;

    public bool IsHeldOut => int.TryParse(Path.GetFileName(File).AsSpan(0, Math.Min(4, File.Length)), out int number) && number % HeldOutModulus == HeldOutRemainder;

    /// <summary>Counts of <paramref name="collapsedText"/> (white space already collapsed) against the snippets.</summary>
    public Eval.PrfCounts Score(string collapsedText)
    {
        long tp = 0, fn = 0, fp = 0;
        foreach (var snippet in With)
        {
            if (collapsedText.Contains(snippet, StringComparison.Ordinal)) tp++;
            else fn++;
        }
        foreach (var snippet in Without)
            if (collapsedText.Contains(snippet, StringComparison.Ordinal)) fp++;
        return new Eval.PrfCounts(tp, fp, fn);
    }

    public static List<SnippetPage> Load(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
            var pages = new List<SnippetPage>();
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                string file = entry.Value.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : throw new JsonException($"entry '{entry.Name}' has no \"file\"");
                pages.Add(new SnippetPage(entry.Name, file, Strings(entry.Value, "with"), Strings(entry.Value, "without")));
            }
            return pages;
        }
        catch (JsonException ex)
        {
            throw new DossierException(Errors.EvalDataInvalid(path, ex.Message));
        }
    }

    // Null entries occur in the original data and are skipped, as trafilatura's evaluation does.
    private static string[] Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)]
            : [];
}

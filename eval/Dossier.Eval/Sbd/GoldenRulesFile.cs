using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Eval.Sbd;

/// <summary>One Golden Rules case: an input text and the exact sentences it must be split into.</summary>
public sealed record GoldenRuleCase(int Id, string Title, string Text, IReadOnlyList<string> Expected);

/// <summary>Reads the Golden Rules JSON: <c>{"cases": [{"id", "title", "text", "expected": [...]}]}</c>.</summary>
public static class GoldenRulesFile
{
    public static IReadOnlyList<GoldenRuleCase> Load(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (!json.RootElement.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array)
                throw new DossierException(Errors.EvalDataInvalid(path, "no \"cases\" array"));
            var result = new List<GoldenRuleCase>();
            foreach (var item in cases.EnumerateArray())
            {
                var expected = item.GetProperty("expected").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
                string title = item.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
                result.Add(new GoldenRuleCase(item.GetProperty("id").GetInt32(), title, item.GetProperty("text").GetString() ?? "", expected));
            }
            return result;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new DossierException(Errors.EvalDataInvalid(path, ex.Message));
        }
    }
}

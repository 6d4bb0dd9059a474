using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Entities.Training;

/// <summary>
/// Names of news outlets from the "source" field of the unlabelled corpus (publisher names are facts; no article
/// text is kept): section suffixes removed ("CNN (Web News)" → "CNN", "New York Times - News" → "New York
/// Times"), columnists (names starting with a known first name) and placeholders ("Guest Writer") left out.
/// </summary>
internal static partial class NewsOutlets
{
    [GeneratedRegex(@"\s*(\(.*\)|-\s*(News|Opinion|Editorial)|Online News|Editorial|Opinion)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    /// <summary>Words that make a name an outlet even when it also reads like a person's ("Boston Herald").</summary>
    private static readonly HashSet<string> OutletWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "times", "post", "journal", "magazine", "review", "report", "daily", "media", "institute", "herald", "tribune",
        "today", "weekly", "press", "gazette", "globe", "chronicle", "examiner", "policy", "affairs", "center", "foundation",
    };

    public static IEnumerable<string> FromCorpus(string corpusFolder, HashSet<string> firstNames, HashSet<string> lastNames)
    {
        if (!Directory.Exists(corpusFolder)) return [];
        var outlets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(corpusFolder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0) continue;
                using var json = JsonDocument.Parse(line);
                if (!json.RootElement.TryGetProperty("source", out var source) || source.GetString() is not { } name) continue;
                name = Suffix().Replace(Suffix().Replace(name.Trim(), ""), "").Trim();
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || name.StartsWith("Guest", StringComparison.Ordinal) || name.Contains(',', StringComparison.Ordinal)) continue;
                bool personLike = firstNames.Contains(words[0]) || (words.Length > 1 && lastNames.Contains(words[^1]));
                if (words.Length <= 3 && personLike && !words.Any(OutletWords.Contains)) continue;
                outlets.Add(name);
            }
        }
        return outlets;
    }
}

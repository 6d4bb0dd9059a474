using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Entities.Training;

/// <summary>
/// Names of news outlets from the "source" field of the unlabelled corpus (publisher names are facts; no article
/// text is kept): section suffixes removed ("CNN (Web News)" → "CNN", "New York Times - News" → "New York
/// Times"), columnists and placeholders ("Guest Writer") left out. A columnist is a name listed as a person by
/// PETRARCH2, or one starting with a first name — from the Moby list (female names only) or from PETRARCH2's two-word
/// person names ("Barack Obama" → "Barack"), without which male columnists were taken for outlets. A word that also
/// opens PETRARCH2's organisation or place names ("American", "New", "Al", "The") is not taken for a first name.
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

    public static IEnumerable<string> FromCorpus(string corpusFolder, HashSet<string> firstNames, HashSet<string> lastNames, IReadOnlySet<string> knownPersons, IReadOnlySet<string> knownNonPersons)
    {
        var personFirstWords = FirstWordsOfTwoWordNames(knownPersons);
        foreach (var name in knownNonPersons) personFirstWords.Remove(name.Split(' ')[0]);
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
                bool personLike = knownPersons.Contains(name.ToLowerInvariant()) || firstNames.Contains(words[0]) || personFirstWords.Contains(words[0])
                    || (words.Length > 1 && lastNames.Contains(words[^1]));
                if (words.Length <= 3 && personLike && !words.Any(OutletWords.Contains)) continue;
                outlets.Add(name);
            }
        }
        return outlets;
    }

    /// <summary>"barack obama" → "barack": the given names of people listed by a plain first and last name.</summary>
    private static HashSet<string> FirstWordsOfTwoWordNames(IReadOnlySet<string> knownPersons)
    {
        var first = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in knownPersons)
        {
            var words = name.Split(' ');
            if (words.Length == 2 && words[0].Length > 1 && words[0].All(char.IsLetter) && !TitleWords.Contains(words[0])) first.Add(words[0]);
        }
        return first;
    }

    /// <summary>Titles PETRARCH2 writes before a surname ("president obama"): not given names.</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "president", "senator", "minister", "king", "queen", "prince", "general", "sheikh", "ayatollah",
        "chancellor", "premier", "governor", "judge", "pope", "sultan", "emir", "colonel", "lieutenant", "admiral", "vice",
    };
}

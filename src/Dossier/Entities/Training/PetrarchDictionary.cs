namespace Dossier.Entities.Training;

/// <summary>
/// Reads the actor dictionaries of PETRARCH2 / Phoenix (MIT, Open Event Data Alliance): entries of an upper-case
/// name with underscores for spaces, "+" lines naming the same actor otherwise, and bracketed CAMEO codes with
/// optional date ranges. Yields each entry's names and what it looks like: a person (dated roles, CountryInfo
/// leaders), a country block (a bare three-letter code), or an organisation.
/// </summary>
internal static class PetrarchDictionary
{
    public enum Kind { Person, Country, Organization }

    public sealed record Entry(IReadOnlyList<string> Names, string Code, Kind Kind);

    public static IEnumerable<Entry> Read(string path)
    {
        List<string>? names = null;
        string code = "";
        bool dated = false, leader = false;
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith('#') || raw.StartsWith('!')) continue;
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string comment = hash >= 0 ? line[hash..] : "";
            if (hash >= 0) line = line[..hash];
            if (comment.Contains("CountryInfo", StringComparison.Ordinal) || comment.Contains("rulers", StringComparison.OrdinalIgnoreCase)) leader = true;
            if (line.Trim().Length == 0) continue;
            if (!char.IsWhiteSpace(line[0]) && line[0] != '+' && line[0] != '[')
            {
                if (names is not null) yield return Finish();
                names = [];
                code = "";
                dated = false;
                leader = comment.Contains("CountryInfo", StringComparison.Ordinal) || comment.Contains("rulers", StringComparison.OrdinalIgnoreCase);
            }
            if (names is null) continue;
            int bracket = line.IndexOf('[', StringComparison.Ordinal);
            string namePart = bracket >= 0 ? line[..bracket] : line;
            if (bracket >= 0)
            {
                string codes = line[bracket..];
                if (code.Length == 0) code = codes.Trim('[', ']', ' ', '\t').Split(' ', '\t', ']')[0];
                if (codes.Any(char.IsDigit)) dated = true;
            }
            string name = Clean(namePart.TrimStart('+'));
            if (name.Length > 0) names.Add(name);
        }
        if (names is not null) yield return Finish();

        Entry Finish()
        {
            // "MR_ASSAD" among the synonyms: the entry is a person even without dated roles.
            bool honorific = names!.Exists(n => n.StartsWith("mr ", StringComparison.Ordinal) || n.StartsWith("mr. ", StringComparison.Ordinal)
                || n.StartsWith("mrs ", StringComparison.Ordinal) || n.StartsWith("ms ", StringComparison.Ordinal) || n.StartsWith("president ", StringComparison.Ordinal));
            var kind = dated || leader || honorific ? Kind.Person
                : code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? Kind.Country
                : Kind.Organization;
            return new Entry(names!, code, kind);
        }
    }

    /// <summary>"AL-QAEDA_IN_IRAQ_" → "al-qaeda in iraq"; names with pattern syntax (braces, !, parentheses) are dropped.</summary>
    private static string Clean(string name)
    {
        name = name.Trim();
        if (name.Length == 0 || name.IndexOfAny(['{', '}', '!', '(', ')', '<', '>', '&', '=', '$', '*', '%']) >= 0) return "";
        return string.Join(' ', name.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}

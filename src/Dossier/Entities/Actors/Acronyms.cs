namespace Dossier.Entities.Actors;

/// <summary>Acronyms ("FDD", "U.S.") and the initials of full names ("Foundation for Defense of Democracies" → "FDD").</summary>
internal static class Acronyms
{
    private const int MaxLetters = 7;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "of", "for", "the", "and", "on", "in", "to", "de", "la", "du", "&" };

    /// <summary>The letters of an acronym ("U.S." → "US"), or null when the name is not one: 2–7 capitals, periods allowed.</summary>
    public static string? Letters(string name)
    {
        Span<char> letters = stackalloc char[MaxLetters];
        int n = 0;
        foreach (char c in name)
        {
            if (c == '.') continue;
            if (!char.IsUpper(c) || n == MaxLetters) return null;
            letters[n++] = c;
        }
        return n >= 2 ? new string(letters[..n]) : null;
    }

    /// <summary>Capitalised initials of the words of a name, function words skipped; hyphenated words give each part's initial.</summary>
    public static string Initials(string name)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Skipped.Contains(word)) continue;
            if (char.IsUpper(word[0])) initials.Append(word[0]);
        }
        return initials.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Dossier.Storage.Actors;

/// <summary>
/// Normalises actor names into comparison keys: case, diacritics, curly apostrophes, periods ("U.S." = "US"),
/// hyphens ("al-Qaeda" = "al Qaeda"), a leading "the", a trailing possessive and, for people, a courtesy
/// honorific ("Mr.", "Dr.") are ignored. Middle initials and suffixes ("Jr.") are kept: they tell people apart.
/// </summary>
public static class ActorNames
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "rev", "fr", "lord", "lady",
    };

    /// <summary>The comparison form of <paramref name="name"/>: lower case words separated by single spaces.</summary>
    public static string Normalise(string name, bool person = false)
    {
        var words = Words(name);
        if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
        if (person)
        {
            while (words.Count > 1 && Honorifics.Contains(words[0])) words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }

    /// <summary>Number of words in the normalised name.</summary>
    public static int WordCount(string normalised) => normalised.Length == 0 ? 0 : normalised.Count(c => c == ' ') + 1;

    private static List<string> Words(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // combining diacritics
            LatinFold.Append(letters, c);                                                        // precomposed ones
        }
        var folded = new StringBuilder(letters.Length);
        foreach (char c in letters.ToString())
        {
            if (c is '.' or '\'' or '’' or '‘' or '`' or 'ʼ') folded.Append('\u0001'); // joiners: removed, but mark a possessive
            else if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
            else folded.Append(' ');                                       // hyphens, dashes, commas, spaces
        }
        var words = new List<string>();
        foreach (var raw in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "taliban\u0001s" is a possessive; "u\u0001s\u0001" is "U.S.". Only a final "'s" after the word's one joiner is dropped.
            string w = raw.EndsWith("\u0001s", StringComparison.Ordinal) && raw.Length >= 4 && raw.IndexOf('\u0001', StringComparison.Ordinal) == raw.Length - 2
                ? raw[..^2]
                : raw;
            w = w.Replace("\u0001", "", StringComparison.Ordinal);
            if (w.Length > 0) words.Add(w);
        }
        return words;
    }
}

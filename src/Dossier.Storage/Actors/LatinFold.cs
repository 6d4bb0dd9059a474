namespace Dossier.Storage.Actors;

/// <summary>
/// Folds Latin letters with diacritics to their ASCII base ("é" → "e", "ł" → "l", "ß" → "ss"). Written out because
/// the program runs in invariant-globalization mode, where Unicode decomposition (FormD) is not available.
/// </summary>
internal static class LatinFold
{
    private const int First = 0xC0;

    // Base letter of U+00C0 … U+024F, or \0 where there is none of one letter.
    private static readonly string Bases =
        "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlL" +
        "lLlNnNnNnnNnOoOoOo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuUuWwYyYZzZzZzs" +
        "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" +
        "\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0" +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0" +
        "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    /// <summary>Appends the folded form of <paramref name="c"/> to <paramref name="output"/>.</summary>
    public static void Append(System.Text.StringBuilder output, char c)
    {
        int i = c - First;
        if (i >= 0 && i < Bases.Length && Bases[i] != '\0')
        {
            output.Append(Bases[i]);
            return;
        }
        string? several = c switch
        {
            'Æ' => "AE", 'æ' => "ae", 'Œ' => "OE", 'œ' => "oe", 'ß' => "ss", 'Þ' => "TH", 'þ' => "th",
            _ => null,
        };
        if (several is not null) output.Append(several);
        else output.Append(c);
    }
}

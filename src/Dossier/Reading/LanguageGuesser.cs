namespace Dossier.Reading;

/// <summary>
/// Guesses the language of an article from its commonest function words. Cheap and good enough to tell
/// English (what the models are trained for) from the other languages news readers meet most.
/// </summary>
public static class LanguageGuesser
{
    // Minimum share of function-word hits among words before a guess is made; below it the text is too short or mixed.
    private const double MinimumShare = 0.08;
    private const int WordsInspected = 400;

    private static readonly (string Code, HashSet<string> Words)[] Profiles =
    [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "said", "by", "at", "his", "from", "have"]),
        ("es", ["el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su", "al", "es", "lo", "como"]),
        ("fr", ["le", "la", "de", "et", "les", "des", "en", "un", "une", "du", "est", "que", "dans", "pour", "qui", "au", "sur", "pas", "par", "il"]),
        ("de", ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als"]),
        ("pt", ["de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as"]),
        ("it", ["di", "e", "il", "la", "che", "in", "a", "per", "un", "del", "non", "sono", "della", "le", "con", "si", "da", "una", "gli", "nel"]),
    ];

    public static string? Guess(ReadOnlySpan<char> text)
    {
        Span<int> hits = stackalloc int[Profiles.Length];
        int words = 0, i = 0;
        var lookups = Profiles.Select(p => p.Words.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        Span<char> lower = stackalloc char[32];
        while (i < text.Length && words < WordsInspected)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            int length = i - start;
            if (length == 0) break;
            words++;
            if (length > lower.Length) continue;
            var word = lower[..length];
            text.Slice(start, length).ToLowerInvariant(word);
            for (int p = 0; p < Profiles.Length; p++)
                if (lookups[p].Contains(word)) hits[p]++;
        }
        if (words == 0) return null;
        int best = 0;
        for (int p = 1; p < Profiles.Length; p++)
            if (hits[p] > hits[best]) best = p;
        return hits[best] / (double)words >= MinimumShare ? Profiles[best].Code : null;
    }
}

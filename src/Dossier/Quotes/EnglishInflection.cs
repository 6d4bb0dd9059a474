namespace Dossier.Quotes;

/// <summary>Regular English verb inflection, for cue lemmas the lexicon does not spell out.</summary>
internal static class EnglishInflection
{
    /// <summary>base, third person singular, past, past participle, gerund.</summary>
    public static string[] Forms(string lemma)
    {
        string third, past, gerund;
        char last = lemma[^1];
        bool consonantY = last == 'y' && lemma.Length > 1 && !IsVowel(lemma[^2]);
        if (consonantY) third = lemma[..^1] + "ies";
        else if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith('o'))
            third = lemma + "es";
        else third = lemma + "s";

        if (consonantY) past = lemma[..^1] + "ied";
        else if (last == 'e') past = lemma + "d";
        else past = lemma + "ed";

        if (lemma.EndsWith("ie", StringComparison.Ordinal)) gerund = lemma[..^2] + "ying";
        else if (last == 'e' && !lemma.EndsWith("ee", StringComparison.Ordinal) && !lemma.EndsWith("ye", StringComparison.Ordinal) && !lemma.EndsWith("oe", StringComparison.Ordinal))
            gerund = lemma[..^1] + "ing";
        else gerund = lemma + "ing";
        return [lemma, third, past, past, gerund];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

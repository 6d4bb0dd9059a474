namespace Dossier.Entities.Tagging;

/// <summary>Orthographic classes of a word: its shape hashes ("Xxxx", short "Xx") and flags (capitalised, all caps, digits…).</summary>
internal static class WordShape
{
    [Flags]
    public enum Flags : ushort
    {
        None = 0,
        InitialCapital = 1,
        AllCapitals = 2,
        HasDigit = 4,
        AllDigits = 8,
        HasHyphen = 16,
        HasPeriod = 32,
        /// <summary>No letter or digit at all: punctuation, symbols.</summary>
        NoAlphanumeric = 64,
        MixedCase = 128,
        HasApostrophe = 256,
        /// <summary>A single letter, or letters each followed by a period ("J.", "U.S.").</summary>
        Initials = 512,
        HasLetter = 1024,
    }

    /// <summary>Shape with runs of a class longer than <see cref="LongRun"/> cut ("Xxxxx" for "Taliban", "dd,ddd").</summary>
    public static ulong Long(ReadOnlySpan<char> word) => Hash(word, LongRun);

    /// <summary>Shape with every run collapsed to one character ("Xx", "d,d", "X.X.").</summary>
    public static ulong Short(ReadOnlySpan<char> word) => Hash(word, 1);

    /// <summary>Runs longer than four characters look alike in the long shape; four keeps "XXXX" (acronyms) apart from "Xxxx".</summary>
    private const int LongRun = 4;

    private static ulong Hash(ReadOnlySpan<char> word, int maxRun)
    {
        ulong h = 0x84222325CBF29CE4UL;
        char previous = '\0';
        int run = 0;
        foreach (char raw in word)
        {
            char c = Class(raw);
            if (c == previous) run++;
            else
            {
                previous = c;
                run = 1;
            }
            if (run > maxRun) continue;
            h = (h ^ c) * 1099511628211UL;
        }
        return FeatureHash.Finish(h);
    }

    private static char Class(char c)
    {
        if (char.IsUpper(c)) return 'X';
        if (char.IsLower(c)) return 'x';
        if (char.IsDigit(c)) return 'd';
        if (char.IsLetter(c)) return 'x';
        return FeatureHash.Normalise(c);
    }

    public static Flags Of(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0, digits = 0, letters = 0;
        var flags = Flags.None;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) { upper++; letters++; }
            else if (char.IsLetter(c)) { lower++; letters++; }
            else if (char.IsDigit(c)) digits++;
            else if (c is '-' or '\u2010' or '\u2011') flags |= Flags.HasHyphen;
            else if (c == '.') flags |= Flags.HasPeriod;
            else if (c is '\'' or '’') flags |= Flags.HasApostrophe;
        }
        if (letters > 0) flags |= Flags.HasLetter;
        if (word.Length > 0 && char.IsUpper(word[0])) flags |= Flags.InitialCapital;
        if (upper > 0 && lower == 0) flags |= Flags.AllCapitals;
        if (upper > 0 && lower > 0 && !char.IsUpper(word[0])) flags |= Flags.MixedCase;
        if (upper > 1 && lower > 0 && char.IsUpper(word[0])) flags |= Flags.MixedCase;
        if (digits > 0) flags |= Flags.HasDigit;
        if (digits > 0 && digits == word.Length) flags |= Flags.AllDigits;
        if (letters == 0 && digits == 0) flags |= Flags.NoAlphanumeric;
        if (IsInitials(word)) flags |= Flags.Initials;
        return flags;
    }

    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return char.IsUpper(word[0]);
        if (word.Length < 2 || word.Length % 2 != 0) return false;
        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.') return false;
        }
        return true;
    }
}

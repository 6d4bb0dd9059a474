namespace Dossier.Language.Features;

/// <summary>Computes <see cref="TokenAtoms"/> from a token's characters; allocation-free.</summary>
internal static class AtomExtractor
{
    // Constants that stand for positions outside the sentence, so "no word" is a value a feature can learn from.
    public static readonly TokenAtoms Start = Boundary(0x5354415254UL);
    public static readonly TokenAtoms End = Boundary(0x454E44UL);
    /// <summary>The form and word atom of a word not seen in training, so features can learn what unknown words do.</summary>
    public static readonly ulong Unknown = FeatureHash.Mix(0xB0B0UL, 0x554E4BUL);

    /// <summary>The artificial root token of the parser.</summary>
    public static readonly TokenAtoms Root = Boundary(0x524F4F54UL);

    /// <summary>Longest shape run kept: "Xxxxxx" becomes "Xxx", so shapes generalise over word length.</summary>
    private const int ShapeRun = 2;

    public static TokenAtoms Compute(ReadOnlySpan<char> text, Lexicon lexicon)
    {
        var a = ComputeOwn(text);
        lexicon.Describe(a.Form, a.Word, ref a);
        return a;
    }

    /// <summary>The atoms of the token's own characters: all but those <see cref="Lexicon.Describe"/> fills in.</summary>
    public static TokenAtoms ComputeOwn(ReadOnlySpan<char> text)
    {
        // Normalised once, and every affix hashed from that copy (what Affix would normalise is the same characters);
        // a long token's copy holds only its start, so its suffixes are normalised on their own.
        Span<char> normal = stackalloc char[MaxHashed];
        normal = normal[..Normalise(text[..Math.Min(text.Length, MaxHashed)], normal)];
        var a = new TokenAtoms
        {
            Form = FeatureHash.Chars(text),
            Word = WordHash(normal, text.Length),
            Prefix1 = NormalAffix(normal[..Math.Min(1, normal.Length)], 1),
            Prefix2 = NormalAffix(normal[..Math.Min(2, normal.Length)], 2),
            Prefix3 = NormalAffix(normal[..Math.Min(3, normal.Length)], 3),
            Suffix1 = SuffixAtom(text, normal, 1),
            Suffix2 = SuffixAtom(text, normal, 2),
            Suffix3 = SuffixAtom(text, normal, 3),
            Suffix4 = SuffixAtom(text, normal, 4),
            Suffix5 = SuffixAtom(text, normal, 5),
        };
        ShapeAndFlags(text, out a.Shape, out a.Flags);
        return a;
    }

    /// <summary>Lower case, digits as 0; the key of the lexicon and of the parser's word features.</summary>
    public static ulong NormalisedHash(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, MaxHashed)];
        int n = Normalise(text[..buffer.Length], buffer);
        return WordHash(buffer[..n], text.Length);
    }

    /// <summary>The word atom of a token of <paramref name="length"/> characters whose normalised start is <paramref name="normalised"/>.</summary>
    private static ulong WordHash(ReadOnlySpan<char> normalised, int length) =>
        // Long tokens (URLs) are hashed on their first 64 characters plus their length.
        length <= MaxHashed ? FeatureHash.Chars(normalised) : FeatureHash.Mix(FeatureHash.Chars(normalised), (ulong)length);

    /// <summary>Longest start of a token that its normalised hash reads.</summary>
    private const int MaxHashed = 64;

    /// <summary>The affix atom of already normalised characters; <paramref name="kind"/> is the length asked for, plus 100 for a suffix.</summary>
    private static ulong NormalAffix(ReadOnlySpan<char> normalised, int kind) => FeatureHash.Mix(FeatureHash.Chars(normalised), (ulong)kind);

    /// <summary>The suffix atom, as <see cref="Affix"/> gives it, from the normalised copy when that holds the whole token.</summary>
    private static ulong SuffixAtom(ReadOnlySpan<char> text, ReadOnlySpan<char> normal, int length) =>
        text.Length <= MaxHashed ? NormalAffix(normal[^Math.Min(length, normal.Length)..], 100 + length) : Affix(text, length, prefix: false);

    private static int Normalise(ReadOnlySpan<char> text, Span<char> output)
    {
        for (int i = 0; i < text.Length; i++) output[i] = NormaliseChar(text[i]);
        return text.Length;
    }

    /// <summary>
    /// Lower case, ASCII digits as 0, and curly quotes and apostrophes as straight ones: news text writes
    /// "don’t" and “…” where most of the treebank writes "don't" and "...".
    /// </summary>
    public static char NormaliseChar(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < (char)128 => c,
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        _ => char.ToLowerInvariant(c),
    };

    private static ulong Affix(ReadOnlySpan<char> text, int length, bool prefix)
    {
        int n = Math.Min(length, text.Length);
        var part = prefix ? text[..n] : text[^n..];
        Span<char> buffer = stackalloc char[5];
        Normalise(part, buffer);
        return FeatureHash.Mix(FeatureHash.Chars(buffer[..n]), prefix ? (ulong)length : 100UL + (ulong)length);
    }

    private static void ShapeAndFlags(ReadOnlySpan<char> text, out ulong shape, out ulong flags)
    {
        ulong h = 0x53484150UL;
        char last = '\0';
        int run = 0;
        var f = AtomFlags.AllUpper;
        bool anyLetter = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char s;
            if (char.IsUpper(c)) { s = 'X'; f |= AtomFlags.HasUpper; anyLetter = true; if (i == 0) f |= AtomFlags.InitialUpper; }
            else if (char.IsLetter(c)) { s = 'x'; f &= ~AtomFlags.AllUpper; anyLetter = true; }
            else if (char.IsDigit(c)) { s = 'd'; f |= AtomFlags.HasDigit; }
            else
            {
                s = c;
                if (c is '-' or '\u2010' or '\u2011') f |= AtomFlags.HasHyphen;
                if (c == '.') f |= AtomFlags.HasPeriod;
            }
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= ShapeRun) h = FeatureHash.Mix(h, s);
        }
        if (!anyLetter) f &= ~AtomFlags.AllUpper;
        else f |= AtomFlags.HasLetter;
        shape = h;
        flags = (ulong)f;
    }

    private static TokenAtoms Boundary(ulong marker)
    {
        ulong m = FeatureHash.Mix(0xB0B0UL, marker);
        return new TokenAtoms
        {
            Form = m, Word = m, Shape = m, Prefix1 = m, Prefix2 = m, Prefix3 = m,
            Suffix1 = m, Suffix2 = m, Suffix3 = m, Suffix4 = m, Suffix5 = m,
            Flags = 0, Ambiguity = m, Cluster4 = m, Cluster8 = m, Cluster12 = m, Capitalisation = m,
        };
    }
}

using System.Runtime.CompilerServices;

namespace Dossier.Entities.Tagging;

/// <summary>
/// 64-bit hashes of words and of feature templates. Words are hashed straight from the text (no strings made);
/// a feature key is a template id mixed with one or more hashed values. Stable across runs and platforms,
/// because the shipped model stores keys.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>How a word is normalised before hashing.</summary>
    public enum Casing : byte
    {
        Exact,
        /// <summary>Lower case, digits as 0 ("Q3" and "q4" share a key), curly apostrophes straight.</summary>
        LowerDigits,
        /// <summary>First letter upper case, the rest lower ("PARIS" → "Paris"), for looking up all-caps words.</summary>
        Title,
        Lower,
    }

    public static ulong Word(ReadOnlySpan<char> word, Casing casing = Casing.Exact)
    {
        ulong h = Offset;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c < 0x80)
            {
                // ASCII fast path: most tokens of English news. Gives the same hash as the general path below.
                if (c == '`') c = '\'';
                bool upper = (uint)(c - 'A') <= 'Z' - 'A';
                bool lower = (uint)(c - 'a') <= 'z' - 'a';
                c = casing switch
                {
                    Casing.LowerDigits => (uint)(c - '0') <= 9 ? '0' : upper ? (char)(c | 0x20) : c,
                    Casing.Lower => upper ? (char)(c | 0x20) : c,
                    Casing.Title => i == 0 ? (lower ? (char)(c & ~0x20) : c) : upper ? (char)(c | 0x20) : c,
                    _ => c,
                };
                h = (h ^ c) * Prime;
                continue;
            }
            c = Normalise(c);
            c = casing switch
            {
                Casing.LowerDigits => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c),
                Casing.Title => i == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c),
                Casing.Lower => char.ToLowerInvariant(c),
                _ => c,
            };
            h = (h ^ c) * Prime;
        }
        return Finish(h);
    }

    /// <summary>
    /// Typographic variants that must not make two words differ: curly apostrophes and quotation marks (CoNLL's
    /// training text has only straight ones), non-breaking hyphens, dashes (CoNLL writes "-").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalise(char c) => c switch
    {
        '’' or '‘' or '`' or '´' or '‚' => '\'',
        '“' or '”' or '„' or '«' or '»' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' => '-',
        _ => c,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b) => Finish(a ^ (b * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    /// <summary>The final avalanche of MurmurHash3 (fmix64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}

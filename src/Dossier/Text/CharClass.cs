using System.Globalization;
using System.Runtime.CompilerServices;

namespace Dossier.Text;

/// <summary>
/// Character tests the tokenizer and the sentence splitter share. ASCII takes a table-free fast path;
/// everything else goes through the Unicode category, so any input (lone surrogates, controls) is classified.
/// </summary>
internal static class CharClass
{
    /// <summary>
    /// Characters that separate tokens without being one: Unicode white space (U+00A0 included), control
    /// characters, and the invisible marks a scraper leaves behind (zero-width space, BOM, word joiner, bidi marks).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c)
    {
        if (c <= ' ') return true;
        if (c < 0x7F) return false;
        return c == '\u007F' || char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisibleMark(c);
    }

    /// <summary>Zero-width space, BOM, word joiner and the bidirectional marks and isolates that pasted text carries.</summary>
    private static bool IsInvisibleMark(char c) =>
        c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF' or '\u2060' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>A letter, or a combining mark that continues one; surrogates count when they pair up into a letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c)
    {
        if (c < 0x80) return IsAsciiLetter(c);
        return IsNonAsciiLetter(c);
    }

    /// <summary>A character that can continue a word: letter, digit, combining mark, soft hyphen, zero-width (non-)joiner.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < 0x80) return IsAsciiLetter(c) || IsDigit(c);
        return IsNonAsciiWordChar(c);
    }

    private static bool IsNonAsciiLetter(char c)
    {
        if (char.IsSurrogate(c)) return false; // decided per code point by the scanner
        return char.IsLetter(c);
    }

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsSurrogate(c)) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                return c is '\u00AD' or '\u200C' or '\u200D';
        }
    }

    /// <summary>True when the code point at <paramref name="i"/> (a surrogate pair) is a letter or digit.</summary>
    public static bool IsWordPairAt(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsHighSurrogate(text[i]) || !char.IsLowSurrogate(text[i + 1])) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1]));
        return category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.DecimalDigitNumber;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < 0x80 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>Apostrophes that can join a clitic to its host: straight, right single quotation mark, modifier letter.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Every quotation mark, each its own token: “ ” " ‘ ’ ' « » „ ‹ › ‚ ‛ ‟ and the fullwidth forms.</summary>
    public static bool IsQuote(char c) => c switch
    {
        '"' or '\'' => true,
        '\u00AB' or '\u00BB' => true,                    // « »
        >= '\u2018' and <= '\u201F' => true,             // ‘ ’ ‚ ‛ “ ” „ ‟
        '\u2039' or '\u203A' => true,                    // ‹ ›
        '\u300C' or '\u300D' or '\u300E' or '\u300F' => true, // CJK corner brackets used as quotes
        '\uFF02' or '\uFF07' => true,                    // fullwidth " '
        _ => false,
    };

    /// <summary>Quotation marks that only ever open a quotation in English text.</summary>
    public static bool IsOpeningQuote(char c) => c is '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u201F' or '\u201B';

    /// <summary>Dashes that are punctuation on their own: en, em, figure, horizontal bar, two- and three-em.</summary>
    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B';

    /// <summary>Hyphens that join the parts of a word ("al-Qaeda", "20-year").</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>List bullets; each one starts a new sentence.</summary>
    public static bool IsBullet(char c) => c is '\u2022' or '\u2023' or '\u2043' or '\u25E6' or '\u25AA' or '\u25CF' or '\u25A0' or '\u27A2' or '\u25BA';
}

using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// List item labels: "1." "1)" "1.)" "a." "b)" followed by a capitalised word. Labels are numbered so that
/// consecutive items can be checked (1 → 2, a → b); letters are offset so they never equal a number.
/// </summary>
internal static class ListLabels
{
    /// <summary>Largest number taken as a list label; "2019." before a capital is a year ending a sentence.</summary>
    private const int MaxNumberLabel = 999;

    /// <summary>Added to a letter label so that "a" (100,097) never equals a number label.</summary>
    private const int LetterOffset = 100_000;

    /// <summary>Index just after the label starting at token <paramref name="i"/> (its punctuation included), or -1.</summary>
    public static int End(TokenLayer tokens, int i, int to, out int label)
    {
        label = -1;
        if (i >= to) return -1;
        var text = tokens.TextAt(i);
        int p = i + 1;
        switch (tokens.KindAt(i))
        {
            case TokenKind.Number when IsDigits(text) && int.Parse(text, provider: System.Globalization.CultureInfo.InvariantCulture) is var n && n <= MaxNumberLabel:
                label = n;
                if (Attached(tokens, p, to) && tokens.TextAt(p) is ".") p++;
                if (Attached(tokens, p, to) && tokens.TextAt(p) is ")") p++;
                if (p == i + 1) return -1;
                break;
            case TokenKind.Abbreviation when text.Length == 2 && CharClass.IsAsciiLetter(text[0]):
                label = LetterOffset + text[0];
                if (Attached(tokens, p, to) && tokens.TextAt(p) is ")") p++;
                break;
            case TokenKind.Word when text.Length == 1 && CharClass.IsAsciiLetter(text[0]):
                label = LetterOffset + text[0];
                if (!Attached(tokens, p, to) || tokens.TextAt(p) is not ")") return -1;
                p++;
                break;
            default:
                return -1;
        }
        // An item starts with a capital, perhaps quoted: "1. The first item", "13. “Mad dog”", not "1. to 2." or "a. m."
        int first = p < to && tokens.KindAt(p) == TokenKind.Quote ? p + 1 : p;
        return first < to && CharClass.IsUpper(tokens.TextAt(first)[0]) ? p : -1;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => text.Length is > 0 and <= 3 && !text.ContainsAnyExceptInRange('0', '9');

    private static bool Attached(TokenLayer tokens, int p, int to) => p < to && tokens.StartAt(p) == tokens.EndAt(p - 1);
}

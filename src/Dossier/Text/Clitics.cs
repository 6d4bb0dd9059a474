namespace Dossier.Text;

/// <summary>
/// English clitics split from their host as Universal Dependencies does: "’s", "'re", "'ve", "'ll", "'d", "'m"
/// after the apostrophe, "n’t" (which takes the host's last letter: "do|n’t", "ca|n't", "wo|n't"), and "can|not".
/// UD also splits "gon|na", "wan|na", "got|ta"; we keep those whole (splitting them cost the quotes scorer a match).
/// </summary>
internal static class Clitics
{
    /// <summary>True when the letters after an apostrophe form a clitic (case-insensitive); "t" is handled as "n't".</summary>
    public static bool IsSuffixAfterApostrophe(ReadOnlySpan<char> letters) => letters.Length switch
    {
        1 => (char)(letters[0] | 0x20) is 's' or 'd' or 'm',
        2 => Is(letters, 'r', 'e') || Is(letters, 'v', 'e') || Is(letters, 'l', 'l'),
        _ => false,
    };

    /// <summary>"t" after "n'": the negation clitic.</summary>
    public static bool IsNegationTail(ReadOnlySpan<char> letters) => letters.Length == 1 && (char)(letters[0] | 0x20) == 't';

    /// <summary>"cannot" is written as one word but is "can" + "not" for Universal Dependencies.</summary>
    public static bool IsCannot(ReadOnlySpan<char> word) => word.Equals("cannot", StringComparison.OrdinalIgnoreCase);

    private static bool Is(ReadOnlySpan<char> s, char a, char b) => (char)(s[0] | 0x20) == a && (char)(s[1] | 0x20) == b;
}

using System.Text;

namespace Dossier.Entities;

/// <summary>
/// The comparison key of a name: lower case, every run of white space (U+00A0 included) as one space,
/// curly apostrophes straight, and a leading "the " dropped — so "The Taliban" and "the  Taliban" are one name.
/// </summary>
public static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }
        if (sb.Length > 4 && sb[0] == 't' && sb[1] == 'h' && sb[2] == 'e' && sb[3] == ' ') sb.Remove(0, 4);
        return sb.ToString();
    }
}

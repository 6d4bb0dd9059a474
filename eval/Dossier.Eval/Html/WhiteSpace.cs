using System.Text;

namespace Dossier.Eval.Html;

/// <summary>White-space collapsing exactly as the benchmark's reference (Python's <c>re.sub(r"\s+", " ", text)</c> on str).</summary>
internal static class WhiteSpace
{
    /// <summary>Whether Python's Unicode <c>\s</c> matches <paramref name="c"/>.</summary>
    public static bool IsPythonSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\x1c' and <= ' ' => true,
        '\x85' or '\xa0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        bool inSpace = false;
        foreach (char c in text)
        {
            if (IsPythonSpace(c))
            {
                if (!inSpace) result.Append(' ');
                inSpace = true;
            }
            else
            {
                result.Append(c);
                inSpace = false;
            }
        }
        return result.ToString();
    }
}

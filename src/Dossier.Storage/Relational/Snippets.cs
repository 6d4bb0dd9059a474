using System.Text;
using Dossier.Model;

namespace Dossier.Storage.Relational;

/// <summary>Search snippets: the engines mark matches with STX (U+0002) and ETX (U+0003), which never occur in article text.</summary>
internal static class Snippets
{
    public const char Start = '\u0002';
    public const char End = '\u0003';

    /// <summary>The snippet without its marks, and where the marked words were.</summary>
    public static (string Text, List<TextSpan> Highlights) Highlighted(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<TextSpan>();
        int start = -1;
        foreach (char c in marked)
        {
            if (c == Start) start = text.Length;
            else if (c == End && start >= 0)
            {
                highlights.Add(new TextSpan(start, text.Length));
                start = -1;
            }
            else text.Append(c);
        }
        return (text.ToString(), highlights);
    }
}

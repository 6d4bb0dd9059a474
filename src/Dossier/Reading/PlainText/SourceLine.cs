namespace Dossier.Reading.PlainText;

/// <summary>A non-blank line of the source: its trimmed extent and whether a blank line precedes it.</summary>
internal readonly record struct SourceLine(int Start, int End, bool AfterBlankLine)
{
    public int Length => End - Start;

    /// <summary>Splits text into non-blank lines (any of \n, \r\n, \r, U+2028, U+2029 ends a line), trimmed.</summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        int i = 0;
        bool blankBefore = false;
        while (i <= text.Length)
        {
            int lineStart = i;
            while (i < text.Length && !IsBreak(text[i])) i++;
            int s = lineStart, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                lines.Add(new SourceLine(s, e, blankBefore || lines.Count == 0));
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            i++;
        }
        return lines;
    }

    private static bool IsBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';
}

using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Paragraphs of a plain string given without a reader (the sentence splitter's string entry point). Blank lines
/// always separate. Within a block of lines: when no line ends like a sentence, the lines are a list and each
/// is its own paragraph ("features\ncontact manager"); otherwise a line break before a lowercase word is a
/// wrapped line (PDF or e-mail text) and does not separate.
/// </summary>
internal static class PlainTextParagraphs
{
    public static ParagraphLayer Detect(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var block = new List<(int Start, int End)>();
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var line = Trim(text, lineStart, i);
            if (line.End > line.Start) block.Add(line);
            else Flush(text, block, starts, ends);
            lineStart = i + 1;
        }
        Flush(text, block, starts, ends);
        return new ParagraphLayer([.. starts], [.. ends]);
    }

    private static void Flush(string text, List<(int Start, int End)> block, List<int> starts, List<int> ends)
    {
        if (block.Count == 0) return;
        bool prose = block.Exists(line => EndsLikeSentence(text, line.End));
        int start = block[0].Start, end = block[0].End;
        for (int k = 1; k < block.Count; k++)
        {
            if (prose && CharClass.IsLower(text[block[k].Start]))
            {
                end = block[k].End;
                continue;
            }
            starts.Add(start);
            ends.Add(end);
            (start, end) = block[k];
        }
        starts.Add(start);
        ends.Add(end);
        block.Clear();
    }

    private static bool EndsLikeSentence(string text, int end)
    {
        int i = end - 1;
        while (i >= 0 && (CharClass.IsQuote(text[i]) || text[i] is ')' or ']')) i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or '\u2026';
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && CharClass.IsSeparator(text[start])) start++;
        while (end > start && CharClass.IsSeparator(text[end - 1])) end--;
        return (start, end);
    }
}

using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Eval.Segmentation;

/// <summary>
/// Reads the paragraphs of a CoNLL-U file (<c># newdoc</c> and <c># newpar</c> start one; <c># text</c> gives each
/// sentence). Gold tokens are the syntactic words: a multiword token ("didn't" = "did" + "n't") counts as its words
/// when they spell it, else as one token.
/// </summary>
public static class UdReader
{
    public static IReadOnlyList<UdParagraph> Read(string path)
    {
        var paragraphs = new List<UdParagraph>();
        var sentences = new List<string>();
        var tokens = new List<IReadOnlyList<TextSpan>?>();
        string? text = null;
        var rows = new List<string[]>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("# newdoc", StringComparison.Ordinal) || line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                if (line.StartsWith("# newpar_", StringComparison.Ordinal)) continue; // GUM's block annotations
                EndParagraph();
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
            else if (line.Length == 0) EndSentence();
            else if (!line.StartsWith('#'))
            {
                var columns = line.Split('\t');
                if (columns.Length < 10) throw new DossierException(Errors.EvalDataInvalid($"{path}:{lineNumber}", "a token line without 10 columns"));
                rows.Add(columns);
            }
        }
        EndSentence();
        EndParagraph();
        return paragraphs;

        void EndSentence()
        {
            if (text is not null && rows.Count > 0)
            {
                sentences.Add(text);
                tokens.Add(Align(text, rows));
            }
            text = null;
            rows.Clear();
        }

        void EndParagraph()
        {
            if (sentences.Count > 0) paragraphs.Add(new UdParagraph([.. sentences], [.. tokens]));
            sentences.Clear();
            tokens.Clear();
        }
    }

    /// <summary>Finds each gold token in the sentence text, in order; null when a form is not where it should be.</summary>
    private static List<TextSpan>? Align(string text, List<string[]> rows)
    {
        var spans = new List<TextSpan>();
        int cursor = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            string id = rows[r][0], form = rows[r][1];
            if (id.Contains('.', StringComparison.Ordinal)) continue; // empty nodes have no text
            while (cursor < text.Length && char.IsWhiteSpace(text[cursor])) cursor++;
            if (string.CompareOrdinal(text, cursor, form, 0, form.Length) != 0) return null;
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                int words = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(id[..dash], System.Globalization.CultureInfo.InvariantCulture) + 1;
                var parts = rows.Skip(r + 1).Take(words).Select(w => w[1]).ToList();
                if (string.Concat(parts) == form)
                {
                    int start = cursor;
                    foreach (var part in parts)
                    {
                        spans.Add(new TextSpan(start, start + part.Length));
                        start += part.Length;
                    }
                }
                else
                {
                    spans.Add(new TextSpan(cursor, cursor + form.Length));
                }
                r += words;
            }
            else
            {
                spans.Add(new TextSpan(cursor, cursor + form.Length));
            }
            cursor += form.Length;
        }
        return spans;
    }
}

using System.Globalization;
using Dossier.Diagnostics;

namespace Dossier.Language.Conllu;

/// <summary>
/// Reads CoNLL-U (https://universaldependencies.org/format.html). A malformed sentence is reported through
/// <paramref name="onError"/> and skipped; the rest of the file is still read.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path, Action<DossierError>? onError = null)
    {
        if (!File.Exists(path)) throw new DossierException(Errors.FileNotFound(path));
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        foreach (var sentence in Read(reader, path, onError)) yield return sentence;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name, Action<DossierError>? onError = null)
    {
        var lines = new List<string>();
        int lineNumber = 0, firstLine = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length > 0)
            {
                if (lines.Count == 0) firstLine = lineNumber;
                lines.Add(line);
                continue;
            }
            if (lines.Count == 0) continue;
            var sentence = Parse(lines, name, firstLine, onError);
            lines.Clear();
            if (sentence is not null) yield return sentence;
        }
        if (lines.Count > 0)
        {
            var last = Parse(lines, name, firstLine, onError);
            if (last is not null) yield return last;
        }
    }

    private static ConlluSentence? Parse(List<string> lines, string name, int firstLine, Action<DossierError>? onError)
    {
        var wordLines = new List<int>();
        var forms = new List<string>();
        var lemmas = new List<string>();
        var upos = new List<string>();
        var xpos = new List<string>();
        var heads = new List<int>();
        var relations = new List<string>();
        var spaceAfter = new List<bool>();
        int multiWordEnd = 0; // last word id covered by the current multi-word token
        bool multiWordSpace = true;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 10)
                return Fail(onError, name, firstLine + i, $"expected 10 tab-separated columns, found {columns.Length}");
            var id = columns[0];
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                multiWordEnd = int.Parse(id.AsSpan(dash + 1), CultureInfo.InvariantCulture);
                multiWordSpace = !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
                continue;
            }
            if (id.Contains('.', StringComparison.Ordinal)) continue; // empty node of enhanced dependencies
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int wordId) || wordId != forms.Count + 1)
                return Fail(onError, name, firstLine + i, $"word id '{id}' is out of sequence");
            if (!int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out int head) && columns[6] != "_")
                return Fail(onError, name, firstLine + i, $"head '{columns[6]}' is not a number");
            wordLines.Add(i);
            forms.Add(columns[1]);
            lemmas.Add(columns[2]);
            upos.Add(columns[3]);
            xpos.Add(columns[4]);
            heads.Add(columns[6] == "_" ? -1 : head - 1);
            relations.Add(columns[7]);
            // Inside a multi-word token ("don't" = do + n't) the parts touch; the last part takes the token's spacing.
            bool space = wordId < multiWordEnd ? false : wordId == multiWordEnd ? multiWordSpace : !columns[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            spaceAfter.Add(space);
        }
        if (forms.Count == 0) return null;
        foreach (var h in heads)
        {
            if (h >= forms.Count) return Fail(onError, name, firstLine, $"a head points past the last word ({h + 1} > {forms.Count})");
        }
        return new ConlluSentence([.. lines], [.. wordLines], [.. forms], [.. lemmas], [.. upos], [.. xpos], [.. heads], [.. relations], [.. spaceAfter]);
    }

    private static ConlluSentence? Fail(Action<DossierError>? onError, string name, int line, string why)
    {
        onError?.Invoke(Errors.BadConllu(name, line, why));
        return null;
    }
}

using System.Globalization;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Model;

namespace Dossier.Eval.Quotes;

/// <summary>
/// Reads PolNeAR's brat standoff (data/SPLIT/text/*.txt + data/SPLIT/attributions/*_ANNOTATOR.ann). Traps handled:
/// offsets count a leading BOM (so the text is decoded without stripping it); records come in any order (two passes);
/// a span crossing a newline continues on the next physical line; ";" separates discontinuous fragments;
/// E lines may lack a Cue, Content or Source. One annotator per article: the first by file name.
/// </summary>
public static class PolnearReader
{
    public static IEnumerable<PolnearArticle> ReadSplit(string polnearRoot, string split)
    {
        var dataDir = Directory.Exists(Path.Combine(polnearRoot, "data")) ? Path.Combine(polnearRoot, "data") : polnearRoot;
        var annDir = Path.Combine(dataDir, split, "attributions");
        var textDir = Path.Combine(dataDir, split, "text");
        if (!Directory.Exists(annDir) || !Directory.Exists(textDir)) throw new DossierException(Errors.EvalDataMissing(Path.Combine(dataDir, split)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ann in Directory.EnumerateFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            int us = stem.LastIndexOf('_');
            var name = us > 0 ? stem[..us] : stem;
            if (!seen.Add(name)) continue;
            var textPath = Path.Combine(textDir, name + ".txt");
            if (!File.Exists(textPath)) continue;
            var text = ReadWithBom(textPath);
            yield return new PolnearArticle(name, text, ParseAnn(File.ReadAllText(ann, new UTF8Encoding(false)), text.Length));
        }
    }

    /// <summary>UTF-8 decoded with the BOM kept as U+FEFF, because PolNeAR's offsets count it.</summary>
    public static string ReadWithBom(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Roles of an E record are separated by spaces; the file's final newline is appended to its last record (as a
    /// span's continuation would be), so a newline separates too — else the last relation of every file lost its last role.
    /// </summary>
    private static readonly char[] RoleSeparators = [' ', '\n', '\r'];

    public static List<PolnearAttribution> ParseAnn(string content, int textLength)
    {
        var records = new List<string>();
        foreach (var line in content.Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (IsRecordStart(l)) records.Add(l);
            else if (records.Count > 0) records[^1] += "\n" + l;
        }
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var r in records.Where(r => r[0] == 'T'))
        {
            var parts = r.Split('\t');
            if (parts.Length < 2) continue;
            var head = parts[1];
            int space = head.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) continue;
            var fragments = new List<TextSpan>();
            foreach (var frag in head[(space + 1)..].Split(';'))
            {
                var se = frag.Trim().Split(' ');
                if (se.Length != 2) continue;
                int s = int.Parse(se[0], CultureInfo.InvariantCulture), e = int.Parse(se[1], CultureInfo.InvariantCulture);
                if (s < 0 || e < s || e > textLength) continue;
                fragments.Add(new TextSpan(s, e));
            }
            spans[parts[0]] = fragments;
        }
        var result = new List<PolnearAttribution>();
        foreach (var r in records.Where(r => r[0] == 'E'))
        {
            var parts = r.Split('\t');
            if (parts.Length < 2) continue;
            List<TextSpan> source = [], cue = [], contentSpans = [];
            bool hasSource = true;
            foreach (var role in parts[1].Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0) continue;
                var key = role[..colon];
                var id = role[(colon + 1)..];
                if (key == "Attribution-no-source") hasSource = false;
                if (!spans.TryGetValue(id, out var frags)) continue;
                switch (key)
                {
                    case "Source": source.AddRange(frags); break;
                    case "Cue": cue.AddRange(frags); break;
                    case "Content" or "Content2": contentSpans.AddRange(frags); break;
                }
            }
            result.Add(new PolnearAttribution(source, cue, contentSpans, hasSource));
        }
        return result;
    }

    private static bool IsRecordStart(string line)
    {
        if (line.Length < 3 || line[0] is not ('T' or 'E' or '#')) return false;
        int i = 1;
        while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
        return i > 1 && i < line.Length && line[i] == '\t';
    }
}

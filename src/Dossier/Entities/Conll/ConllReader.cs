using Dossier.Diagnostics;

namespace Dossier.Entities.Conll;

/// <summary>
/// Reads CoNLL-2003-style files: one token per line, columns separated by white space, the tag in the last
/// column; blank lines end sentences and "-DOCSTART-" lines start documents. A file without -DOCSTART- is one document.
/// </summary>
public static class ConllReader
{
    public const string DocumentStart = "-DOCSTART-";

    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        if (!File.Exists(path)) throw new DossierException(Errors.FileNotFound(path));
        return Read(File.ReadLines(path));
    }

    public static IReadOnlyList<ConllDocument> Read(IEnumerable<string> lines)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var numbers = new List<int>();
        int lineNumber = -1;
        foreach (var line in lines)
        {
            lineNumber++;
            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                EndSentence();
                continue;
            }
            if (columns[0] == DocumentStart)
            {
                EndSentence();
                EndDocument();
                continue;
            }
            words.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : "O");
            numbers.Add(lineNumber);
        }
        EndSentence();
        EndDocument();
        return documents;

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(new ConllSentence([.. words], [.. tags], [.. numbers]));
            words.Clear();
            tags.Clear();
            numbers.Clear();
        }

        void EndDocument()
        {
            if (sentences.Count == 0) return;
            documents.Add(new ConllDocument([.. sentences]));
            sentences.Clear();
        }
    }
}

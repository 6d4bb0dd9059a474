using System.Text;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word (or "quoted phrase")
/// becomes a quoted term, all required; a trailing * keeps its prefix meaning.
/// </summary>
internal static class FtsQuery
{
    public static string From(string words)
    {
        var terms = new List<string>();
        var current = new StringBuilder();
        bool inPhrase = false;
        foreach (char c in words)
        {
            if (c == '"')
            {
                Flush();
                inPhrase = !inPhrase;
            }
            else if (!inPhrase && char.IsWhiteSpace(c)) Flush();
            else current.Append(c);
        }
        Flush();
        return string.Join(' ', terms);

        void Flush()
        {
            string term = current.ToString().Trim();
            current.Clear();
            bool prefix = term.EndsWith('*');
            term = term.TrimEnd('*');
            if (term.Length == 0) return;
            terms.Add("\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (prefix ? "*" : ""));
        }
    }
}

using System.Text;
using Dossier.Diagnostics;
using Microsoft.Data.Sqlite;

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

    /// <summary>Runs a query, reporting an FTS5 complaint about the user's words as DSR0408.</summary>
    public static T Guard<T>(string? words, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (SqliteException ex) when (words is not null && ex.SqliteErrorCode == 1 && ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            throw new DossierException(Errors.BadSearch(words, ex.Message), ex);
        }
    }
}

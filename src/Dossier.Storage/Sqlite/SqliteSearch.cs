using System.Text;
using Dossier.Model;
using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>Full-text search over articles: FTS5 with BM25 ranking (title weighted 4×, text 1×) and snippets with the matches marked.</summary>
internal static class SqliteSearch
{
    // Tokens of context in a snippet.
    private const int SnippetTokens = 24;

    public static IReadOnlyList<SearchHit> Find(SqliteConnection connection, string words, int limit)
    {
        using var command = connection.CreateCommand();
        // ORDER BY rank LIMIT is FTS5's own top-k path: it ranks inside the index and makes snippets for the hits only.
        command.CommandText =
            $"""
            SELECT f.rowid, a.title, a.published, a.site, a.url, a.source,
                   snippet(articles_fts, 1, char(2), char(3), '…', {SnippetTokens}), f.rank
            FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH $query
            ORDER BY f.rank LIMIT $limit
            """;
        command.Parameters.AddWithValue("$query", FtsQuery.From(words));
        command.Parameters.AddWithValue("$limit", limit);
        return FtsQuery.Guard(words, () =>
        {
            var hits = new List<SearchHit>();
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                var (snippet, highlights) = Highlighted(r.IsDBNull(6) ? "" : r.GetString(6));
                hits.Add(new SearchHit
                {
                    ArticleId = r.GetInt64(0),
                    Title = SqliteValues.ReadString(r, 1),
                    Published = SqliteValues.ReadDate(r, 2),
                    Site = SqliteValues.ReadString(r, 3),
                    Url = SqliteValues.ReadString(r, 4),
                    Source = SqliteValues.ReadString(r, 5),
                    Snippet = snippet,
                    Highlights = highlights,
                    Score = r.GetDouble(7),
                });
            }
            return hits;
        });
    }

    /// <summary>Removes the STX/ETX marks snippet() put around matches and returns where they were.</summary>
    private static (string Text, List<TextSpan> Highlights) Highlighted(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var highlights = new List<TextSpan>();
        int start = -1;
        foreach (char c in marked)
        {
            if (c == '\u0002') start = text.Length;
            else if (c == '\u0003' && start >= 0)
            {
                highlights.Add(new TextSpan(start, text.Length));
                start = -1;
            }
            else text.Append(c);
        }
        return (text.ToString(), highlights);
    }
}

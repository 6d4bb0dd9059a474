using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>Full-text search over articles: FTS5 with BM25 ranking (title weighted 4×, text 1×) and snippets.</summary>
internal static class SqliteSearch
{
    // Tokens of context in a snippet.
    private const int SnippetTokens = 24;

    public static IReadOnlyList<SearchHit> Find(SqliteConnection connection, string words, int limit)
    {
        using var command = connection.CreateCommand();
        // The inner query ranks with FTS5's own ORDER BY rank LIMIT path; snippets are made for the hits only.
        command.CommandText =
            $"""
            SELECT f.rowid, a.title, a.published, a.site, a.url, a.source,
                   snippet(articles_fts, 1, '[', ']', '…', {SnippetTokens}), f.rank
            FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH $query AND f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $query ORDER BY rank LIMIT $limit)
            ORDER BY f.rank
            """;
        command.Parameters.AddWithValue("$query", FtsQuery.From(words));
        command.Parameters.AddWithValue("$limit", limit);
        return FtsQuery.Guard(words, () =>
        {
            var hits = new List<SearchHit>();
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                hits.Add(new SearchHit
                {
                    ArticleId = r.GetInt64(0),
                    Title = SqliteValues.ReadString(r, 1),
                    Published = SqliteValues.ReadDate(r, 2),
                    Site = SqliteValues.ReadString(r, 3),
                    Url = SqliteValues.ReadString(r, 4),
                    Source = SqliteValues.ReadString(r, 5),
                    Snippet = r.IsDBNull(6) ? "" : r.GetString(6),
                    Score = r.GetDouble(7),
                });
            }
            return hits;
        });
    }
}

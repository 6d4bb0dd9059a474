using System.Data.Common;
using Dossier.Storage.Queries;
using Dossier.Storage.Relational;

namespace Dossier.Storage.Sqlite;

/// <summary>Full-text search over articles: FTS5 with BM25 ranking (title weighted 4×, text 1×) and snippets with the matches marked.</summary>
internal static class SqliteSearch
{
    // Tokens of context in a snippet.
    private const int SnippetTokens = 24;

    public static IReadOnlyList<SearchHit> Find(DbConnection connection, string words, int limit)
    {
        using var command = connection.CreateCommand();
        // ORDER BY rank LIMIT is FTS5's own top-k path: it ranks inside the index and makes snippets for the hits only.
        command.CommandText =
            $"""
            SELECT f.rowid, a.title, a.published, a.site, a.url, a.source,
                   snippet(articles_fts, 1, char(2), char(3), '…', {SnippetTokens}), f.rank
            FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH @query
            ORDER BY f.rank LIMIT @limit
            """;
        command.Add("@query", FtsQuery.From(words));
        command.Add("@limit", limit);
        return SearchHits.Read(command, SqliteDialect.Instance, rank => rank);
    }
}

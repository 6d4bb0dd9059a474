using System.Data.Common;
using Dossier.Storage.Queries;
using Dossier.Storage.Relational;

namespace Dossier.Storage.Postgres;

/// <summary>
/// Full-text search over articles: the GIN-indexed tsvector (title weighted above text), ranked by cover density,
/// the top hits only given a headline with the matches marked. Scores are negated so that lower is better, as with SQLite.
/// </summary>
internal static class PostgresSearch
{
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxFragments=2, MaxWords=24, MinWords=12, FragmentDelimiter=\" … \"";

    public static IReadOnlyList<SearchHit> Find(DbConnection connection, string words, int limit)
    {
        using var command = SqlValues.Command(connection,
            """
            WITH query AS (SELECT websearch_to_tsquery('english', @query) AS q),
                 top AS (SELECT a.id, ts_rank_cd(a.search, query.q) AS rank FROM articles a, query
                         WHERE a.search @@ query.q ORDER BY rank DESC, a.id LIMIT @limit)
            SELECT a.id, a.title, a.published, a.site, a.url, a.source, ts_headline('english', a.text, query.q, @options), top.rank
            FROM top JOIN articles a ON a.id = top.id, query
            ORDER BY top.rank DESC, a.id
            """).Add("@query", words).Add("@limit", limit).Add("@options", HeadlineOptions);
        return SearchHits.Read(command, PostgresDialect.Instance, rank => -rank);
    }
}

using System.Data.Common;
using Dossier.Storage.Queries;

namespace Dossier.Storage.Relational;

/// <summary>
/// Reads search hits as both engines return them: id, title, published, site, url, source, the marked snippet and a
/// rank. Each engine's query puts its own ranking into the last column; <paramref name="scoreOf"/> turns it into a score
/// where lower is better.
/// </summary>
internal static class SearchHits
{
    public static IReadOnlyList<SearchHit> Read(DbCommand command, ISqlDialect dialect, Func<double, double> scoreOf)
    {
        var hits = new List<SearchHit>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var (snippet, highlights) = Snippets.Highlighted(r.IsDBNull(6) ? "" : r.GetString(6));
            hits.Add(new SearchHit
            {
                ArticleId = SqlValues.Long(r, 0),
                Title = SqlValues.ReadString(r, 1),
                Published = dialect.ReadDate(r, 2),
                Site = SqlValues.ReadString(r, 3),
                Url = SqlValues.ReadString(r, 4),
                Source = SqlValues.ReadString(r, 5),
                Snippet = snippet,
                Highlights = highlights,
                Score = scoreOf(SqlValues.Double(r, 7)),
            });
        }
        return hits;
    }
}

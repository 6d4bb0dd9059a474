using Dossier.Storage.Queries;
using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>Counts for <c>dossier stats</c>, from the running tallies the writer keeps (schema 2), so none counts rows.</summary>
internal static class Statistics
{
    private const int TopCount = 10;

    public static StoreStats Collect(DbConnection connection, ISqlDialect dialect, StoreInfo store)
    {
        var range = Row(connection, dialect, "SELECT (SELECT min(published) FROM articles WHERE published IS NOT NULL), (SELECT max(published) FROM articles)");
        var tallies = Tallies(connection);
        long Tally(string name) => tallies.GetValueOrDefault(name);
        List<NamedCount> Prefixed(string prefix, Func<string, string> label) =>
            [.. tallies.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal) && t.Value > 0)
                .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(TopCount)
                .Select(t => new NamedCount(label(t.Key[prefix.Length..]), (int)t.Value))];
        return new StoreStats
        {
            Store = store,
            SizeBytes = dialect.SizeBytes(connection, store.Location),
            Articles = Tally("articles"),
            Actors = Tally("actors"),
            Mentions = Tally("mentions"),
            Quotes = Tally("quotes"),
            QuotesByType = Prefixed("quotes:", t => t),
            Relations = Tally("relations"),
            Events = Tally("events"),
            FirstPublished = range.First,
            LastPublished = range.Last,
            TopSpeakers = Counts(connection, $"SELECT name, quote_count FROM actors WHERE quote_count > 0 ORDER BY quote_count DESC LIMIT {TopCount}"),
            TopSites = Prefixed("site:", s => s.Length == 0 ? "(unknown)" : s),
        };
    }

    private static Dictionary<string, long> Tallies(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM tallies";
        var tallies = new Dictionary<string, long>(StringComparer.Ordinal);
        using var r = command.ExecuteReader();
        while (r.Read()) tallies[r.GetString(0)] = SqlValues.Long(r, 1);
        return tallies;
    }

    private static (DateTimeOffset? First, DateTimeOffset? Last) Row(DbConnection connection, ISqlDialect dialect, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        r.Read();
        return (dialect.ReadDate(r, 0), dialect.ReadDate(r, 1));
    }

    private static List<NamedCount> Counts(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var counts = new List<NamedCount>();
        using var r = command.ExecuteReader();
        while (r.Read()) counts.Add(new NamedCount(r.GetString(0), SqlValues.Int(r, 1)));
        return counts;
    }
}

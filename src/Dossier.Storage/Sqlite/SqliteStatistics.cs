using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>Counts for <c>dossier stats</c>, each from an index (max(id) where rows are never deleted is not used: counts are exact).</summary>
internal static class SqliteStatistics
{
    private const int TopCount = 10;

    public static StoreStats Collect(SqliteConnection connection, StoreInfo store)
    {
        var range = Row(connection, "SELECT min(published), max(published) FROM articles");
        return new StoreStats
        {
            Store = store,
            SizeBytes = Size(store.Location),
            Articles = Count(connection, "SELECT count(*) FROM articles"),
            Actors = Count(connection, "SELECT count(*) FROM actors"),
            Mentions = Count(connection, "SELECT count(*) FROM mentions"),
            Quotes = Count(connection, "SELECT count(*) FROM quotes"),
            QuotesByType = Counts(connection, "SELECT type, count(*) AS n FROM quotes GROUP BY type ORDER BY n DESC"),
            Relations = Count(connection, "SELECT count(*) FROM relations"),
            Events = Count(connection, "SELECT count(*) FROM events"),
            FirstPublished = range.First,
            LastPublished = range.Last,
            TopSpeakers = Counts(connection, $"SELECT name, quote_count FROM actors WHERE quote_count > 0 ORDER BY quote_count DESC LIMIT {TopCount}"),
            TopSites = Counts(connection, $"SELECT coalesce(site, '(unknown)'), count(*) AS n FROM articles GROUP BY site ORDER BY n DESC LIMIT {TopCount}"),
        };
    }

    private static long Size(string path)
    {
        long size = 0;
        foreach (var file in new[] { path, path + "-wal" })
            if (File.Exists(file)) size += new FileInfo(file).Length;
        return size;
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static (DateTimeOffset? First, DateTimeOffset? Last) Row(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        r.Read();
        return (SqliteValues.ReadDate(r, 0), SqliteValues.ReadDate(r, 1));
    }

    private static List<NamedCount> Counts(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var counts = new List<NamedCount>();
        using var r = command.ExecuteReader();
        while (r.Read()) counts.Add(new NamedCount(r.GetString(0), r.GetInt32(1)));
        return counts;
    }
}

using Dossier.Storage.Queries;
using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>Actor lookup and the actor profile.</summary>
internal static class ActorQueries
{
    private const string SummaryColumns = "a.id, a.name, a.type, a.partial, a.article_count, a.mention_count, a.quote_count, a.first_seen, a.last_seen";

    public static IReadOnlyList<ActorSummary> Find(DbConnection connection, ISqlDialect dialect, string name, int limit)
    {
        var ids = ActorLookup.Resolve(connection, dialect, name, limit, broaden: true);
        if (ids.Count == 0) return [];
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SummaryColumns} FROM actors a WHERE a.id IN {ActorLookup.InList(ids)}";
        var rank = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. ReadSummaries(command, connection, dialect, withNames: true).OrderBy(a => rank[a.Id])];
    }

    /// <summary>Every actor with its aliases and titles (the export), most frequent first.</summary>
    public static IEnumerable<ActorSummary> All(DbConnection connection, ISqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SummaryColumns} FROM actors a ORDER BY a.article_count DESC, a.id";
        foreach (var actor in ReadSummaries(command, connection, dialect, withNames: true)) yield return actor;
    }

    public static ActorProfile? Profile(DbConnection connection, ISqlDialect dialect, long id, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SummaryColumns} FROM actors a WHERE a.id = @id";
        command.Add("@id", id);
        var actor = ReadSummaries(command, connection, dialect, withNames: true).FirstOrDefault();
        if (actor is null) return null;
        return new ActorProfile
        {
            Actor = actor,
            Types = Counts(connection, "SELECT type, count, NULL FROM actor_types WHERE actor_id = @actor ORDER BY count DESC, type", id, limit),
            Aliases = Counts(connection, "SELECT alias, count, NULL FROM actor_aliases WHERE actor_id = @actor ORDER BY count DESC, alias", id, limit),
            Titles = Counts(connection, "SELECT title, count, NULL FROM actor_titles WHERE actor_id = @actor ORDER BY count DESC, title", id, limit),
            Said = QuoteQueries.Where(connection, dialect, "q.speaker_actor_id = @actor", id, limit),
            SpeaksAbout = Counts(connection,
                """
                SELECT x.name, count(*) AS n, x.id FROM quotes q JOIN quote_about qa ON qa.quote_id = q.id JOIN actors x ON x.id = qa.actor_id
                WHERE q.speaker_actor_id = @actor GROUP BY x.id ORDER BY n DESC, x.name LIMIT @limit
                """, id, limit),
            // Counted from quote_about's speaker index; only unresolved speakers (no actor) need their quotes' speaker names.
            SpokenAboutBy = Counts(connection,
                $"""
                SELECT coalesce(x.name, g.speaker_name, '(unresolved)'), g.n, g.speaker_id
                FROM (SELECT qa.speaker_actor_id AS speaker_id, NULL AS speaker_name, count(*) AS n
                      FROM quote_about qa WHERE qa.actor_id = @actor AND qa.speaker_actor_id IS NOT NULL GROUP BY qa.speaker_actor_id
                      UNION ALL
                      SELECT NULL, q.speaker_name, count(*)
                      FROM quote_about qa {dialect.OrderedJoin} quotes q ON q.id = qa.quote_id
                      WHERE qa.actor_id = @actor AND qa.speaker_actor_id IS NULL GROUP BY q.speaker_name
                      ORDER BY 3 DESC, 1, 2 LIMIT @limit) g
                LEFT JOIN actors x ON x.id = g.speaker_id
                ORDER BY g.n DESC, 1
                """, id, limit),
            SaidAbout = QuoteQueries.LatestAbout(connection, dialect, id, limit),
            QuotesAbout = (int)Scalar(connection, "SELECT count(*) FROM quote_about WHERE actor_id = @actor", id),
            Relations = [.. Exports.RelationsOf(connection, dialect, id, limit)],
            Events = (int)Scalar(connection, "SELECT count(*) FROM events WHERE @actor IN (actor_id, target_actor_id, place_actor_id)", id),
            MergeEvidence = Counts(connection,
                "SELECT rule || coalesce(' on \"' || matched_key || '\"', ''), count(*) AS n, NULL FROM actor_merges WHERE actor_id = @actor GROUP BY rule, matched_key ORDER BY n DESC LIMIT @limit",
                id, limit),
        };
    }

    private static IEnumerable<ActorSummary> ReadSummaries(DbCommand command, DbConnection connection, ISqlDialect dialect, bool withNames)
    {
        var rows = new List<ActorSummary>();
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(new ActorSummary
                {
                    Id = SqlValues.Long(r, 0),
                    Name = r.GetString(1),
                    Type = r.GetString(2),
                    Partial = SqlValues.Long(r, 3) != 0,
                    Articles = SqlValues.Int(r, 4),
                    Mentions = SqlValues.Int(r, 5),
                    Quotes = SqlValues.Int(r, 6),
                    FirstSeen = dialect.ReadDate(r, 7),
                    LastSeen = dialect.ReadDate(r, 8),
                });
                // Stream in chunks so an export of many actors never holds them all.
                if (rows.Count == 512)
                {
                    foreach (var row in WithNames(connection, rows, withNames)) yield return row;
                    rows.Clear();
                }
            }
        }
        foreach (var row in WithNames(connection, rows, withNames)) yield return row;
    }

    private static IEnumerable<ActorSummary> WithNames(DbConnection connection, List<ActorSummary> rows, bool withNames)
    {
        if (!withNames || rows.Count == 0) return rows;
        var aliases = Names(connection, "SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN {0} ORDER BY actor_id, count DESC, alias", rows);
        var titles = Names(connection, "SELECT actor_id, title FROM actor_titles WHERE actor_id IN {0} ORDER BY actor_id, count DESC, title", rows);
        return rows.Select(a => a with
        {
            Aliases = aliases.TryGetValue(a.Id, out var al) ? [.. al.Where(x => !string.Equals(x, a.Name, StringComparison.Ordinal))] : [],
            Titles = titles.TryGetValue(a.Id, out var t) ? t : [],
        });
    }

    private static Dictionary<long, List<string>> Names(DbConnection connection, string sql, List<ActorSummary> rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, ActorLookup.InList(rows.Select(r => r.Id)));
        var names = new Dictionary<long, List<string>>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            if (!names.TryGetValue(SqlValues.Long(r, 0), out var list)) names[SqlValues.Long(r, 0)] = list = [];
            list.Add(r.GetString(1));
        }
        return names;
    }

    private static List<NamedCount> Counts(DbConnection connection, string sql, long actorId, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql.Contains("@limit", StringComparison.Ordinal) ? sql : sql + " LIMIT @limit";
        command.Add("@actor", actorId);
        command.Add("@limit", limit);
        var counts = new List<NamedCount>();
        using var r = command.ExecuteReader();
        while (r.Read()) counts.Add(new NamedCount(r.GetString(0), SqlValues.Int(r, 1), SqlValues.ReadLong(r, 2)));
        return counts;
    }

    private static long Scalar(DbConnection connection, string sql, long actorId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Add("@actor", actorId);
        return SqlValues.ToLong(command.ExecuteScalar());
    }
}

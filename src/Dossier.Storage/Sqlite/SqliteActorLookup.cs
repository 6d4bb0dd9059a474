using Dossier.Storage.Actors;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// Finds the actors a user means by a name: first those whose merge key or normalised name is exactly that
/// name (with or without a courtesy title); only when there are none, those whose name contains it as whole
/// words, in any order ("West" finds "Thomas West"; full-text index over normalised names), or with <c>broaden</c>
/// after them. Each group is ordered by how many articles name them.
/// </summary>
internal static class SqliteActorLookup
{
    public static List<long> Resolve(SqliteConnection connection, string name, int limit = 50, bool broaden = false)
    {
        string plain = ActorNames.Normalise(name), person = ActorNames.Normalise(name, person: true);
        if (plain.Length == 0) return [];
        var exact = Ids(connection,
            """
            SELECT id FROM actors WHERE id IN (SELECT actor_id FROM actor_keys WHERE key IN ($a, $b))
                OR norm_name IN ($a, $b)
            ORDER BY article_count DESC, id LIMIT $limit
            """, plain, person, limit);
        if (exact.Count > 0 && !broaden) return exact;
        var words = Ids(connection,
            """
            SELECT a.id FROM actors_fts f JOIN actors a ON a.id = f.rowid WHERE actors_fts MATCH $a
            ORDER BY a.article_count DESC, a.id LIMIT $limit
            """, FtsQuery.From(person), person, limit);
        return [.. exact.Concat(words).Distinct().Take(limit)];
    }

    private static List<long> Ids(SqliteConnection connection, string sql, string a, string b, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", a);
        command.Parameters.AddWithValue("$b", b);
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>"(1,2,3)" for an IN clause; ids are numbers from the database, never user text.</summary>
    public static string InList(IEnumerable<long> ids) => "(" + string.Join(',', ids) + ")";
}

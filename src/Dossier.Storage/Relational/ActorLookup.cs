using System.Data.Common;
using Dossier.Storage.Actors;

namespace Dossier.Storage.Relational;

/// <summary>
/// Finds the actors a user means by a name: first those whose merge key or normalised name is exactly that
/// name (with or without a courtesy title); only when there are none, or with <c>broaden</c> after them, those
/// whose name contains all its words in any order ("West" finds "Thomas West"; a full-text index over normalised
/// names). Each group is ordered by how many articles name them. People known by one word only ("Obama" in an
/// article that never gives the full name) come last: there is one of them per article, and they would otherwise
/// crowd out the merged actors ("Barack Obama") that a limited list should show first.
/// </summary>
internal static class ActorLookup
{
    public static List<long> Resolve(DbConnection connection, ISqlDialect dialect, string name, int limit = 50, bool broaden = false)
    {
        string plain = ActorNames.Normalise(name), person = ActorNames.Normalise(name, person: true);
        if (plain.Length == 0) return [];
        const string ExactMatches = """
            SELECT id FROM actors WHERE (id IN (SELECT actor_id FROM actor_keys WHERE key IN (@a, @b)) OR norm_name IN (@a, @b))
                AND partial = @partial
            ORDER BY article_count DESC, id LIMIT @limit
            """;
        var exact = Ids(connection, ExactMatches, limit, ("@a", plain), ("@b", person), ("@partial", 0));
        var oneWordPeople = exact.Count < limit ? Ids(connection, ExactMatches, limit - exact.Count, ("@a", plain), ("@b", person), ("@partial", 1)) : [];
        if (exact.Count + oneWordPeople.Count > 0 && !broaden) return [.. exact.Concat(oneWordPeople)];
        var words = Ids(connection, dialect.ActorWordsQuery("@words"), limit, ("@words", dialect.ActorWordsValue(person)));
        return [.. exact.Concat(words).Concat(oneWordPeople).Distinct().Take(limit)];
    }

    private static List<long> Ids(DbConnection connection, string sql, int limit, params (string Name, object Value)[] parameters)
    {
        using var command = SqlValues.Command(connection, sql).Add("@limit", limit);
        foreach (var (parameter, value) in parameters) command.Add(parameter, value);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(SqlValues.Long(reader, 0));
        return ids;
    }

    /// <summary>"(1,2,3)" for an IN clause; ids are numbers from the database, never user text.</summary>
    public static string InList(IEnumerable<long> ids) => "(" + string.Join(',', ids) + ")";
}

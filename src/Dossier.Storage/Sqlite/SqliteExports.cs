using Dossier.Model;
using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>Relations and events as rows, for exports and the actor profile.</summary>
internal static class SqliteExports
{
    private const string RelationSelect =
        """
        SELECT r.id, r.article_id, r.subject_actor_id, s.name, r.predicate, r.object_actor_id, o.name, r.evidence, r.evidence_start, r.evidence_end,
               r.confidence, r.published, a.url
        FROM relations r JOIN actors s ON s.id = r.subject_actor_id JOIN actors o ON o.id = r.object_actor_id JOIN articles a ON a.id = r.article_id
        """;

    public static IEnumerable<RelationRow> Relations(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RelationSelect + " ORDER BY r.article_id, r.id";
        foreach (var row in ReadRelations(command)) yield return row;
    }

    public static IEnumerable<RelationRow> RelationsOf(SqliteConnection connection, long actorId, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RelationSelect + " WHERE r.id IN (SELECT id FROM relations WHERE subject_actor_id = $actor UNION SELECT id FROM relations WHERE object_actor_id = $actor) ORDER BY r.published DESC LIMIT $limit";
        command.Parameters.AddWithValue("$actor", actorId);
        command.Parameters.AddWithValue("$limit", limit);
        return [.. ReadRelations(command)];
    }

    private static IEnumerable<RelationRow> ReadRelations(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new RelationRow
            {
                Id = r.GetInt64(0),
                ArticleId = r.GetInt64(1),
                SubjectId = r.GetInt64(2),
                Subject = r.GetString(3),
                Predicate = r.GetString(4),
                TargetId = r.GetInt64(5),
                Target = r.GetString(6),
                Evidence = r.GetString(7),
                EvidenceSpan = new TextSpan(r.GetInt32(8), r.GetInt32(9)),
                Confidence = r.GetDouble(10),
                Published = SqliteValues.ReadDate(r, 11),
                Url = SqliteValues.ReadString(r, 12),
            };
        }
    }

    public static IEnumerable<EventRow> Events(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT e.id, e.article_id, e.type, e.code, e.trigger, e.actor_id, x.name, e.target_actor_id, t.name, e.place_actor_id, p.name,
                   e.date, e.killed, e.injured, e.evidence, e.evidence_start, e.evidence_end, e.confidence, e.published, a.url
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN actors x ON x.id = e.actor_id LEFT JOIN actors t ON t.id = e.target_actor_id LEFT JOIN actors p ON p.id = e.place_actor_id
            ORDER BY e.article_id, e.id
            """;
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new EventRow
            {
                Id = r.GetInt64(0),
                ArticleId = r.GetInt64(1),
                Type = r.GetString(2),
                Code = SqliteValues.ReadString(r, 3),
                Trigger = SqliteValues.ReadString(r, 4),
                ActorId = SqliteValues.ReadLong(r, 5),
                Actor = SqliteValues.ReadString(r, 6),
                TargetId = SqliteValues.ReadLong(r, 7),
                Target = SqliteValues.ReadString(r, 8),
                PlaceId = SqliteValues.ReadLong(r, 9),
                Place = SqliteValues.ReadString(r, 10),
                Date = SqliteValues.ReadString(r, 11),
                Killed = SqliteValues.ReadInt(r, 12),
                Injured = SqliteValues.ReadInt(r, 13),
                Evidence = r.GetString(14),
                EvidenceSpan = new TextSpan(r.GetInt32(15), r.GetInt32(16)),
                Confidence = r.GetDouble(17),
                Published = SqliteValues.ReadDate(r, 18),
                Url = SqliteValues.ReadString(r, 19),
            };
        }
    }
}

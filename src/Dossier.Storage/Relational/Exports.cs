using Dossier.Model;
using Dossier.Storage.Queries;
using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>Relations and events as rows, for exports and the actor profile.</summary>
internal static class Exports
{
    private const string RelationSelect =
        """
        SELECT r.id, r.article_id, r.subject_actor_id, s.name, r.predicate, r.object_actor_id, o.name, r.evidence, r.evidence_start, r.evidence_end,
               r.confidence, r.published, a.url
        FROM relations r JOIN actors s ON s.id = r.subject_actor_id JOIN actors o ON o.id = r.object_actor_id JOIN articles a ON a.id = r.article_id
        """;

    public static IEnumerable<RelationRow> Relations(DbConnection connection, ISqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RelationSelect + " ORDER BY r.article_id, r.id";
        foreach (var row in ReadRelations(command, dialect)) yield return row;
    }

    public static IEnumerable<RelationRow> RelationsOf(DbConnection connection, ISqlDialect dialect, long actorId, int limit)
    {
        using var command = connection.CreateCommand();
        // The page is chosen by id and date first; only its rows are joined to names and articles (a busy actor has thousands).
        command.CommandText = RelationSelect +
            """
             WHERE r.id IN (SELECT p.id FROM relations p
                            WHERE p.id IN (SELECT id FROM relations WHERE subject_actor_id = @actor UNION SELECT id FROM relations WHERE object_actor_id = @actor)
                            ORDER BY p.published DESC NULLS LAST, p.id DESC LIMIT @limit)
             ORDER BY r.published DESC NULLS LAST, r.id DESC
            """;
        command.Add("@actor", actorId);
        command.Add("@limit", limit);
        return [.. ReadRelations(command, dialect)];
    }

    private static IEnumerable<RelationRow> ReadRelations(DbCommand command, ISqlDialect dialect)
    {
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new RelationRow
            {
                Id = SqlValues.Long(r, 0),
                ArticleId = SqlValues.Long(r, 1),
                SubjectId = SqlValues.Long(r, 2),
                Subject = r.GetString(3),
                Predicate = r.GetString(4),
                TargetId = SqlValues.Long(r, 5),
                Target = r.GetString(6),
                Evidence = r.GetString(7),
                EvidenceSpan = new TextSpan(SqlValues.Int(r, 8), SqlValues.Int(r, 9)),
                Confidence = SqlValues.Double(r, 10),
                Published = dialect.ReadDate(r, 11),
                Url = SqlValues.ReadString(r, 12),
            };
        }
    }

    public static IEnumerable<EventRow> Events(DbConnection connection, ISqlDialect dialect)
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
                Id = SqlValues.Long(r, 0),
                ArticleId = SqlValues.Long(r, 1),
                Type = r.GetString(2),
                Code = SqlValues.ReadString(r, 3),
                Trigger = SqlValues.ReadString(r, 4),
                ActorId = SqlValues.ReadLong(r, 5),
                Actor = SqlValues.ReadString(r, 6),
                TargetId = SqlValues.ReadLong(r, 7),
                Target = SqlValues.ReadString(r, 8),
                PlaceId = SqlValues.ReadLong(r, 9),
                Place = SqlValues.ReadString(r, 10),
                Date = SqlValues.ReadString(r, 11),
                Killed = SqlValues.ReadInt(r, 12),
                Injured = SqlValues.ReadInt(r, 13),
                Evidence = r.GetString(14),
                EvidenceSpan = new TextSpan(SqlValues.Int(r, 15), SqlValues.Int(r, 16)),
                Confidence = SqlValues.Double(r, 17),
                Published = dialect.ReadDate(r, 18),
                Url = SqlValues.ReadString(r, 19),
            };
        }
    }
}

using Dossier.Storage.Queries;
using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>The actor graph: actors in enough articles as nodes; speaking-about, relation and co-occurrence edges between them.</summary>
internal static class Graph
{
    public static ActorGraph Build(DbConnection connection, ISqlDialect dialect, GraphOptions options)
    {
        var nodes = new List<GraphNode>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, name, type, article_count, quote_count FROM actors WHERE article_count >= @min ORDER BY id";
            command.Add("@min", options.MinArticles);
            using var r = command.ExecuteReader();
            while (r.Read()) nodes.Add(new GraphNode(SqlValues.Long(r, 0), r.GetString(1), r.GetString(2), SqlValues.Int(r, 3), SqlValues.Int(r, 4)));
        }
        var included = nodes.Select(n => n.Id).ToHashSet();
        var edges = new List<GraphEdge>();
        Edges(connection, dialect, edges, included, GraphEdgeKinds.SpeaksAbout,
            """
            SELECT q.speaker_actor_id, qa.actor_id, NULL, count(*), min(q.published), max(q.published)
            FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id WHERE q.speaker_actor_id IS NOT NULL
            GROUP BY q.speaker_actor_id, qa.actor_id
            """, options);
        Edges(connection, dialect, edges, included, GraphEdgeKinds.Relation,
            """
            SELECT subject_actor_id, object_actor_id, predicate, count(*), min(published), max(published)
            FROM relations GROUP BY subject_actor_id, object_actor_id, predicate
            """, options);
        if (options.IncludeCoOccurrence)
        {
            Edges(connection, dialect, edges, included, GraphEdgeKinds.CoOccurs,
                """
                WITH kept AS (SELECT DISTINCT aa.article_id, aa.actor_id FROM article_actors aa JOIN actors x ON x.id = aa.actor_id WHERE x.article_count >= @min)
                SELECT a.actor_id, b.actor_id, NULL, count(*) AS n, min(art.published), max(art.published)
                FROM kept a JOIN kept b ON b.article_id = a.article_id AND b.actor_id > a.actor_id JOIN articles art ON art.id = a.article_id
                GROUP BY a.actor_id, b.actor_id HAVING count(*) >= @minCo
                """, options);
        }
        return new ActorGraph(nodes, edges);
    }

    private static void Edges(DbConnection connection, ISqlDialect dialect, List<GraphEdge> edges, HashSet<long> included, string kind, string sql, GraphOptions options)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Add("@min", options.MinArticles);
        command.Add("@minCo", options.MinCoOccurrence);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            long source = SqlValues.Long(r, 0), target = SqlValues.Long(r, 1);
            if (source == target || !included.Contains(source) || !included.Contains(target)) continue;
            edges.Add(new GraphEdge(source, target, kind, SqlValues.ReadString(r, 2), SqlValues.Int(r, 3), dialect.ReadDate(r, 4), dialect.ReadDate(r, 5)));
        }
    }
}

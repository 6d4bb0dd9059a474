using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>The actor graph: actors in enough articles as nodes; speaking-about, relation and co-occurrence edges between them.</summary>
internal static class SqliteGraph
{
    public static ActorGraph Build(SqliteConnection connection, GraphOptions options)
    {
        var nodes = new List<GraphNode>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, name, type, article_count, quote_count FROM actors WHERE article_count >= $min ORDER BY id";
            command.Parameters.AddWithValue("$min", options.MinArticles);
            using var r = command.ExecuteReader();
            while (r.Read()) nodes.Add(new GraphNode(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4)));
        }
        var included = nodes.Select(n => n.Id).ToHashSet();
        var edges = new List<GraphEdge>();
        Edges(connection, edges, included, GraphEdgeKinds.SpeaksAbout,
            """
            SELECT q.speaker_actor_id, qa.actor_id, NULL, count(*), min(q.published), max(q.published)
            FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id WHERE q.speaker_actor_id IS NOT NULL
            GROUP BY q.speaker_actor_id, qa.actor_id
            """, options);
        Edges(connection, edges, included, GraphEdgeKinds.Relation,
            """
            SELECT subject_actor_id, object_actor_id, predicate, count(*), min(published), max(published)
            FROM relations GROUP BY subject_actor_id, object_actor_id, predicate
            """, options);
        if (options.IncludeCoOccurrence)
        {
            Edges(connection, edges, included, GraphEdgeKinds.CoOccurs,
                """
                WITH kept AS (SELECT DISTINCT aa.article_id, aa.actor_id FROM article_actors aa JOIN actors x ON x.id = aa.actor_id WHERE x.article_count >= $min)
                SELECT a.actor_id, b.actor_id, NULL, count(*) AS n, min(art.published), max(art.published)
                FROM kept a JOIN kept b ON b.article_id = a.article_id AND b.actor_id > a.actor_id JOIN articles art ON art.id = a.article_id
                GROUP BY a.actor_id, b.actor_id HAVING n >= $minCo
                """, options);
        }
        return new ActorGraph(nodes, edges);
    }

    private static void Edges(SqliteConnection connection, List<GraphEdge> edges, HashSet<long> included, string kind, string sql, GraphOptions options)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$min", options.MinArticles);
        command.Parameters.AddWithValue("$minCo", options.MinCoOccurrence);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            long source = r.GetInt64(0), target = r.GetInt64(1);
            if (source == target || !included.Contains(source) || !included.Contains(target)) continue;
            edges.Add(new GraphEdge(source, target, kind, SqliteValues.ReadString(r, 2), r.GetInt32(3), SqliteValues.ReadDate(r, 4), SqliteValues.ReadDate(r, 5)));
        }
    }
}

using System.Text;
using System.Text.Json;
using Dossier.Model;
using Dossier.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The quotes query: filters by speaker, actor spoken about, words, dates and type; newest first. CROSS JOIN keeps
/// quotes the outer loop (SQLite never reorders it), so the "newest first" indexes serve the order and a page of
/// 50 reads 50 quotes; left to itself, with planner statistics, SQLite would scan articles and sort every quote.
/// </summary>
internal static class SqliteQuoteQueries
{
    private const string Select =
        """
        SELECT q.id, q.article_id, q.type, q.content, q.fragments, q.cue, q.cue_start, q.cue_end, q.speaker_actor_id,
               coalesce(s.name, q.speaker_name), q.speaker_text, q.speaker_start, q.speaker_end, q.resolution, q.confidence,
               (SELECT json_group_array(x.name) FROM quote_about qa JOIN actors x ON x.id = qa.actor_id WHERE qa.quote_id = q.id),
               a.title, q.published, a.url, a.site, a.source
        FROM quotes q
        CROSS JOIN articles a ON a.id = q.article_id
        LEFT JOIN actors s ON s.id = q.speaker_actor_id
        """;

    // A name in a filter means anyone by that name: "Trump" is Donald Trump, Ivanka Trump and every one-word "Trump".
    private const int MostActorsPerName = 5000;

    public static IReadOnlyList<QuoteRow> Find(SqliteConnection connection, QuoteQuery query)
    {
        using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Speaker is { } speaker)
        {
            var ids = SqliteActorLookup.Resolve(connection, speaker, MostActorsPerName, broaden: true);
            if (ids.Count == 0) return [];
            where.Add("q.speaker_actor_id IN " + SqliteActorLookup.InList(ids));
        }
        if (query.About is { } about)
        {
            var ids = SqliteActorLookup.Resolve(connection, about, MostActorsPerName, broaden: true);
            if (ids.Count == 0) return [];
            where.Add("q.id IN (SELECT quote_id FROM quote_about WHERE actor_id IN " + SqliteActorLookup.InList(ids) + ")");
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            where.Add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH $text)");
            command.Parameters.AddWithValue("$text", FtsQuery.From(query.Text));
        }
        if (query.Since is { } since)
        {
            where.Add("q.published >= $since");
            command.Parameters.AddWithValue("$since", SqliteValues.Date(since));
        }
        if (query.Until is { } until)
        {
            where.Add("q.published < $until");
            command.Parameters.AddWithValue("$until", SqliteValues.Date(until));
        }
        if (query.Type is { } type)
        {
            where.Add("q.type = $type");
            command.Parameters.AddWithValue("$type", type.ToLowerInvariant());
        }
        var sql = new StringBuilder(Select);
        if (where.Count > 0) sql.Append(" WHERE ").AppendJoin(" AND ", where);
        sql.Append(" ORDER BY q.published DESC, q.article_id DESC, q.ordinal");
        if (query.Limit > 0) sql.Append(" LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.CommandText = sql.ToString();
        return FtsQuery.Guard<IReadOnlyList<QuoteRow>>(query.Text, () => [.. Read(command)]);
    }

    /// <summary>Every quote, in article order (the export).</summary>
    public static IEnumerable<QuoteRow> All(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Select + " ORDER BY q.article_id, q.ordinal";
        foreach (var row in Read(command)) yield return row;
    }

    /// <summary>The latest quotes matching a condition on q (the actor profile's lists).</summary>
    public static List<QuoteRow> Where(SqliteConnection connection, string condition, long actorId, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Select + " WHERE " + condition + " ORDER BY q.published DESC, q.article_id DESC, q.ordinal LIMIT $limit";
        command.Parameters.AddWithValue("$actor", actorId);
        command.Parameters.AddWithValue("$limit", limit);
        return [.. Read(command)];
    }

    private static IEnumerable<QuoteRow> Read(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new QuoteRow
            {
                Id = r.GetInt64(0),
                ArticleId = r.GetInt64(1),
                Type = r.GetString(2),
                Content = r.GetString(3),
                Fragments = Spans(r.GetString(4)),
                Cue = SqliteValues.ReadString(r, 5),
                CueSpan = Span(r, 6),
                SpeakerActorId = SqliteValues.ReadLong(r, 8),
                Speaker = SqliteValues.ReadString(r, 9),
                SpeakerText = SqliteValues.ReadString(r, 10),
                SpeakerSpan = Span(r, 11),
                Resolution = SqliteValues.ReadString(r, 13),
                Confidence = r.GetDouble(14),
                About = r.IsDBNull(15) ? [] : JsonSerializer.Deserialize<string[]>(r.GetString(15)) ?? [],
                ArticleTitle = SqliteValues.ReadString(r, 16),
                Published = SqliteValues.ReadDate(r, 17),
                Url = SqliteValues.ReadString(r, 18),
                Site = SqliteValues.ReadString(r, 19),
                Source = SqliteValues.ReadString(r, 20),
            };
        }
    }

    private static TextSpan? Span(SqliteDataReader r, int start) =>
        r.IsDBNull(start) || r.IsDBNull(start + 1) ? null : new TextSpan(r.GetInt32(start), r.GetInt32(start + 1));

    private static TextSpan[] Spans(string json) =>
        [.. (JsonSerializer.Deserialize<int[][]>(json) ?? []).Where(p => p.Length == 2).Select(p => new TextSpan(p[0], p[1]))];
}

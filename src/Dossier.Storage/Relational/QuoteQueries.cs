using System.Text.Json;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Storage.Queries;
using System.Data.Common;

namespace Dossier.Storage.Relational;

/// <summary>
/// The quotes query: filters by speaker, actor spoken about, words, dates and type; newest first. The dialect's ordered join keeps
/// quotes the outer loop (SQLite never reorders a CROSS JOIN), so the "newest first" indexes serve the order and a page of
/// 50 reads 50 quotes; left to itself, with planner statistics, SQLite would scan articles and sort every quote.
/// A page is chosen first, by quote ids alone (<see cref="Paged"/>), and only its rows are joined and dressed: when the
/// order cannot come from an index (a speaker known by many names, an actor spoken about), the sort then handles
/// thousands of small index entries instead of thousands of full rows with their article and "about" list.
/// </summary>
internal static class QuoteQueries
{
    private const string NewestFirst = " ORDER BY q.published DESC NULLS LAST, q.article_id DESC, q.ordinal";

    /// <summary>Every column of a quote row, for the quotes <paramref name="from"/> names as q.</summary>
    private static string Dressed(ISqlDialect dialect, string from) =>
        $"""
        SELECT q.id, q.article_id, q.type, q.content, q.fragments, q.cue, q.cue_start, q.cue_end, q.speaker_actor_id,
               coalesce(s.name, q.speaker_name), q.speaker_text, q.speaker_start, q.speaker_end, q.resolution, q.confidence,
               (SELECT {dialect.JsonArrayOf("x.name")} FROM quote_about qa JOIN actors x ON x.id = qa.actor_id WHERE qa.quote_id = q.id),
               a.title, q.published, a.url, a.site, a.source
        FROM {from}
        {dialect.OrderedJoin} articles a ON a.id = q.article_id
        LEFT JOIN actors s ON s.id = q.speaker_actor_id
        """;

    private static string Select(ISqlDialect dialect) => Dressed(dialect, "quotes q");

    /// <summary>The newest <c>@limit</c> quotes matching <paramref name="condition"/> (on q only), chosen before anything is joined.</summary>
    private static string Paged(ISqlDialect dialect, string condition) =>
        PagedBy(dialect, $"SELECT q.id FROM quotes q{(condition.Length == 0 ? "" : " WHERE " + condition)}{NewestFirst} LIMIT @limit");

    /// <summary>The quotes whose ids <paramref name="page"/> selects (as id), dressed, newest first.</summary>
    private static string PagedBy(ISqlDialect dialect, string page) =>
        Dressed(dialect, $"({page}) page {dialect.OrderedJoin} quotes q ON q.id = page.id") + NewestFirst;

    /// <summary>The latest quotes about an actor, chosen in quote_about's "newest first" index (no quote looked up but those shown).</summary>
    public static List<QuoteRow> LatestAbout(DbConnection connection, ISqlDialect dialect, long actorId, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PagedBy(dialect,
            "SELECT qa.quote_id AS id FROM quote_about qa WHERE qa.actor_id = @actor ORDER BY qa.published DESC NULLS LAST, qa.article_id DESC, qa.ordinal LIMIT @limit");
        command.Add("@actor", actorId);
        command.Add("@limit", limit);
        return [.. Read(command, dialect)];
    }

    /// <summary>
    /// A page of quotes about any of the actors <paramref name="actorIds"/>, chosen in quote_about's "newest first" index
    /// (a common name means hundreds of actors and thousands of quotes); quotes are looked up only for other conditions.
    /// </summary>
    private static string AboutPage(ISqlDialect dialect, string actorIds, string condition) =>
        "SELECT DISTINCT qa.quote_id AS id, qa.published, qa.article_id, qa.ordinal FROM quote_about qa"
        + (condition.Length == 0 ? "" : $" {dialect.OrderedJoin} quotes q ON q.id = qa.quote_id")
        + $" WHERE qa.actor_id IN {actorIds}" + (condition.Length == 0 ? "" : " AND " + condition)
        + " ORDER BY qa.published DESC NULLS LAST, qa.article_id DESC, qa.ordinal LIMIT @limit";

    // A name in a filter means anyone by that name: "Trump" is Donald Trump, Ivanka Trump and every one-word "Trump".
    private const int MostActorsPerName = 5000;

    public static IReadOnlyList<QuoteRow> Find(DbConnection connection, ISqlDialect dialect, QuoteQuery query)
    {
        using var command = connection.CreateCommand();
        var where = new List<string>();
        if (query.Speaker is { } speaker)
        {
            var ids = ActorLookup.Resolve(connection, dialect, speaker, MostActorsPerName, broaden: true);
            if (ids.Count == 0) return [];
            where.Add("q.speaker_actor_id IN " + ActorLookup.InList(ids));
        }
        string? aboutIds = null;
        if (query.About is { } about)
        {
            var ids = ActorLookup.Resolve(connection, dialect, about, MostActorsPerName, broaden: true);
            if (ids.Count == 0) return [];
            aboutIds = ActorLookup.InList(ids);
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            where.Add(dialect.QuoteTextCondition("@text"));
            command.Add("@text", dialect.QuoteTextValue(query.Text));
        }
        if (query.Since is { } since)
        {
            where.Add("q.published >= @since");
            command.Add("@since", dialect.Date(since));
        }
        if (query.Until is { } until)
        {
            where.Add("q.published < @until");
            command.Add("@until", dialect.Date(until));
        }
        if (query.Type is { } type)
        {
            where.Add("q.type = @type");
            command.Add("@type", type.ToLowerInvariant());
        }
        string condition = string.Join(" AND ", where);
        if (query.Limit > 0)
        {
            command.CommandText = aboutIds is null ? Paged(dialect, condition) : PagedBy(dialect, AboutPage(dialect, aboutIds, condition));
            command.Add("@limit", query.Limit);
        }
        else
        {
            if (aboutIds is not null) condition = string.Join(" AND ", where.Prepend($"q.id IN (SELECT quote_id FROM quote_about WHERE actor_id IN {aboutIds})"));
            command.CommandText = Select(dialect) + (condition.Length == 0 ? "" : " WHERE " + condition) + NewestFirst;
        }
        try
        {
            return [.. Read(command, dialect)];
        }
        catch (DbException ex) when (query.Text is not null && dialect.IsSearchSyntaxError(ex))
        {
            throw new DossierException(Errors.BadSearch(query.Text, ex.Message), ex);
        }
    }

    /// <summary>Every quote, in article order (the export).</summary>
    public static IEnumerable<QuoteRow> All(DbConnection connection, ISqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Select(dialect) + " ORDER BY q.article_id, q.ordinal";
        foreach (var row in Read(command, dialect)) yield return row;
    }

    /// <summary>The latest quotes matching a condition on q (the actor profile's lists).</summary>
    public static List<QuoteRow> Where(DbConnection connection, ISqlDialect dialect, string condition, long actorId, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Paged(dialect, condition);
        command.Add("@actor", actorId);
        command.Add("@limit", limit);
        return [.. Read(command, dialect)];
    }

    private static IEnumerable<QuoteRow> Read(DbCommand command, ISqlDialect dialect)
    {
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            yield return new QuoteRow
            {
                Id = SqlValues.Long(r, 0),
                ArticleId = SqlValues.Long(r, 1),
                Type = r.GetString(2),
                Content = r.GetString(3),
                Fragments = Spans(r.GetString(4)),
                Cue = SqlValues.ReadString(r, 5),
                CueSpan = Span(r, 6),
                SpeakerActorId = SqlValues.ReadLong(r, 8),
                Speaker = SqlValues.ReadString(r, 9),
                SpeakerText = SqlValues.ReadString(r, 10),
                SpeakerSpan = Span(r, 11),
                Resolution = SqlValues.ReadString(r, 13),
                Confidence = SqlValues.Double(r, 14),
                About = r.IsDBNull(15) ? [] : JsonSerializer.Deserialize<string[]>(r.GetString(15)) ?? [],
                ArticleTitle = SqlValues.ReadString(r, 16),
                Published = dialect.ReadDate(r, 17),
                Url = SqlValues.ReadString(r, 18),
                Site = SqlValues.ReadString(r, 19),
                Source = SqlValues.ReadString(r, 20),
            };
        }
    }

    private static TextSpan? Span(DbDataReader r, int start) =>
        r.IsDBNull(start) || r.IsDBNull(start + 1) ? null : new TextSpan(SqlValues.Int(r, start), SqlValues.Int(r, start + 1));

    private static TextSpan[] Spans(string json) =>
        [.. (JsonSerializer.Deserialize<int[][]>(json) ?? []).Where(p => p.Length == 2).Select(p => new TextSpan(p[0], p[1]))];
}

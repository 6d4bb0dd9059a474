using Dossier.Storage.Actors;
using Dossier.Storage.Records;
using System.Data.Common;
using Dossier.Storage.Ingest;

namespace Dossier.Storage.Relational;

/// <summary>
/// Links an article's actors to cross-article actors by the rules of <see cref="MergeKeys"/>, inside the
/// writer's transaction, and keeps each actor's aliases, titles, types, counts and the evidence of every link.
/// </summary>
internal sealed class RelationalActorRegistry : IDisposable
{
    private readonly IRowStatement _findKey, _retype, _insertActor, _insertKey, _alias, _title, _type, _evidence, _articleActor, _count, _quoteCount;
    private readonly IRowStatement[] _rows;

    private readonly Tallies _tallies;
    private readonly ISqlDialect _dialect;
    private StageTimings _timings = StageTimings.None;

    private readonly ITextIndexWriter? _textIndex;

    public RelationalActorRegistry(DbConnection connection, ISqlDialect dialect, Tallies tallies, ITextIndexWriter? textIndex)
    {
        _tallies = tallies;
        _textIndex = textIndex;
        _dialect = dialect;
        // With the actor's current type: when an article gives the same type, the type cannot change (see LinkOne).
        _findKey = dialect.PrepareRow(connection, "SELECT k.actor_id, a.type FROM actor_keys k JOIN actors a ON a.id = k.actor_id WHERE k.key = @p0", 1);
        _insertActor = dialect.PrepareRow(connection, "INSERT INTO actors (name, norm_name, type, partial) VALUES (@p0, @p1, @p2, @p3) RETURNING id", 4);
        _insertKey = dialect.PrepareRow(connection, "INSERT INTO actor_keys (key, actor_id) VALUES (@p0, @p1) ON CONFLICT (key) DO NOTHING", 2);
        _alias = dialect.PrepareRow(connection, "INSERT INTO actor_aliases (actor_id, alias) VALUES (@p0, @p1) ON CONFLICT (actor_id, alias) DO UPDATE SET count = actor_aliases.count + 1", 2);
        _title = dialect.PrepareRow(connection, "INSERT INTO actor_titles (actor_id, title) VALUES (@p0, @p1) ON CONFLICT (actor_id, title) DO UPDATE SET count = actor_titles.count + 1", 2);
        _type = dialect.PrepareRow(connection, "INSERT INTO actor_types (actor_id, type) VALUES (@p0, @p1) ON CONFLICT (actor_id, type) DO UPDATE SET count = actor_types.count + 1", 2);
        // The actor's type is the one most articles give, a known type before UNKNOWN.
        _retype = dialect.PrepareRow(connection,
            "UPDATE actors SET type = (SELECT type FROM actor_types WHERE actor_id = @p0 ORDER BY type = 'UNKNOWN', count DESC, type LIMIT 1) WHERE id = @p0", 1);
        _evidence = dialect.PrepareRow(connection, "INSERT INTO actor_merges (actor_id, article_id, local_name, local_type, rule, matched_key) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", 6);
        _articleActor = dialect.PrepareRow(connection, "INSERT INTO article_actors (article_id, local_index, actor_id, mention_count) VALUES (@p0, @p1, @p2, @p3)", 4);
        _count = dialect.PrepareRow(connection,
            $"""
            UPDATE actors SET article_count = article_count + 1, mention_count = mention_count + @p1,
                first_seen = {dialect.EarlierOf("first_seen", "@p2")}, last_seen = {dialect.LaterOf("last_seen", "@p2")}
            WHERE id = @p0
            """, 3);
        _quoteCount = dialect.PrepareRow(connection, "UPDATE actors SET quote_count = quote_count + @p1 WHERE id = @p0", 2);
        _rows = [_findKey, _retype, _insertActor, _insertKey, _alias, _title, _type, _evidence, _articleActor, _count, _quoteCount];
    }

    public void Profile(StageTimings timings) => _timings = timings;

    public void Enlist(DbTransaction transaction)
    {
        foreach (var statement in _rows) statement.Enlist(transaction);
    }

    /// <summary>Links every local actor of the article; returns the cross-article id of each, by local index.</summary>
    public long[] Link(long articleId, ArticleFacts facts)
    {
        var ids = new long[facts.Actors.Count];
        var mentions = new int[facts.Actors.Count];
        foreach (var mention in facts.Mentions)
            if (mention.Actor >= 0 && mention.Actor < mentions.Length) mentions[mention.Actor]++;
        var perActor = new Dictionary<long, int>();
        for (int i = 0; i < ids.Length; i++)
        {
            var actor = facts.Actors[i];
            int mentionCount = Math.Max(mentions[i], actor.MentionCount);
            ids[i] = LinkOne(articleId, actor);
            long lap = _timings.Start();
            _articleActor.Execute(articleId, i, ids[i], mentionCount);
            perActor[ids[i]] = perActor.GetValueOrDefault(ids[i]) + mentionCount;
            _timings.Lap(Stage.Counts, lap);
        }
        long counting = _timings.Start();
        object published = _dialect.Date(facts.Metadata.Published);
        foreach (var (id, mentionCount) in perActor)
        {
            _count.Execute(id, mentionCount, published);
        }
        _timings.Lap(Stage.Counts, counting);
        return ids;
    }

    public void CountQuotes(long actorId, int quotes) => _quoteCount.Execute(actorId, quotes);

    private long LinkOne(long articleId, ActorFact actor)
    {
        long lap = _timings.Start();
        var actorKeys = MergeKeys.Of(actor);
        string? nameKey = actorKeys.Name;
        var aliasKeys = actorKeys.Aliases;
        // The name's key first, then the aliases' (null when the name gives none).
        var keys = new List<string?>(aliasKeys.Count + 1) { nameKey };
        keys.AddRange(aliasKeys);
        long? id = null;
        string rule = MergeKeys.New;
        string? matched = null, knownType = null;
        // 1. The same full name. 2. A name or alias of this actor that is a known alias (first in the article's order).
        foreach (var key in keys)
        {
            if (key is null || Find(key) is not { } found) continue;
            (id, knownType, matched, rule) = (found.Id, found.Type, key, key == nameKey ? MergeKeys.SameName : MergeKeys.SameAlias);
            break;
        }
        bool partial = nameKey is null && aliasKeys.Count == 0 && MergeKeys.IsPersonLike(actor.Type);
        lap = _timings.Lap(Stage.Find, lap);
        if (id is null)
        {
            string normalised = actorKeys.Normalised;
            id = SqlValues.ToLong(_insertActor.Scalar(actor.Name, normalised, actor.Type, partial ? 1 : 0));
            _textIndex?.AddActor(id.Value, normalised);
            _tallies.Add("actors");
            rule = partial ? MergeKeys.NewPartial : MergeKeys.New;
        }
        long actorId = id.Value;
        foreach (var key in keys)
        {
            if (key is null || key == matched) continue; // the matched key already leads to this actor
            _insertKey.Execute(key, actorId);
        }
        lap = _timings.Lap(Stage.Insert, lap);
        Upsert(_type, actorId, actor.Type);
        // actors.type is always the type most articles give (it is set after every count). One more count of that
        // type keeps it first, and a new actor has only its own type: only a different type can change it.
        if (matched is not null && knownType != actor.Type)
        {
            _retype.Execute(actorId);
        }
        foreach (var alias in actor.Aliases.Prepend(actor.Name).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
            Upsert(_alias, actorId, alias);
        foreach (var title in actor.Titles.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
            Upsert(_title, actorId, title);
        lap = _timings.Lap(Stage.Names, lap);
        _evidence.Execute(actorId, articleId, actor.Name, actor.Type, rule, matched);
        _timings.Lap(Stage.Evidence, lap);
        return actorId;
    }

    /// <summary>The parts of linking that a profile times.</summary>
    private static class Stage
    {
        public const string Find = "store: actors: merge keys, lookup";
        public const string Insert = "store: actors: new actors, keys";
        public const string Names = "store: actors: types, aliases, titles";
        public const string Evidence = "store: actors: merge evidence";
        public const string Counts = "store: actors: article links, counts";
    }

    private (long Id, string Type)? Find(string key)
    {
        Span<object?> row = [null, null];
        return _findKey.FirstRow(row, key) ? (SqlValues.ToLong(row[0]), (string)row[1]!) : null;
    }

    private static void Upsert(IRowStatement statement, long actorId, string value) => statement.Execute(actorId, value);

    public void Dispose()
    {
        foreach (var statement in _rows) statement.Dispose();
    }
}

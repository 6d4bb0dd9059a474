using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Storage.Records;
using System.Data.Common;
using Dossier.Storage.Ingest;

namespace Dossier.Storage.Relational;

/// <summary>
/// Writes batches of articles, one transaction per batch, with reused statements on one connection, for every
/// SQL engine. A failure of the disk, file or server (full, read-only, locked) ends the run with a DSR04xx error;
/// a failure caused by one article rolls the batch back and stores its articles one by one, so only that one is lost.
/// </summary>
internal sealed class RelationalArticleWriter : IArticleWriter
{
    private const string FragmentSeparator = " … ";
    private const string ArticleSavepoint = "article";

    private readonly DbConnection _connection;
    private readonly string _path;
    private readonly ISqlDialect _dialect;
    private readonly RelationalActorRegistry _actors;
    private readonly Tallies _tallies;
    private readonly ITextIndexWriter? _textIndex;
    private readonly IRowStatement _article, _mention, _quote, _about, _relation, _event;
    private readonly IRowStatement[] _statements;
    private long _stored;
    private bool _storedSinceAnalyze;
    private StageTimings _timings = StageTimings.None;

    private readonly bool _ownsConnection;

    /// <param name="ownsConnection">False when the caller (the work queue) owns the connection and its transaction.</param>
    public RelationalArticleWriter(DbConnection connection, ISqlDialect dialect, string path, bool ownsConnection = true)
    {
        _ownsConnection = ownsConnection;
        _connection = connection;
        _dialect = dialect;
        _path = path;
        _tallies = new Tallies(connection, dialect);
        _textIndex = dialect.CreateTextIndexWriter(connection);
        _actors = new RelationalActorRegistry(connection, dialect, _tallies, _textIndex);
        _article = dialect.PrepareRow(connection,
            """
            INSERT INTO articles (content_hash, source, source_id, url, site, title, byline, authors, published, language, format, encoding, text, pipeline, ingested_at)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14)
            ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """, 15);
        _mention = dialect.PrepareRow(connection, "INSERT INTO mentions (article_id, start, \"end\", type, actor_id, text) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", 6);
        _quote = dialect.PrepareRow(connection,
            """
            INSERT INTO quotes (article_id, ordinal, published, type, content, content_start, content_end, fragments, cue, cue_start, cue_end,
                                speaker_text, speaker_start, speaker_end, speaker_actor_id, speaker_name, resolution, confidence)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17) RETURNING id
            """, 18);
        // The quote's date, article, ordinal and speaker are copied so that quotes about an actor are read from quote_about alone.
        _about = dialect.PrepareRow(connection,
            "INSERT INTO quote_about (actor_id, quote_id, published, article_id, ordinal, speaker_actor_id) VALUES (@p0, @p1, @p2, @p3, @p4, @p5) ON CONFLICT DO NOTHING", 6);
        _relation = dialect.PrepareRow(connection,
            """
            INSERT INTO relations (article_id, published, subject_actor_id, predicate, object_actor_id, evidence, evidence_start, evidence_end, confidence)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
            """, 9);
        _event = dialect.PrepareRow(connection,
            """
            INSERT INTO events (article_id, published, type, code, trigger, trigger_start, trigger_end, actor_id, target_actor_id, place_actor_id,
                                date, killed, injured, evidence, evidence_start, evidence_end, confidence)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16)
            """, 17);
        _statements = [_article, _mention, _quote, _about, _relation, _event];
    }

    public void Profile(StageTimings timings)
    {
        _timings = timings;
        _actors.Profile(timings);
    }

    public IReadOnlyList<ArticleWrite> Write(IReadOnlyList<ArticleFacts> batch)
    {
        try
        {
            var results = InTransaction(batch);
            _stored += results.Count(r => r.Outcome == WriteOutcome.Stored);
            return results;
        }
        catch (DbException ex) when (!_dialect.IsEnvironmental(ex) && batch.Count > 1)
        {
            // Something in one article broke the batch: store them one at a time to find it.
            return [.. batch.Select(WriteAlone)];
        }
        catch (DbException ex)
        {
            throw new DossierException(_dialect.Map(ex, _path, _stored), ex);
        }
    }

    private ArticleWrite WriteAlone(ArticleFacts article)
    {
        try
        {
            var result = InTransaction([article])[0];
            if (result.Outcome == WriteOutcome.Stored) _stored++;
            return result;
        }
        catch (DbException ex) when (!_dialect.IsEnvironmental(ex))
        {
            return new ArticleWrite(WriteOutcome.Failed, 0, Errors.StoreWriteFailed(article.Metadata.Source ?? _path, ex.Message));
        }
    }

    /// <summary>
    /// Writes a batch inside a transaction the caller owns (a claimed batch of the work queue), each article under a
    /// savepoint: an article that fails is rolled back alone and reported Failed. The caller commits or rolls back.
    /// </summary>
    public IReadOnlyList<ArticleWrite> WriteWithin(DbTransaction transaction, IReadOnlyList<ArticleFacts> batch)
    {
        try
        {
            _dialect.BeginWriteBatch(_connection, transaction);
            foreach (var statement in _statements) statement.Enlist(transaction);
            _actors.Enlist(transaction);
            _tallies.Discard();
            var results = new List<ArticleWrite>(batch.Count);
            object now = _dialect.Date(DateTimeOffset.UtcNow);
            foreach (var article in batch)
            {
                var tallies = _tallies.Snapshot();
                transaction.Save(ArticleSavepoint);
                try
                {
                    results.Add(WriteOne(article, now));
                    _textIndex?.Flush(transaction);
                    transaction.Release(ArticleSavepoint);
                }
                catch (DbException ex) when (!_dialect.IsEnvironmental(ex))
                {
                    _textIndex?.Discard();
                    transaction.Rollback(ArticleSavepoint);
                    _tallies.Restore(tallies);
                    results.Add(new ArticleWrite(WriteOutcome.Failed, 0, Errors.StoreWriteFailed(article.Metadata.Source ?? _path, ex.Message)));
                }
            }
            _tallies.Write(transaction);
            return results;
        }
        catch (DbException ex)
        {
            throw new DossierException(_dialect.Map(ex, _path, _stored), ex);
        }
    }

    private List<ArticleWrite> InTransaction(IReadOnlyList<ArticleFacts> batch)
    {
        long lap = _timings.Start();
        using var transaction = _connection.BeginTransaction();
        _dialect.BeginWriteBatch(_connection, transaction);
        foreach (var statement in _statements) statement.Enlist(transaction);
        _actors.Enlist(transaction);
        _tallies.Discard();
        _textIndex?.Discard();
        var results = new List<ArticleWrite>(batch.Count);
        object now = _dialect.Date(DateTimeOffset.UtcNow);
        lap = _timings.Lap(Stage.Commit, lap);
        foreach (var article in batch) results.Add(WriteOne(article, now));
        lap = _timings.Start();
        // Last: any statement after the first full-text row would flush the index's pending terms (migration 0006).
        _textIndex?.Flush(transaction);
        lap = _timings.Lap(Stage.TextIndex, lap);
        _tallies.Write(transaction);
        transaction.Commit();
        _timings.Lap(Stage.Commit, lap);
        if (results.Exists(r => r.Outcome == WriteOutcome.Stored)) _storedSinceAnalyze = true;
        return results;
    }

    private ArticleWrite WriteOne(ArticleFacts article, object now)
    {
        var m = article.Metadata;
        long lap = _timings.Start();
        object? inserted = _article.Scalar(article.ContentHash, m.Source, m.Id, m.Url, m.Site, m.Title, m.Byline, JsonSerializer.Serialize(m.Authors),
            _dialect.Date(m.Published), m.Language, m.Format, m.Encoding, article.Text, article.Pipeline, now);
        if (inserted is null or DBNull) return new ArticleWrite(WriteOutcome.Duplicate, 0);
        long articleId = SqlValues.ToLong(inserted);
        _textIndex?.AddArticle(articleId, m.Title, article.Text);
        lap = _timings.Lap(Stage.Article, lap);

        _tallies.Add("articles");
        _tallies.Add("site:" + (m.Site ?? ""));
        long[] actors = _actors.Link(articleId, article);
        object? ActorId(int local) => local >= 0 && local < actors.Length ? actors[local] : null;
        object published = _dialect.Date(m.Published);
        lap = _timings.Start();

        foreach (var mention in article.Mentions)
        {
            _mention.Execute(articleId, mention.Span.Start, mention.Span.End, mention.Type, ActorId(mention.Actor), article.Slice(mention.Span));
        }
        _tallies.Add("mentions", article.Mentions.Count);
        lap = _timings.Lap(Stage.Mentions, lap);
        var quotesBySpeaker = new Dictionary<long, int>();
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            var q = article.Quotes[i];
            var speaker = ActorId(q.SpeakerActor);
            string content = Content(article, q.Content);
            long quoteId = SqlValues.ToLong(_quote.Scalar(articleId, i, published, q.Type, content, q.Extent.Start, q.Extent.End, Fragments(q.Content),
                Text(article, q.Cue), q.Cue?.Start, q.Cue?.End, Text(article, q.Speaker), q.Speaker?.Start, q.Speaker?.End,
                speaker, q.SpeakerName, q.Resolution, Confidence(q.Confidence)));
            _textIndex?.AddQuote(quoteId, content);
            _tallies.Add("quotes");
            _tallies.Add("quotes:" + q.Type);
            if (speaker is long s) quotesBySpeaker[s] = quotesBySpeaker.GetValueOrDefault(s) + 1;
            lap = _timings.Lap(Stage.Quotes, lap);
            foreach (var about in q.About.Select(ActorId).OfType<long>().Distinct())
            {
                if (Equals(about, speaker)) continue;
                _about.Execute(about, quoteId, published, articleId, i, speaker);
            }
            lap = _timings.Lap(Stage.About, lap);
        }
        foreach (var (actorId, count) in quotesBySpeaker) _actors.CountQuotes(actorId, count);
        lap = _timings.Lap(Stage.Quotes, lap);
        foreach (var r in article.Relations)
        {
            if (ActorId(r.Subject) is not long subject || ActorId(r.Target) is not long obj) continue;
            _relation.Execute(articleId, published, subject, r.Predicate, obj, article.Slice(r.Evidence), r.Evidence.Start, r.Evidence.End, Confidence(r.Confidence));
            _tallies.Add("relations");
        }
        foreach (var e in article.Events)
        {
            _event.Execute(articleId, published, e.Type, e.Code, Text(article, e.Trigger), e.Trigger?.Start, e.Trigger?.End,
                ActorId(e.Actor), ActorId(e.Target), ActorId(e.Place), e.Date, e.Killed, e.Injured,
                article.Slice(e.Evidence), e.Evidence.Start, e.Evidence.End, Confidence(e.Confidence));
            _tallies.Add("events");
        }
        _timings.Lap(Stage.RelationsEvents, lap);
        return new ArticleWrite(WriteOutcome.Stored, articleId);
    }

    /// <summary>The parts of a write that <see cref="Profile"/> times.</summary>
    private static class Stage
    {
        public const string Article = "store: article row, text index";
        public const string Mentions = "store: mentions";
        public const string Quotes = "store: quotes, quote index";
        public const string About = "store: quote_about";
        public const string RelationsEvents = "store: relations, events";
        public const string Commit = "store: begin, tallies, commit";
        public const string TextIndex = "store: text index (FTS5, end of batch)";
    }

    /// <summary>A float confidence as the decimal it stands for (0.9f is 0.9, not 0.8999999761581421).</summary>
    private static double Confidence(float value) => Math.Round(value, 4);

    private static string? Text(ArticleFacts article, TextSpan? span) => span is { } s ? article.Slice(s) : null;

    private static string Content(ArticleFacts article, IReadOnlyList<TextSpan> fragments) =>
        fragments.Count == 1 ? article.Slice(fragments[0]) : string.Join(FragmentSeparator, fragments.Select(article.Slice));

    private static string Fragments(IReadOnlyList<TextSpan> fragments)
    {
        var json = new StringBuilder("[");
        foreach (var f in fragments)
        {
            if (json.Length > 1) json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $"[{f.Start},{f.End}]");
        }
        return json.Append(']').ToString();
    }

    public void Dispose()
    {
        foreach (var statement in _statements) statement.Dispose();
        _actors.Dispose();
        _tallies.Dispose();
        _textIndex?.Dispose();
        RefreshPlannerStatistics();
        if (_ownsConnection) _connection.Dispose();
    }

    private void RefreshPlannerStatistics()
    {
        if (_storedSinceAnalyze) _dialect.AfterWrites(_connection);
    }
}

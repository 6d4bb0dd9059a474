-- Schema 2: what the queries need to answer in milliseconds on a large store (issue 7: p95 < 100 ms).

-- 1. "Newest first" indexes that cover the whole order (published DESC, article_id DESC, ordinal ASC, read
--    backwards). With the schema-1 indexes, which covered only the date, SQLite 3.53 sorted every quote for a page of 50.
DROP INDEX quotes_published;
DROP INDEX quotes_speaker;
DROP INDEX quotes_type;
CREATE INDEX quotes_newest ON quotes (published, article_id, ordinal DESC);
CREATE INDEX quotes_speaker_newest ON quotes (speaker_actor_id, published, article_id, ordinal DESC);
CREATE INDEX quotes_type_newest ON quotes (type, published, article_id, ordinal DESC);

-- 2. Running totals for `dossier stats`, kept by the writer in each batch's transaction ("articles", "quotes:direct",
--    "site:Reuters", …), so stats never count hundreds of thousands of rows.
CREATE TABLE tallies (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO tallies (name, value) SELECT 'articles', count(*) FROM articles;
INSERT INTO tallies (name, value) SELECT 'actors', count(*) FROM actors;
INSERT INTO tallies (name, value) SELECT 'mentions', count(*) FROM mentions;
INSERT INTO tallies (name, value) SELECT 'quotes', count(*) FROM quotes;
INSERT INTO tallies (name, value) SELECT 'relations', count(*) FROM relations;
INSERT INTO tallies (name, value) SELECT 'events', count(*) FROM events;
INSERT INTO tallies (name, value) SELECT 'quotes:' || type, count(*) FROM quotes GROUP BY type;
INSERT INTO tallies (name, value) SELECT 'site:' || coalesce(site, ''), count(*) FROM articles GROUP BY coalesce(site, '');

-- 3. Word search over actor names ("West" finds "Thomas West") without scanning every actor.
CREATE VIRTUAL TABLE actors_fts USING fts5 (norm_name, content = 'actors', content_rowid = 'id', tokenize = 'unicode61');
INSERT INTO actors_fts (actors_fts) VALUES ('rebuild');
CREATE TRIGGER actors_fts_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actors_fts (rowid, norm_name) VALUES (new.id, new.norm_name);
END;
CREATE TRIGGER actors_fts_delete AFTER DELETE ON actors BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, norm_name) VALUES ('delete', old.id, old.norm_name);
END;

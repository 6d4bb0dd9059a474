-- Schema 2 in PostgreSQL (as Sqlite/Migrations/0002_query_speed.sql).

-- 1. "Newest first" indexes covering the whole order (published DESC NULLS LAST, article_id DESC, ordinal ASC) when read backwards.
DROP INDEX quotes_published;
DROP INDEX quotes_speaker;
DROP INDEX quotes_type;
CREATE INDEX quotes_newest ON quotes (published NULLS FIRST, article_id, ordinal DESC);
CREATE INDEX quotes_speaker_newest ON quotes (speaker_actor_id, published NULLS FIRST, article_id, ordinal DESC);
CREATE INDEX quotes_type_newest ON quotes (type, published NULLS FIRST, article_id, ordinal DESC);

-- 2. Running totals for `dossier stats`, kept by the writer in each batch's transaction.
CREATE TABLE tallies (
    name  text PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0
);
INSERT INTO tallies (name, value) SELECT 'articles', count(*) FROM articles;
INSERT INTO tallies (name, value) SELECT 'actors', count(*) FROM actors;
INSERT INTO tallies (name, value) SELECT 'mentions', count(*) FROM mentions;
INSERT INTO tallies (name, value) SELECT 'quotes', count(*) FROM quotes;
INSERT INTO tallies (name, value) SELECT 'relations', count(*) FROM relations;
INSERT INTO tallies (name, value) SELECT 'events', count(*) FROM events;
INSERT INTO tallies (name, value) SELECT 'quotes:' || type, count(*) FROM quotes GROUP BY type;
INSERT INTO tallies (name, value) SELECT 'site:' || coalesce(site, ''), count(*) FROM articles GROUP BY coalesce(site, '');

-- 3. Word search over actor names.
CREATE INDEX actors_words ON actors USING gin (to_tsvector('simple', norm_name));

-- Schema 5 in PostgreSQL (as Sqlite/Migrations/0005_quote_about_order.sql): the quote's date, article, ordinal and
-- speaker copied into quote_about, so that an actor's latest quotes about it and who spoke about it are read
-- from quote_about's indexes without looking up thousands of quotes.
ALTER TABLE quote_about
    ADD COLUMN published timestamptz,
    ADD COLUMN article_id bigint,
    ADD COLUMN ordinal integer,
    ADD COLUMN speaker_actor_id bigint;
UPDATE quote_about qa SET published = q.published, article_id = q.article_id, ordinal = q.ordinal, speaker_actor_id = q.speaker_actor_id
FROM quotes q WHERE q.id = qa.quote_id;
CREATE INDEX quote_about_newest ON quote_about (actor_id, published NULLS FIRST, article_id, ordinal DESC);
CREATE INDEX quote_about_speaker ON quote_about (actor_id, speaker_actor_id);

-- Schema 5: "quotes about an actor" answered from quote_about alone. A busy actor is spoken about thousands of
-- times; the profile's latest quotes about it and its list of who spoke about it looked every one of those quotes
-- up (a page read each). The quote's date, article, ordinal and speaker are copied here, as the date already is
-- into quotes, and indexed in the "newest first" order and by speaker.
ALTER TABLE quote_about ADD COLUMN published TEXT;
ALTER TABLE quote_about ADD COLUMN article_id INTEGER;
ALTER TABLE quote_about ADD COLUMN ordinal INTEGER;
ALTER TABLE quote_about ADD COLUMN speaker_actor_id INTEGER;
UPDATE quote_about SET (published, article_id, ordinal, speaker_actor_id) =
    (SELECT q.published, q.article_id, q.ordinal, q.speaker_actor_id FROM quotes q WHERE q.id = quote_about.quote_id);
CREATE INDEX quote_about_newest ON quote_about (actor_id, published, article_id, ordinal DESC);
CREATE INDEX quote_about_speaker ON quote_about (actor_id, speaker_actor_id);

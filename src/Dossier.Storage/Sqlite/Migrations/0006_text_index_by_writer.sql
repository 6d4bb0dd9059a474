-- Schema 6: the writer adds the full-text rows itself, at the end of each batch, instead of insert triggers.
-- Once an FTS5 table has been written in a transaction, every later statement that needs a statement journal
-- (a trigger, RETURNING, an upsert) makes FTS5 flush its pending terms into a new tiny segment, and merge them:
-- with a trigger on every quote, actor and article that was about half of the store's write time. Written last,
-- the terms are flushed once per batch. The delete triggers stay; the index holds exactly the same rows.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER actors_fts_insert;

-- Dossier store, schema 1. One schema for every engine (see docs/storage.md); this is its SQLite form.
-- Spans are half-open [start, end) UTF-16 offsets into articles.text. Dates are ISO 8601 UTC text (sortable).
-- Ids link tables as commented; foreign keys are not enforced (the single writer keeps them consistent).

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,      -- SHA-256 of the whitespace-normalised text: re-ingest adds nothing
    source       TEXT,                      -- file path, "path:line" for a JSON Lines record, "-" for stdin, WARC record
    source_id    TEXT,                      -- the id the source gave (JSON Lines "id", feed guid, WARC-Record-ID)
    url          TEXT,
    site         TEXT,
    title        TEXT,
    byline       TEXT,
    authors      TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    published    TEXT,
    language     TEXT,
    format       TEXT,
    encoding     TEXT,
    text         TEXT NOT NULL,             -- the clean text every span indexes into
    pipeline     TEXT,                      -- components and versions that analysed it
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_url ON articles (url);

-- Cross-article actors. name is the canonical name first seen; norm_name its comparison form.
CREATE TABLE actors (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    norm_name     TEXT NOT NULL,
    type          TEXT NOT NULL,            -- the type most articles give it (see actor_types)
    partial       INTEGER NOT NULL DEFAULT 0, -- a person known by one word only: never merged across articles
    article_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0,
    quote_count   INTEGER NOT NULL DEFAULT 0, -- quotes it is the speaker of
    first_seen    TEXT,                     -- earliest / latest publication date of its articles
    last_seen     TEXT
);
CREATE INDEX actors_norm_name ON actors (norm_name);
CREATE INDEX actors_quote_count ON actors (quote_count);

-- Merge keys: a normalised full name or alias -> the actor (first come). See MergeKeys for the rules.
CREATE TABLE actor_keys (
    key      TEXT PRIMARY KEY,
    actor_id INTEGER NOT NULL              -- actors.id
) WITHOUT ROWID;

CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL,             -- actors.id
    alias    TEXT NOT NULL,
    count    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;

CREATE TABLE actor_titles (
    actor_id INTEGER NOT NULL,             -- actors.id
    title    TEXT NOT NULL,
    count    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (actor_id, title)
) WITHOUT ROWID;

CREATE TABLE actor_types (
    actor_id INTEGER NOT NULL,             -- actors.id
    type     TEXT NOT NULL,
    count    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (actor_id, type)
) WITHOUT ROWID;

-- The evidence of each link from an article's actor to a cross-article actor: which rule, on which key.
CREATE TABLE actor_merges (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL,          -- actors.id
    article_id  INTEGER NOT NULL,          -- articles.id
    local_name  TEXT NOT NULL,
    local_type  TEXT NOT NULL,
    rule        TEXT NOT NULL,             -- new, new-partial, same-name, alias
    matched_key TEXT
);
CREATE INDEX actor_merges_actor ON actor_merges (actor_id);

-- The actors of each article, by the article's own (local) numbering.
CREATE TABLE article_actors (
    article_id    INTEGER NOT NULL,        -- articles.id
    local_index   INTEGER NOT NULL,
    actor_id      INTEGER NOT NULL,        -- actors.id
    mention_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, local_index)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors (actor_id, article_id);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,           -- articles.id
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    actor_id   INTEGER,                    -- actors.id; NULL for a date, a number …
    text       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE quotes (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL,     -- articles.id
    ordinal          INTEGER NOT NULL,     -- position among the article's quotes
    published        TEXT,                 -- the article's, copied so date filters and ordering use one index
    type             TEXT NOT NULL,        -- direct, mixed, indirect, belief
    content          TEXT NOT NULL,        -- the fragments' text, joined by " … "
    content_start    INTEGER NOT NULL,
    content_end      INTEGER NOT NULL,
    fragments        TEXT NOT NULL,        -- JSON [[start, end], …]
    cue              TEXT,
    cue_start        INTEGER,
    cue_end          INTEGER,
    speaker_text     TEXT,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    speaker_actor_id INTEGER,              -- actors.id; NULL when unresolved
    speaker_name     TEXT,
    resolution       TEXT,
    confidence       REAL NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_published ON quotes (published);
CREATE INDEX quotes_speaker ON quotes (speaker_actor_id, published);
CREATE INDEX quotes_type ON quotes (type, published);

-- Actors a quote's content mentions (its speaker excluded).
CREATE TABLE quote_about (
    actor_id INTEGER NOT NULL,             -- actors.id
    quote_id INTEGER NOT NULL,             -- quotes.id
    PRIMARY KEY (actor_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX quote_about_quote ON quote_about (quote_id, actor_id);

CREATE TABLE relations (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL,    -- articles.id
    published         TEXT,
    subject_actor_id  INTEGER NOT NULL,    -- actors.id
    predicate         TEXT NOT NULL,       -- role, member_of, part_of, ties, conflict …
    object_actor_id   INTEGER NOT NULL,    -- actors.id
    evidence          TEXT NOT NULL,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    confidence        REAL NOT NULL DEFAULT 0
);
CREATE INDEX relations_subject ON relations (subject_actor_id);
CREATE INDEX relations_object ON relations (object_actor_id);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL,      -- articles.id
    published       TEXT,
    type            TEXT NOT NULL,         -- PLOVER type
    code            TEXT,                  -- CAMEO code, where known
    trigger         TEXT,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    actor_id        INTEGER,               -- actors.id
    target_actor_id INTEGER,               -- actors.id
    place_actor_id  INTEGER,               -- actors.id
    date            TEXT,                  -- when it happened, resolved against the publication date
    killed          INTEGER,
    injured         INTEGER,
    evidence        TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    confidence      REAL NOT NULL DEFAULT 0
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_actor ON events (actor_id);
CREATE INDEX events_target ON events (target_actor_id);
CREATE INDEX events_type ON events (type, date);

-- Full-text search over article titles and text, and over quote content (external content: no text copies).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    content, content = 'quotes', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;

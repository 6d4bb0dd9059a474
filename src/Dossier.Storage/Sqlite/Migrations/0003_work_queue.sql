-- Schema 3: the work queue. It is served by PostgreSQL (workers on many machines claim batches with
-- FOR UPDATE SKIP LOCKED); the table is here as well so that a schema version names the same tables on both engines.
CREATE TABLE work_items (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    document     TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'queued',
    attempts     INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    enqueued_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX work_items_waiting ON work_items (id) WHERE state = 'queued';

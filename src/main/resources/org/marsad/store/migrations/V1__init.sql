-- Marsad store, schema version 1.
-- Instants are INTEGER milliseconds since the epoch (UTC); texts are stored as published.
-- One statement per ';' at the end of a line (SchemaMigrations splits there).

CREATE TABLE source (
  id                    INTEGER PRIMARY KEY,
  url                   TEXT    NOT NULL UNIQUE,
  title                 TEXT,
  kind                  TEXT    NOT NULL,
  poll_interval_seconds INTEGER NOT NULL,
  added_at              INTEGER NOT NULL
);

CREATE TABLE source_state (
  source_id            INTEGER PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
  last_success         INTEGER,
  last_error           INTEGER,
  last_error_message   TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_attempt         INTEGER,
  etag                 TEXT,
  last_modified        TEXT
);

CREATE TABLE fetch_log (
  id              INTEGER PRIMARY KEY,
  source_id       INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
  at              INTEGER NOT NULL,
  outcome         TEXT    NOT NULL,
  http_status     INTEGER NOT NULL,
  message         TEXT,
  items_new       INTEGER NOT NULL,
  items_updated   INTEGER NOT NULL,
  items_unchanged INTEGER NOT NULL,
  items_failed    INTEGER NOT NULL
);

CREATE INDEX fetch_log_by_source ON fetch_log (source_id, id);

-- AUTOINCREMENT: an id is never reused, so an index entry can never name a different article.
-- change_seq: bumped on every insert or update, for incremental indexing (Store.changesSince).
CREATE TABLE article (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  url         TEXT    NOT NULL,
  guid        TEXT,
  source_id   INTEGER REFERENCES source (id) ON DELETE SET NULL,
  source_name TEXT,
  title       TEXT,
  body        TEXT    NOT NULL,
  summary     TEXT,
  published   INTEGER,
  fetched     INTEGER NOT NULL,
  updated     INTEGER,
  author      TEXT,
  category    TEXT,
  tags        TEXT    NOT NULL DEFAULT '[]',
  change_seq  INTEGER NOT NULL
);

CREATE UNIQUE INDEX article_by_url ON article (url);
CREATE INDEX article_by_guid ON article (guid) WHERE guid IS NOT NULL;
CREATE UNIQUE INDEX article_by_source_guid ON article (source_id, guid)
  WHERE guid IS NOT NULL AND source_id IS NOT NULL;
CREATE INDEX article_by_published ON article (published);
CREATE UNIQUE INDEX article_by_change ON article (change_seq);

CREATE TABLE revision (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  replaced_at INTEGER NOT NULL,
  title       TEXT,
  body        TEXT    NOT NULL
);

CREATE INDEX revision_by_article ON revision (article_id, id);

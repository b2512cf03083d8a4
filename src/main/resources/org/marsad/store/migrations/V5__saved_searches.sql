-- Marsad store, schema version 5: saved searches and the alerts they send (org.marsad.alert).

-- A search kept under a name. checked_cursor: the article change cursor (article.change_seq) up to
-- which new articles have been matched against it; it advances in the same transaction that
-- records the matches, never before.
CREATE TABLE saved_search (
  id             INTEGER PRIMARY KEY,
  name           TEXT    NOT NULL,
  query          TEXT    NOT NULL,
  webhook_url    TEXT,
  created        INTEGER NOT NULL,
  checked_cursor INTEGER NOT NULL
);

-- One article to post to one saved search's webhook: at most one row per pair, so an article is
-- delivered at most once, even when it is matched again. status: PENDING, DELIVERED or FAILED
-- (attempts exhausted); next_attempt: when a PENDING row is due.
CREATE TABLE alert_delivery (
  id              INTEGER PRIMARY KEY,
  saved_search_id INTEGER NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
  article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  created         INTEGER NOT NULL,
  status          TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt    INTEGER,
  last_attempt    INTEGER,
  last_status     INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT,
  UNIQUE (saved_search_id, article_id)
);

CREATE INDEX alert_delivery_due ON alert_delivery (status, next_attempt);

-- Every attempt at a delivery, for the delivery log: when, the HTTP status (0: no answer), and
-- what went wrong (null when delivered).
CREATE TABLE alert_attempt (
  delivery_id INTEGER NOT NULL REFERENCES alert_delivery (id) ON DELETE CASCADE,
  at          INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  error       TEXT
);

CREATE INDEX alert_attempt_by_delivery ON alert_attempt (delivery_id, at);

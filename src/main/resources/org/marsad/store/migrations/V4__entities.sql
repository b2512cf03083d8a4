-- Marsad store, schema version 4: what enrichment found in each article (model.Enrichment) and
-- the entities shared by articles. Lists are JSON arrays; rows analyzed before version 4 read as
-- not enriched. Names and spellings are cut to enrich.EntitySpelling.MAX_CHARS (200) chars.

-- entities: the article's own entities without ids, as JSON (store.EnrichmentJson);
-- entity_ids: the stored entity of each, in the same order (JSON array).
ALTER TABLE article_analysis ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_analysis ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_analysis ADD COLUMN generic_page_tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_analysis ADD COLUMN category TEXT;
ALTER TABLE article_analysis ADD COLUMN category_score REAL;
ALTER TABLE article_analysis ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article_analysis ADD COLUMN entity_ids TEXT NOT NULL DEFAULT '[]';

-- One named thing across articles. article_count and mention_count are kept by putAnalyses.
CREATE TABLE entity (
  id            INTEGER PRIMARY KEY,
  type          TEXT    NOT NULL,
  canonical     TEXT    NOT NULL,
  key           TEXT    NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX entity_by_mentions ON entity (article_count DESC, mention_count DESC);

-- Every spelling articles used for an entity, with its match key; full = 1 when it is the whole
-- name (not a short form such as a family name alone), the only spellings an entity is found by.
CREATE TABLE entity_variant (
  entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
  type      TEXT    NOT NULL,
  key       TEXT    NOT NULL,
  spelling  TEXT    NOT NULL,
  full      INTEGER NOT NULL,
  UNIQUE (entity_id, spelling)
);

CREATE INDEX entity_variant_by_key ON entity_variant (type, key) WHERE full = 1;

-- The first and last parts of people's names (enrich.EntityKey.nameParts), by which a short form
-- in another article finds the one person it can name.
CREATE TABLE entity_part (
  type      TEXT    NOT NULL,
  part      TEXT    NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
  PRIMARY KEY (type, part, entity_id)
) WITHOUT ROWID;

-- Which articles name an entity, how often, and where first (offsets into model.ArticleText).
-- Every offset is in article_analysis.entities. Kept in article order, so that a new article's
-- rows go at the end of the table rather than into pages all over it.
CREATE TABLE entity_mention (
  entity_id   INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  count       INTEGER NOT NULL,
  first_start INTEGER NOT NULL,
  first_end   INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;

CREATE INDEX entity_mention_by_entity ON entity_mention (entity_id, article_id);

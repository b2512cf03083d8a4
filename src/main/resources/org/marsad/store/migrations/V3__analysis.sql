-- Marsad store, schema version 3: what the pipeline's stages concluded about each article
-- (model.ArticleAnalysis). A row is written when the stages have seen the article; 0 means none.

CREATE TABLE article_analysis (
  article_id      INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  duplicate_group INTEGER NOT NULL DEFAULT 0,
  story           INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX analysis_by_duplicate_group ON article_analysis (duplicate_group)
  WHERE duplicate_group <> 0;
CREATE INDEX analysis_by_story ON article_analysis (story) WHERE story <> 0;

-- The per-source switch for duplicate grouping (model.Source.groupDuplicates): on by default.
ALTER TABLE source ADD COLUMN group_duplicates INTEGER NOT NULL DEFAULT 1;

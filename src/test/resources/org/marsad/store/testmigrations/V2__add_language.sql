-- A later migration as a test stands in for one: adds a column and a table to a version 1 database.
ALTER TABLE article ADD COLUMN language TEXT NOT NULL DEFAULT 'ar';

CREATE TABLE article_language_note (
  article_id INTEGER NOT NULL REFERENCES article (id),
  note       TEXT
);

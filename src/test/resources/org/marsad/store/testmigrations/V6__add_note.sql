-- A later migration as a test stands in for one: adds a column and a table to a version 5 database.
ALTER TABLE article ADD COLUMN note TEXT NOT NULL DEFAULT 'ar';

CREATE TABLE article_note (
  article_id INTEGER NOT NULL REFERENCES article (id),
  note       TEXT
);

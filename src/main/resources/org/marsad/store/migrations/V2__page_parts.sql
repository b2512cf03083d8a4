-- Marsad store, schema version 2: what an article's page showed around it (model.PageParts).
-- Lists are JSON arrays; rows stored before version 2 read as an article without a page.

ALTER TABLE article ADD COLUMN language TEXT;
ALTER TABLE article ADD COLUMN page_tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article ADD COLUMN related TEXT NOT NULL DEFAULT '[]';
ALTER TABLE article ADD COLUMN links TEXT NOT NULL DEFAULT '[]';

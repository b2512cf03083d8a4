-- Its first statement works, its second fails: the whole migration must be undone.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);

ALTER TABLE no_such_table ADD COLUMN x TEXT;

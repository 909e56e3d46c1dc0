-- Evidence Browser catalogue, schema version 14 (issue 20): the Studies list sorted by name from
-- an index, and prefix indexes for search as you type.
--
-- The name order is natural and case-insensitive ("ARCO-11" before "ARCO-1088",
-- the collation `eb_natural`), which lives on the connection, so no index could serve it and
-- each page sorted every study (about 80 ms a page at 100,000). `name_key` holds the key
-- whose byte order is that order (eb::catalogue::naturalSortKey, the SQL function
-- `eb_natural_key` registered on each connection the program opens), written by the program
-- with each name: by the write API, the bulk load, the builder after the seeds and, for the
-- rows already there, this migration.
--
-- A tool that does not know the key (any SQLite shell) can still write the file: a row it
-- inserts has no key (NULL), and the trigger below clears the key of a name it changes. The
-- program sorts by the collation while any key is missing (an index on name_key finds one at
-- once), so a missing key can cost speed, never the order.
ALTER TABLE study ADD COLUMN name_key BLOB;
UPDATE study SET name_key = eb_natural_key(name);

CREATE TRIGGER study_name_key_stale AFTER UPDATE OF name ON study
WHEN NEW.name IS NOT OLD.name AND NEW.name_key IS OLD.name_key
BEGIN
    UPDATE study SET name_key = NULL WHERE id = NEW.id;
END;

-- The page query's exact keys (keysetorder.h), each direction: the list's own order breaks
-- ties ascending either way.
CREATE INDEX study_order_name ON study (name_key, condition DESC, ifnull(year, -1), name, id);
CREATE INDEX study_order_name_desc ON study (
    name_key DESC, condition DESC, ifnull(year, -1), name, id);

-- Search as you type (issue 20): the last word typed is a prefix ("ang*"), and FTS5 answers a
-- prefix without an index of its own by merging the lists of every word that starts with it,
-- in full, before the first hit: at 100,000 studies "a*" names most of the words. With
-- prefix indexes for 1, 2 and 3 characters such a prefix is one list, like a whole word; a
-- longer prefix names few words. The index is made again with them (an FTS5 table cannot
-- gain them), holding the same documents under the same rowids.
CREATE TABLE search_index_copy AS SELECT rowid AS id, slug, title, body FROM search_index;
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    slug UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO search_index(rowid, slug, title, body)
SELECT id, slug, title, body FROM search_index_copy ORDER BY id;
DROP TABLE search_index_copy;

-- Evidence Browser catalogue, schema version 7: records users add and edit (docs/catalogue.md).
--
-- * `user_record` (schema 1) already marks each row 'bundled' (0) or 'user' (1); the write API
--   changes user rows only.
-- * `row_version` counts the writes of a row and `updated_at` (UTC, ISO 8601) says when the
--   last one was. An edit names the version it started from and is refused when the row has
--   moved on since, so that two people editing one row cannot overwrite each other silently
--   (a shared server catalogue later works the same way).
-- * `*_text` keeps a reported number as it was typed ("0.620", "1e-3"), beside the REAL the
--   statistics read: the digits a source printed are shown as printed. NULL for the bundled
--   rows, whose numbers the seed already writes as printed.

ALTER TABLE source ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE source ADD COLUMN updated_at TEXT;
ALTER TABLE study ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE study ADD COLUMN updated_at TEXT;
ALTER TABLE outcome_measure ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE outcome_measure ADD COLUMN updated_at TEXT;
ALTER TABLE result ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE result ADD COLUMN updated_at TEXT;

ALTER TABLE outcome_measure ADD COLUMN range_min_text TEXT;
ALTER TABLE outcome_measure ADD COLUMN range_max_text TEXT;
ALTER TABLE result ADD COLUMN estimate_text TEXT;
ALTER TABLE result ADD COLUMN ci_low_text TEXT;
ALTER TABLE result ADD COLUMN ci_high_text TEXT;
ALTER TABLE result ADD COLUMN ci_level_text TEXT;
ALTER TABLE result ADD COLUMN p_value_text TEXT;
ALTER TABLE arm_summary ADD COLUMN mean_text TEXT;
ALTER TABLE arm_summary ADD COLUMN sd_text TEXT;

-- A write of many results defers the search documents of their studies to one rebuild per
-- study at the end of its transaction: the document holds the text of every result of the
-- study, so rebuilding it after each insert made a bulk import quadratic. The writer puts the
-- row 0 (deferral on) in `search_deferred`, the insert trigger then only notes the study, and
-- the writer rebuilds the noted documents and empties the table before it commits.
CREATE TABLE search_deferred (
    study_id INTEGER PRIMARY KEY -- 0: deferral on; others: documents to rebuild
);
DROP TRIGGER result_study_search_insert;
CREATE TRIGGER result_study_search_insert AFTER INSERT ON result
WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE study_id = 0) BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.study_id);
END;
CREATE TRIGGER result_study_search_defer AFTER INSERT ON result
WHEN EXISTS (SELECT 1 FROM search_deferred WHERE study_id = 0) BEGIN
    INSERT OR IGNORE INTO search_deferred(study_id) VALUES (NEW.study_id);
END;

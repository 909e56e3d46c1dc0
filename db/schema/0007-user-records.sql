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

-- Evidence Browser catalogue, schema version 9: the user adds and edits study arms, dosing
-- protocols, molecular targets, mechanisms and the targets each mechanism names, through the
-- same write API as sources, outcomes, studies and results (docs/record-files.md).
--
-- * `user_record`, `row_version` and `updated_at` as in schema 7: bundled rows (0) are
--   read-only; an edit names the version it started from and is refused when the row moved on.
--   (mechanism has had user_record since schema 1.)
-- * A dosing protocol keeps each reported number as typed (`*_text`), like a result.
-- * mechanism_target has no id column (its key is the mechanism and the target): the write API
--   names its rows by rowid, which SQLite keeps for a table's life (VACUUM INTO, the backup,
--   may renumber the copy; an edit in flight against a restored copy is then refused as gone).

ALTER TABLE study_arm ADD COLUMN user_record INTEGER NOT NULL DEFAULT 0
    CHECK (user_record IN (0, 1));
ALTER TABLE study_arm ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE study_arm ADD COLUMN updated_at TEXT;

ALTER TABLE dosing_protocol ADD COLUMN user_record INTEGER NOT NULL DEFAULT 0
    CHECK (user_record IN (0, 1));
ALTER TABLE dosing_protocol ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dosing_protocol ADD COLUMN updated_at TEXT;
ALTER TABLE dosing_protocol ADD COLUMN volume_ml_min_text TEXT;
ALTER TABLE dosing_protocol ADD COLUMN volume_ml_max_text TEXT;
ALTER TABLE dosing_protocol ADD COLUMN mg_min_text TEXT;
ALTER TABLE dosing_protocol ADD COLUMN mg_max_text TEXT;

ALTER TABLE mechanism ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mechanism ADD COLUMN updated_at TEXT;

ALTER TABLE molecular_target ADD COLUMN user_record INTEGER NOT NULL DEFAULT 0
    CHECK (user_record IN (0, 1));
ALTER TABLE molecular_target ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE molecular_target ADD COLUMN updated_at TEXT;

ALTER TABLE mechanism_target ADD COLUMN user_record INTEGER NOT NULL DEFAULT 0
    CHECK (user_record IN (0, 1));
ALTER TABLE mechanism_target ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mechanism_target ADD COLUMN updated_at TEXT;

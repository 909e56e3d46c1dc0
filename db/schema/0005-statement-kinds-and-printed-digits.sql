-- Evidence Browser catalogue, schema version 5: whose words a provenance statement is, and the
-- digits each reported number was printed with.
--
-- * Every table with a provenance statement (the `quote` column) says what kind it is, in
--   `statement_kind`:
--   'verbatim'    the named source's exact words. Only the article's text is held by this
--                 repository (db/sources), and the seed tests check that every verbatim
--                 statement occurs in it; these, and only these, are shown in quotation marks.
--   'transcribed' the catalogue's own wording of what the named source reports (for the
--                 primary publications: our notes in db/sources/references.md). Shown as
--                 "Reported in SOURCE (WHERE): ...", never in quotation marks.
--   `statement_where` says where in the source the statement is ('abstract', 'summary of
--   findings table', 'Table 1', ...); NULL where that is not recorded.
--   The default is 'transcribed': a statement is only ever called the source's words when
--   someone says so. An existing catalogue's article statements were exact substrings of the
--   article under schema 1's rule, so they are marked verbatim here.
-- * A reported number keeps the decimals its source printed (0.90, 1.10, 0.0240, 15.0, 21.0):
--   a REAL cannot tell 0.9 from 0.90. `*_decimals` is the number of digits printed after the
--   decimal point; NULL where not recorded (then the number reads with up to six significant
--   digits, docs/data-provenance.md).
--
-- Why every table's ALTER ... CHECK pair is spelled out below: SQL has no loop over table
-- names (a statement names its table; SQLite has no dynamic SQL or procedures), and ALTER TABLE
-- ADD COLUMN takes one column at a time. Generating these lines from C++ instead would make the
-- migration depend on code that can change, while a migration must stay what it was when it
-- shipped: read these lines as data, and never edit them (a new schema is a new file).

ALTER TABLE result ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE result ADD COLUMN statement_where TEXT;
ALTER TABLE arm_summary ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE arm_summary ADD COLUMN statement_where TEXT;
ALTER TABLE study_arm ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE study_arm ADD COLUMN statement_where TEXT;
ALTER TABLE field_provenance ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE field_provenance ADD COLUMN statement_where TEXT;
ALTER TABLE dosing_protocol ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE dosing_protocol ADD COLUMN statement_where TEXT;
ALTER TABLE mechanism ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE mechanism ADD COLUMN statement_where TEXT;
ALTER TABLE mechanism_evidence ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));
ALTER TABLE mechanism_evidence ADD COLUMN statement_where TEXT;
-- A mechanism's targets are quoted from the mechanism's source (the article).
ALTER TABLE mechanism_target ADD COLUMN statement_kind TEXT NOT NULL DEFAULT 'transcribed'
    CHECK (statement_kind IN ('verbatim', 'transcribed'));

ALTER TABLE result ADD COLUMN estimate_decimals INTEGER
    CHECK (estimate_decimals IS NULL OR estimate_decimals BETWEEN 0 AND 12);
ALTER TABLE result ADD COLUMN ci_low_decimals INTEGER
    CHECK (ci_low_decimals IS NULL OR ci_low_decimals BETWEEN 0 AND 12);
ALTER TABLE result ADD COLUMN ci_high_decimals INTEGER
    CHECK (ci_high_decimals IS NULL OR ci_high_decimals BETWEEN 0 AND 12);
ALTER TABLE result ADD COLUMN p_decimals INTEGER
    CHECK (p_decimals IS NULL OR p_decimals BETWEEN 0 AND 12);
ALTER TABLE arm_summary ADD COLUMN mean_decimals INTEGER
    CHECK (mean_decimals IS NULL OR mean_decimals BETWEEN 0 AND 12);
ALTER TABLE arm_summary ADD COLUMN sd_decimals INTEGER
    CHECK (sd_decimals IS NULL OR sd_decimals BETWEEN 0 AND 12);

UPDATE result SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE arm_summary SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE study_arm SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE field_provenance SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE dosing_protocol SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE mechanism SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE mechanism_evidence SET statement_kind = 'verbatim'
 WHERE source_id IN (SELECT id FROM source WHERE kind = 'article');
UPDATE mechanism_target SET statement_kind = 'verbatim'
 WHERE mechanism_id IN (SELECT m.id FROM mechanism m JOIN source s ON s.id = m.source_id
                         WHERE s.kind = 'article');

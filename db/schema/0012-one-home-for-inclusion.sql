-- Evidence Browser catalogue, schema version 12: one home for "which trials a synthesis
-- pooled". Until now the bundled links lived in study_component (schema 1: a synthesis
-- includes a trial, nothing more) and the user's in synthesis_inclusion (schema 10: per
-- outcome, with a source and its words); the pooling gate and the syntheses views read only
-- the first. From here synthesis_inclusion is the only home, read by everything.
--
-- * `outcome_id` may be NULL: the source says the synthesis pooled the trial without saying
--   for which outcomes (the bundled links: references.md names the CARS and CAPTAIN
--   meta-analyses' trials, not per outcome). The pooling gate reads a NULL outcome as "for
--   every outcome", which is the side that never counts patients twice; inventing outcomes
--   the source does not name would not be. One link per synthesis, trial and outcome (NULL
--   counts as one outcome here, hence the expression index instead of a UNIQUE clause).
-- * Each study_component link moves over as a bundled row (user_record 0), keeping its
--   provenance: the source is the synthesis's primary source, and the words are the note the
--   catalogue keeps on the trial's link to that source ("Included in the CARS
--   meta-analysis."), our transcription ('transcribed'). A link whose synthesis names no
--   primary source has no source to keep: its INSERT fails on source_id NOT NULL, the whole
--   upgrade is rolled back and the file stays as it was (never a link silently lost).
-- * study_component is dropped, with its index (schema 2): it held nothing else.

-- Rebuilt to let outcome_id be NULL (SQLite cannot drop a NOT NULL): the old table moves aside,
-- its rows are copied, then it goes with its indexes.
ALTER TABLE synthesis_inclusion RENAME TO synthesis_inclusion_11;

CREATE TABLE synthesis_inclusion (
    id              INTEGER PRIMARY KEY,
    synthesis_id    INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    trial_id        INTEGER NOT NULL REFERENCES study(id),
    outcome_id      INTEGER REFERENCES outcome_measure(id),
    source_id       INTEGER NOT NULL REFERENCES source(id),
    quote           TEXT NOT NULL,
    statement_kind  TEXT NOT NULL DEFAULT 'transcribed' CHECK (statement_kind IN (
                        'verbatim', 'transcribed')),
    statement_where TEXT,
    note            TEXT,
    user_record     INTEGER NOT NULL DEFAULT 1 CHECK (user_record IN (0, 1)),
    row_version     INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT,
    CHECK (synthesis_id <> trial_id)
);

INSERT INTO synthesis_inclusion
SELECT id, synthesis_id, trial_id, outcome_id, source_id, quote, statement_kind,
       statement_where, note, user_record, row_version, updated_at
FROM synthesis_inclusion_11;

INSERT INTO synthesis_inclusion (synthesis_id, trial_id, outcome_id, source_id, quote,
                                 statement_kind, statement_where, note, user_record)
SELECT c.parent_study_id, c.child_study_id, NULL, p.primary_source_id,
       COALESCE((SELECT ss.note FROM study_source ss
                 WHERE ss.study_id = c.child_study_id AND ss.source_id = p.primary_source_id
                   AND TRIM(ss.note) <> '' ORDER BY ss.role LIMIT 1),
                'Listed among the trials this synthesis pooled (catalogue schema 1).'),
       'transcribed', NULL, NULL, 0
FROM study_component c
JOIN study p ON p.id = c.parent_study_id
ORDER BY c.parent_study_id, c.child_study_id;

DROP TABLE synthesis_inclusion_11;
CREATE UNIQUE INDEX synthesis_inclusion_key
    ON synthesis_inclusion(synthesis_id, trial_id, IFNULL(outcome_id, 0));
CREATE INDEX synthesis_inclusion_trial ON synthesis_inclusion(trial_id);
CREATE INDEX synthesis_inclusion_outcome ON synthesis_inclusion(outcome_id);

DROP TABLE study_component;

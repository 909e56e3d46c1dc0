-- Evidence Browser catalogue, schema version 10: which trials a synthesis pooled, outcome by
-- outcome.
--
-- * study_component (schema 1) says that a meta-analysis or review includes a trial at all.
--   A synthesis often pools a trial for some outcomes and not others (a trial that did not
--   report a scale, or reported it at another time point); `synthesis_inclusion` records that
--   per outcome, with the source that says so and its words, like every other fact here.
-- * Only user rows so far: the bundled catalogue keeps its inclusions in study_component.
-- * `statement_kind` as in schema 5: a statement is the source's own words only when someone
--   says so ('transcribed' until then).
-- * `synthesis` names a study of a synthesis design, `trial` the included study; both are
--   studies, so the same trial may be named by several syntheses.

CREATE TABLE synthesis_inclusion (
    id              INTEGER PRIMARY KEY,
    synthesis_id    INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    trial_id        INTEGER NOT NULL REFERENCES study(id),
    outcome_id      INTEGER NOT NULL REFERENCES outcome_measure(id),
    source_id       INTEGER NOT NULL REFERENCES source(id),
    quote           TEXT NOT NULL,
    statement_kind  TEXT NOT NULL DEFAULT 'transcribed' CHECK (statement_kind IN (
                        'verbatim', 'transcribed')),
    statement_where TEXT,
    note            TEXT,
    user_record     INTEGER NOT NULL DEFAULT 1 CHECK (user_record IN (0, 1)),
    row_version     INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT,
    UNIQUE (synthesis_id, trial_id, outcome_id),
    CHECK (synthesis_id <> trial_id)
);
CREATE INDEX synthesis_inclusion_trial ON synthesis_inclusion(trial_id);
CREATE INDEX synthesis_inclusion_outcome ON synthesis_inclusion(outcome_id);

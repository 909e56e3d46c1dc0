-- Evidence Browser catalogue, schema version 11: the user's own appraisals (docs/reviewers.md,
-- "Risk of bias and GRADE"). The bundled catalogue holds none: no source it cites states a
-- RoB 2 or GRADE judgement of ours, so every trial and outcome is "not assessed" until a user
-- enters one. Both tables follow 0007's edit rule: `row_version` counts the writes of a row
-- and an edit or delete names the version it started from.
--
-- * `rob_assessment`: one RoB 2 assessment per trial and outcome (Sterne 2019): the five
--   domains and the overall judgement, each a rank (0 low, 1 some concerns, 2 high: the keys
--   'low', 'some_concerns', 'high' of core/model/appraisal.h, least severe first) with the
--   assessor's supporting quote or reason (required where the judgement is not low).
-- * `grade_assessment`: one GRADE rating of the body of evidence per outcome (Guyatt 2008,
--   GRADE handbook 2013): where it starts (`observational` 0: randomised trials, high; 1:
--   observational studies, low), the
--   levels it is rated down for risk of bias, inconsistency, indirectness, imprecision and
--   publication bias (0 not serious, 1 serious, 2 very serious) and up for a large effect
--   (0 to 2), a dose-response gradient and plausible confounding (0 or 1), each with its
--   reason. The certainty is computed from these (core/model/appraisal.h), never stored.

CREATE TABLE rob_assessment (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    outcome_id INTEGER NOT NULL REFERENCES outcome_measure(id) ON DELETE CASCADE,
    randomisation INTEGER NOT NULL CHECK (randomisation BETWEEN 0 AND 2),
    randomisation_reason TEXT,
    deviations INTEGER NOT NULL CHECK (deviations BETWEEN 0 AND 2),
    deviations_reason TEXT,
    missing_data INTEGER NOT NULL CHECK (missing_data BETWEEN 0 AND 2),
    missing_data_reason TEXT,
    measurement INTEGER NOT NULL CHECK (measurement BETWEEN 0 AND 2),
    measurement_reason TEXT,
    selection INTEGER NOT NULL CHECK (selection BETWEEN 0 AND 2),
    selection_reason TEXT,
    overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 2),
    overall_reason TEXT,
    assessor TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT,
    UNIQUE (study_id, outcome_id)
);

CREATE TABLE grade_assessment (
    id INTEGER PRIMARY KEY,
    outcome_id INTEGER NOT NULL UNIQUE REFERENCES outcome_measure(id) ON DELETE CASCADE,
    observational INTEGER NOT NULL DEFAULT 0 CHECK (observational IN (0, 1)),
    risk_of_bias INTEGER NOT NULL CHECK (risk_of_bias BETWEEN 0 AND 2),
    risk_of_bias_reason TEXT NOT NULL,
    inconsistency INTEGER NOT NULL CHECK (inconsistency BETWEEN 0 AND 2),
    inconsistency_reason TEXT NOT NULL,
    indirectness INTEGER NOT NULL CHECK (indirectness BETWEEN 0 AND 2),
    indirectness_reason TEXT NOT NULL,
    imprecision INTEGER NOT NULL CHECK (imprecision BETWEEN 0 AND 2),
    imprecision_reason TEXT NOT NULL,
    publication_bias INTEGER NOT NULL CHECK (publication_bias BETWEEN 0 AND 2),
    publication_bias_reason TEXT NOT NULL,
    large_effect INTEGER NOT NULL CHECK (large_effect BETWEEN 0 AND 2),
    large_effect_reason TEXT NOT NULL,
    dose_response INTEGER NOT NULL CHECK (dose_response BETWEEN 0 AND 1),
    dose_response_reason TEXT NOT NULL,
    confounding INTEGER NOT NULL CHECK (confounding BETWEEN 0 AND 1),
    confounding_reason TEXT NOT NULL,
    assessor TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);

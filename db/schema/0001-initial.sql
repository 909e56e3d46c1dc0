-- Evidence Browser catalogue, schema version 1.
--
-- Conventions
-- * Every table has an integer primary key `id`; rows that users look up by name also have a
--   unique, stable `slug` (lower-case, hyphenated) so that the command line, exports and
--   decks can refer to them across catalogue rebuilds.
-- * `user_record` is 0 for the bundled, read-only records built from db/seed and 1 for records
--   a user adds later (roadmap: a catalogue users can grow safely).
-- * Provenance: every number stored here names the `source` it comes from, a verbatim `quote`
--   of the statement it rests on, and its `origin`: 'reported' (printed by that source) or
--   'derived' (computed by this program; then `derivation` gives the formula). An unknown
--   value is NULL and shown as "not reported", never guessed.
-- * Where the article and a primary publication disagree, both values are stored, each in
--   its own row with its own source, and a `discrepancy` row ties them together.
-- * Enumerations are CHECK constraints so that a bad seed row fails the build, not the UI.

CREATE TABLE source (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN (
                          'article',              -- the secondary summary the catalogue is built from
                          'journal_article', 'conference_abstract', 'preprint',
                          'systematic_review', 'registry_record', 'website', 'product_label',
                          'methods_paper')),
    short_label       TEXT NOT NULL,              -- "Muresanu 2016 (CARS-1)"
    authors           TEXT,
    title             TEXT,
    journal           TEXT,
    year              INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
    volume            TEXT,
    issue             TEXT,
    pages             TEXT,
    doi               TEXT,                       -- only where verified (references.md)
    pmid              TEXT,
    pmcid             TEXT,
    registration      TEXT,                       -- EudraCT / NCT / ISRCTN
    sponsorship       TEXT NOT NULL CHECK (sponsorship IN ('industry', 'independent', 'unknown')),
    verification_note TEXT,                       -- what could not be verified, in words
    notes             TEXT,
    user_record       INTEGER NOT NULL DEFAULT 0 CHECK (user_record IN (0, 1))
);

CREATE TABLE study (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,      -- 'captain-ii'
    name               TEXT NOT NULL,             -- 'CAPTAIN II'
    title              TEXT,
    design             TEXT NOT NULL CHECK (design IN (
                           'rct', 'pilot_rct', 'open_label_controlled', 'meta_analysis',
                           'ipd_meta_analysis', 'systematic_review', 'preclinical_rct',
                           'unidentified')),      -- 'unidentified': a study the article describes but no source matches
    condition          TEXT NOT NULL CHECK (condition IN ('stroke', 'traumatic_brain_injury')),
    severity           TEXT,                      -- 'moderate-to-severe (GCS 7-12)', 'mild', 'acute ischaemic'
    species            TEXT NOT NULL CHECK (species IN ('human', 'rat')),
    blinding           TEXT CHECK (blinding IS NULL OR blinding IN (
                           'double-blind', 'single-blind', 'open-label', 'not applicable')),
    setting            TEXT,                      -- 'single-centre', 'multicentre (15 centres, Russia)'
    centres            INTEGER CHECK (centres IS NULL OR centres > 0),
    n_enrolled         INTEGER CHECK (n_enrolled IS NULL OR n_enrolled > 0),
    n_analysed         INTEGER CHECK (n_analysed IS NULL OR n_analysed > 0),
    n_note             TEXT,                      -- e.g. 'secondary sources disagree: 205 or 208'
    intervention       TEXT,
    control            TEXT,
    timing             TEXT,                      -- start relative to injury, e.g. '24-72 h after onset'
    treatment_duration TEXT,
    follow_up          TEXT,
    year               INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2100),
    registration       TEXT,
    primary_source_id  INTEGER REFERENCES source(id),
    sponsorship        TEXT NOT NULL CHECK (sponsorship IN ('industry', 'independent', 'unknown')),
    summary            TEXT,                      -- one neutral paragraph
    user_record        INTEGER NOT NULL DEFAULT 0 CHECK (user_record IN (0, 1))
);
CREATE INDEX study_condition ON study(condition);

-- Which sources describe a study, and in what role.
CREATE TABLE study_source (
    study_id  INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source(id),
    role      TEXT NOT NULL CHECK (role IN ('primary', 'secondary', 'article', 'registry',
                                            'manufacturer', 'abstract', 'preprint', 'candidate')),
    note      TEXT,
    PRIMARY KEY (study_id, source_id, role)
);

-- Meta-analyses and their component trials (CARS meta-analysis = CARS-1 + CARS-2).
CREATE TABLE study_component (
    parent_study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    child_study_id  INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    PRIMARY KEY (parent_study_id, child_study_id),
    CHECK (parent_study_id <> child_study_id)
);

-- Provenance of the numeric fields of a study row (n_enrolled, n_analysed, centres, ...).
CREATE TABLE field_provenance (
    id        INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL CHECK (entity IN ('study', 'study_arm', 'dosing_protocol')),
    entity_id INTEGER NOT NULL,
    field     TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES source(id),
    quote     TEXT NOT NULL,
    origin    TEXT NOT NULL DEFAULT 'reported' CHECK (origin IN ('reported', 'derived')),
    UNIQUE (entity, entity_id, field, source_id)
);

CREATE TABLE study_arm (
    id             INTEGER PRIMARY KEY,
    study_id       INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('treatment', 'control')),
    label          TEXT NOT NULL,                 -- 'Cerebrolysin 30 mL/day + rehabilitation'
    n_randomised   INTEGER CHECK (n_randomised IS NULL OR n_randomised > 0),
    n_analysed     INTEGER CHECK (n_analysed IS NULL OR n_analysed > 0),
    source_id      INTEGER REFERENCES source(id),
    quote          TEXT
);

CREATE TABLE outcome_measure (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,                  -- 'Action Research Arm Test'
    abbreviation  TEXT,                           -- 'ARAT'
    domain        TEXT NOT NULL CHECK (domain IN (
                      'motor', 'cognitive', 'language', 'neurological', 'global', 'functional',
                      'histological', 'safety', 'mortality', 'retention')),
    direction     TEXT NOT NULL CHECK (direction IN ('higher_better', 'lower_better')),
    range_min     REAL,
    range_max     REAL,
    is_ensemble   INTEGER NOT NULL DEFAULT 0 CHECK (is_ensemble IN (0, 1)),  -- Wei-Lachin multi-scale
    description   TEXT,
    user_record   INTEGER NOT NULL DEFAULT 0 CHECK (user_record IN (0, 1))
);

CREATE TABLE result (
    id                 INTEGER PRIMARY KEY,
    study_id           INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    outcome_id         INTEGER NOT NULL REFERENCES outcome_measure(id),
    source_id          INTEGER NOT NULL REFERENCES source(id),
    timepoint          TEXT,                      -- 'day 90', 'week 12', 'days 14 and 21'
    timepoint_days     INTEGER CHECK (timepoint_days IS NULL OR timepoint_days >= 0),
    population         TEXT,                      -- 'ITT', 'per-protocol', 'LOCF'
    comparison         TEXT,                      -- 'Cerebrolysin vs placebo'
    metric             TEXT NOT NULL CHECK (metric IN (
                           'mw', 'd', 'g', 'smd', 'or', 'log_or', 'rr', 'log_rr', 'rd', 'md',
                           'mean_change_difference', 'nnt', 'none')),  -- 'none': direction and p only
    estimate           REAL,
    ci_low             REAL,
    ci_high            REAL,
    ci_level           REAL CHECK (ci_level IS NULL OR (ci_level > 0 AND ci_level < 100)),
    p_operator         TEXT CHECK (p_operator IS NULL OR p_operator IN ('<', '=', '>', '<=')),
    p_value            REAL CHECK (p_value IS NULL OR (p_value >= 0 AND p_value <= 1)),
    n                  INTEGER CHECK (n IS NULL OR n > 0),
    -- Which arm a value above the metric's no-effect value favours (MW > 0.5 favours
    -- Cerebrolysin; a risk ratio of serious adverse events above 1 favours control).
    higher_favours     TEXT CHECK (higher_favours IS NULL OR higher_favours IN ('treatment', 'control')),
    statistical_method TEXT,                      -- 'Wei-Lachin', 'random effects (DerSimonian-Laird)'
    origin             TEXT NOT NULL DEFAULT 'reported' CHECK (origin IN ('reported', 'derived')),
    derivation         TEXT,                      -- formula, when origin = 'derived'
    derived_from_id    INTEGER REFERENCES result(id),
    quote              TEXT NOT NULL,             -- verbatim, from the source named
    note               TEXT,
    user_record        INTEGER NOT NULL DEFAULT 0 CHECK (user_record IN (0, 1)),
    CHECK (estimate IS NULL OR ci_low IS NULL OR ci_low <= estimate),
    CHECK (estimate IS NULL OR ci_high IS NULL OR estimate <= ci_high),
    CHECK ((ci_low IS NULL) = (ci_high IS NULL)),
    CHECK ((p_value IS NULL) = (p_operator IS NULL)),
    CHECK (origin = 'reported' OR derivation IS NOT NULL)
);
CREATE INDEX result_study ON result(study_id);
CREATE INDEX result_outcome ON result(outcome_id);

-- Arm-level summaries behind a result: mean/SD/N for continuous outcomes, events/total for
-- binary ones.
CREATE TABLE arm_summary (
    id         INTEGER PRIMARY KEY,
    result_id  INTEGER NOT NULL REFERENCES result(id) ON DELETE CASCADE,
    arm_role   TEXT NOT NULL CHECK (arm_role IN ('treatment', 'control')),
    label      TEXT,
    n          INTEGER CHECK (n IS NULL OR n > 0),
    mean       REAL,
    sd         REAL CHECK (sd IS NULL OR sd >= 0),
    events     INTEGER CHECK (events IS NULL OR events >= 0),
    total      INTEGER CHECK (total IS NULL OR total > 0),
    source_id  INTEGER NOT NULL REFERENCES source(id),
    quote      TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT 'reported' CHECK (origin IN ('reported', 'derived')),
    CHECK (events IS NULL OR total IS NULL OR events <= total)
);
CREATE INDEX arm_summary_result ON arm_summary(result_id);

CREATE TABLE mechanism (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    category    TEXT NOT NULL,                    -- 'Neuroprotection and Neurotrophy'
    description TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    quote       TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    user_record INTEGER NOT NULL DEFAULT 0 CHECK (user_record IN (0, 1))
);

CREATE TABLE molecular_target (
    id     INTEGER PRIMARY KEY,
    slug   TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,                         -- 'TNFα'
    kind   TEXT NOT NULL CHECK (kind IN ('neurotrophin', 'cytokine', 'transcription factor',
                                         'receptor', 'enzyme', 'pathway', 'neurotransmitter',
                                         'structure', 'process')),
    description TEXT
);

CREATE TABLE mechanism_target (
    mechanism_id INTEGER NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE,
    target_id    INTEGER NOT NULL REFERENCES molecular_target(id),
    direction    TEXT NOT NULL CHECK (direction IN ('up', 'down', 'mimics', 'modulates',
                                                    'inhibits', 'preserves', 'activates')),
    quote        TEXT NOT NULL,
    PRIMARY KEY (mechanism_id, target_id)
);

-- What supports a mechanism: a study, a result, or only the article's assertion.
CREATE TABLE mechanism_evidence (
    id           INTEGER PRIMARY KEY,
    mechanism_id INTEGER NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE,
    study_id     INTEGER REFERENCES study(id),
    result_id    INTEGER REFERENCES result(id),
    source_id    INTEGER NOT NULL REFERENCES source(id),
    support      TEXT NOT NULL CHECK (support IN ('direct', 'indirect', 'asserted_only')),
    note         TEXT NOT NULL,
    quote        TEXT
);

CREATE TABLE dosing_protocol (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    study_id          INTEGER REFERENCES study(id), -- NULL: a general statement
    label             TEXT NOT NULL,
    route             TEXT CHECK (route IS NULL OR route IN ('iv', 'im', 'iv_or_im', 'ip')),
    volume_ml_min     REAL CHECK (volume_ml_min IS NULL OR volume_ml_min > 0),
    volume_ml_max     REAL CHECK (volume_ml_max IS NULL OR volume_ml_max > 0),
    per_kg            INTEGER NOT NULL DEFAULT 0 CHECK (per_kg IN (0, 1)),
    mg_min            REAL,
    mg_max            REAL,
    frequency         TEXT,
    duration_days_min INTEGER,
    duration_days_max INTEGER,
    schedule          TEXT,                       -- free text for multi-phase schedules
    source_id         INTEGER NOT NULL REFERENCES source(id),
    quote             TEXT NOT NULL,
    origin            TEXT NOT NULL DEFAULT 'reported' CHECK (origin IN ('reported', 'derived')),
    note              TEXT,
    CHECK (volume_ml_min IS NULL OR volume_ml_max IS NULL OR volume_ml_min <= volume_ml_max)
);

-- The article's claims, each a verbatim quote, with what checking it against the sources found.
CREATE TABLE claim (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,                   -- verbatim from the article
    topic        TEXT NOT NULL,                   -- 'stroke', 'tbi', 'mechanism', 'dosing', 'general'
    kind         TEXT NOT NULL CHECK (kind IN ('quantitative', 'qualitative')),
    study_id     INTEGER REFERENCES study(id),
    result_id    INTEGER REFERENCES result(id),
    source_id    INTEGER NOT NULL REFERENCES source(id),  -- the article
    verdict      TEXT NOT NULL CHECK (verdict IN ('consistent', 'discrepant', 'unsupported',
                                                  'not_verified', 'overstated')),
    verdict_note TEXT,
    sort_order   INTEGER NOT NULL DEFAULT 0
);

-- A difference between the article and a primary source, with both values and both sources.
CREATE TABLE discrepancy (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    subject            TEXT NOT NULL,
    article_value      TEXT NOT NULL,
    source_value       TEXT NOT NULL,
    article_source_id  INTEGER NOT NULL REFERENCES source(id),
    primary_source_id  INTEGER REFERENCES source(id),
    article_result_id  INTEGER REFERENCES result(id),
    primary_result_id  INTEGER REFERENCES result(id),
    claim_id           INTEGER REFERENCES claim(id),
    study_id           INTEGER REFERENCES study(id),
    explanation        TEXT NOT NULL
);

-- Facts about the catalogue itself: ('title', ...), ('built_from', ...).
CREATE TABLE catalogue_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

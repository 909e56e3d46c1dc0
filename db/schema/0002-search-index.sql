-- Evidence Browser catalogue, schema version 2: full-text search and lookup indexes.
--
-- Search index
-- * One FTS5 table over five kinds of document: a study (name; title, severity, setting,
--   intervention, control, registration, summary), an outcome measure (name with its
--   abbreviation; domain, description), a mechanism (category; description and the name and
--   description of every molecular target linked to it, so "TNFα" finds the
--   neuroinflammation mechanism), a claim (its text; the verdict note) and a source (short
--   label; title, authors, journal, DOI, PMID, registration).
-- * rowid = record id * 8 + kind (1 study, 2 outcome, 3 mechanism, 4 claim, 5 source), so a
--   trigger replaces one document by rowid without scanning, and a hit names its record
--   without a join.
-- * The index keeps its own copy of the text (not external-content): a document is built from
--   several tables (a mechanism and its targets), which an external-content table, tied to one
--   table or view with stable rowids, cannot follow without fragile 'delete' bookkeeping; the
--   copy costs little and lets snippet() work.
-- * Triggers keep it in step with every insert, update and delete, so records added later by
--   users are searchable too. 'unicode61 remove_diacritics 2': "Hömberg" matches "Homberg",
--   Greek letters are word characters ("TNFα" is one word).

CREATE VIRTUAL TABLE search_index USING fts5(
    slug UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Studies (kind 1)
CREATE TRIGGER study_search_insert AFTER INSERT ON study BEGIN
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 1, NEW.slug, NEW.name,
            coalesce(NEW.title, '') || ' ' || coalesce(NEW.severity, '') || ' ' ||
            coalesce(NEW.setting, '') || ' ' || coalesce(NEW.intervention, '') || ' ' ||
            coalesce(NEW.control, '') || ' ' || coalesce(NEW.registration, '') || ' ' ||
            coalesce(NEW.summary, ''));
END;
CREATE TRIGGER study_search_update AFTER UPDATE ON study BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 1, NEW.slug, NEW.name,
            coalesce(NEW.title, '') || ' ' || coalesce(NEW.severity, '') || ' ' ||
            coalesce(NEW.setting, '') || ' ' || coalesce(NEW.intervention, '') || ' ' ||
            coalesce(NEW.control, '') || ' ' || coalesce(NEW.registration, '') || ' ' ||
            coalesce(NEW.summary, ''));
END;
CREATE TRIGGER study_search_delete AFTER DELETE ON study BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
END;

-- Outcome measures (kind 2)
CREATE TRIGGER outcome_search_insert AFTER INSERT ON outcome_measure BEGIN
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 2, NEW.slug,
            NEW.name || coalesce(' (' || NEW.abbreviation || ')', ''),
            NEW.domain || ' ' || coalesce(NEW.description, ''));
END;
CREATE TRIGGER outcome_search_update AFTER UPDATE ON outcome_measure BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 2, NEW.slug,
            NEW.name || coalesce(' (' || NEW.abbreviation || ')', ''),
            NEW.domain || ' ' || coalesce(NEW.description, ''));
END;
CREATE TRIGGER outcome_search_delete AFTER DELETE ON outcome_measure BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;

-- Mechanisms (kind 3), rebuilt whenever the mechanism, its target links or a target change.
CREATE TRIGGER mechanism_search_insert AFTER INSERT ON mechanism BEGIN
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT m.id * 8 + 3, m.slug, m.category,
           m.description || coalesce(' ' || (
               SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
               FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
               WHERE mt.mechanism_id = m.id), '')
    FROM mechanism m WHERE m.id = NEW.id;
END;
CREATE TRIGGER mechanism_search_update AFTER UPDATE ON mechanism BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT m.id * 8 + 3, m.slug, m.category,
           m.description || coalesce(' ' || (
               SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
               FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
               WHERE mt.mechanism_id = m.id), '')
    FROM mechanism m WHERE m.id = NEW.id;
END;
CREATE TRIGGER mechanism_search_delete AFTER DELETE ON mechanism BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;
CREATE TRIGGER mechanism_target_search_insert AFTER INSERT ON mechanism_target BEGIN
    DELETE FROM search_index WHERE rowid = NEW.mechanism_id * 8 + 3;
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT m.id * 8 + 3, m.slug, m.category,
           m.description || coalesce(' ' || (
               SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
               FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
               WHERE mt.mechanism_id = m.id), '')
    FROM mechanism m WHERE m.id = NEW.mechanism_id;
END;
CREATE TRIGGER mechanism_target_search_update AFTER UPDATE ON mechanism_target BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.mechanism_id * 8 + 3, NEW.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT m.id * 8 + 3, m.slug, m.category,
           m.description || coalesce(' ' || (
               SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
               FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
               WHERE mt.mechanism_id = m.id), '')
    FROM mechanism m WHERE m.id IN (OLD.mechanism_id, NEW.mechanism_id);
END;
CREATE TRIGGER mechanism_target_search_delete AFTER DELETE ON mechanism_target BEGIN
    DELETE FROM search_index WHERE rowid = OLD.mechanism_id * 8 + 3;
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT m.id * 8 + 3, m.slug, m.category,
           m.description || coalesce(' ' || (
               SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
               FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
               WHERE mt.mechanism_id = m.id), '')
    FROM mechanism m WHERE m.id = OLD.mechanism_id;
END;
CREATE TRIGGER molecular_target_search_update AFTER UPDATE ON molecular_target BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT mechanism_id * 8 + 3 FROM mechanism_target WHERE target_id = NEW.id);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT m.id * 8 + 3, m.slug, m.category,
           m.description || coalesce(' ' || (
               SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
               FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
               WHERE mt.mechanism_id = m.id), '')
    FROM mechanism m
    WHERE m.id IN (SELECT mechanism_id FROM mechanism_target WHERE target_id = NEW.id);
END;

-- Claims (kind 4)
CREATE TRIGGER claim_search_insert AFTER INSERT ON claim BEGIN
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 4, NEW.slug, NEW.text,
            NEW.topic || ' ' || coalesce(NEW.verdict_note, ''));
END;
CREATE TRIGGER claim_search_update AFTER UPDATE ON claim BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 4, NEW.slug, NEW.text,
            NEW.topic || ' ' || coalesce(NEW.verdict_note, ''));
END;
CREATE TRIGGER claim_search_delete AFTER DELETE ON claim BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;

-- Sources (kind 5)
CREATE TRIGGER source_search_insert AFTER INSERT ON source BEGIN
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 5, NEW.slug, NEW.short_label,
            coalesce(NEW.title, '') || ' ' || coalesce(NEW.authors, '') || ' ' ||
            coalesce(NEW.journal, '') || ' ' || coalesce(NEW.doi, '') || ' ' ||
            coalesce(NEW.pmid, '') || ' ' || coalesce(NEW.registration, ''));
END;
CREATE TRIGGER source_search_update AFTER UPDATE ON source BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
    INSERT INTO search_index(rowid, slug, title, body)
    VALUES (NEW.id * 8 + 5, NEW.slug, NEW.short_label,
            coalesce(NEW.title, '') || ' ' || coalesce(NEW.authors, '') || ' ' ||
            coalesce(NEW.journal, '') || ' ' || coalesce(NEW.doi, '') || ' ' ||
            coalesce(NEW.pmid, '') || ' ' || coalesce(NEW.registration, ''));
END;
CREATE TRIGGER source_search_delete AFTER DELETE ON source BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
END;

-- Rows that existed before this migration (an upgraded version-1 catalogue).
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 1, slug, name,
       coalesce(title, '') || ' ' || coalesce(severity, '') || ' ' || coalesce(setting, '') || ' ' ||
       coalesce(intervention, '') || ' ' || coalesce(control, '') || ' ' ||
       coalesce(registration, '') || ' ' || coalesce(summary, '')
FROM study;
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 2, slug, name || coalesce(' (' || abbreviation || ')', ''),
       domain || ' ' || coalesce(description, '')
FROM outcome_measure;
INSERT INTO search_index(rowid, slug, title, body)
SELECT m.id * 8 + 3, m.slug, m.category,
       m.description || coalesce(' ' || (
           SELECT group_concat(t.name || coalesce(' ' || t.description, ''), ' ')
           FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id
           WHERE mt.mechanism_id = m.id), '')
FROM mechanism m;
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 4, slug, text, topic || ' ' || coalesce(verdict_note, '')
FROM claim;
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 5, slug, short_label,
       coalesce(title, '') || ' ' || coalesce(authors, '') || ' ' || coalesce(journal, '') || ' ' ||
       coalesce(doi, '') || ' ' || coalesce(pmid, '') || ' ' || coalesce(registration, '')
FROM source;

-- Lookup indexes: filters on the study table, and every foreign key a detail view or a
-- cascading delete follows (SQLite indexes none of them by itself).
CREATE INDEX study_design ON study(design);
CREATE INDEX study_species ON study(species);
CREATE INDEX study_primary_source ON study(primary_source_id);
CREATE INDEX study_source_source ON study_source(source_id);
CREATE INDEX study_component_child ON study_component(child_study_id);
CREATE INDEX study_arm_study ON study_arm(study_id);
CREATE INDEX result_source ON result(source_id);
CREATE INDEX result_derived_from ON result(derived_from_id);
CREATE INDEX mechanism_target_target ON mechanism_target(target_id);
CREATE INDEX mechanism_evidence_mechanism ON mechanism_evidence(mechanism_id);
CREATE INDEX mechanism_evidence_study ON mechanism_evidence(study_id);
CREATE INDEX mechanism_evidence_result ON mechanism_evidence(result_id);
CREATE INDEX dosing_protocol_study ON dosing_protocol(study_id);
CREATE INDEX claim_study ON claim(study_id);
CREATE INDEX claim_result ON claim(result_id);
CREATE INDEX discrepancy_study ON discrepancy(study_id);
CREATE INDEX discrepancy_claim ON discrepancy(claim_id);
CREATE INDEX discrepancy_article_result ON discrepancy(article_result_id);
CREATE INDEX discrepancy_primary_result ON discrepancy(primary_result_id);

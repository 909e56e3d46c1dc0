-- Evidence Browser catalogue, schema version 3: every field the detail pane shows is searchable.
--
-- Version 2 indexed a few columns per record. A reader searches for what the pane shows: the
-- dosing text ("30 mL", "once daily"), an arm's label, a result's time point, population,
-- method, quote and note, a study's sources ("Muresanu") and discrepancies, a claim's verdict
-- and study, a mechanism's evidence notes, a source's verification note. Enumerated keys are
-- indexed as stored ('traumatic_brain_injury' reads as the words "traumatic brain injury").
--
-- * Each document is defined once, as a view (study_search_document, ...); every trigger that
--   writes a document selects it from its view, so the document cannot differ between the
--   insert, the update and the rebuild.
-- * A study's document is rebuilt when the study, one of its arms, dosing rows, results,
--   source links or discrepancies changes; a claim's when the claim or a discrepancy changes;
--   a mechanism's when the mechanism, a target link, a target or an evidence row changes.
-- * rowid = record id * 8 + kind, as in version 2.
-- * coalesce(x, '') || ' ' || ...: SQLite 3.40 (Debian 12) has no concat_ws.

CREATE VIEW study_search_document AS
SELECT s.id AS id, s.slug AS slug, s.name AS title,
       coalesce(s.title, '') || ' ' || coalesce(s.design, '') || ' ' ||
       coalesce(s.condition, '') || ' ' || coalesce(s.severity, '') || ' ' ||
       coalesce(s.species, '') || ' ' || coalesce(s.blinding, '') || ' ' ||
       coalesce(s.setting, '') || ' ' || coalesce(s.n_note, '') || ' ' ||
       coalesce(s.intervention, '') || ' ' || coalesce(s.control, '') || ' ' ||
       coalesce(s.timing, '') || ' ' || coalesce(s.treatment_duration, '') || ' ' ||
       coalesce(s.follow_up, '') || ' ' || coalesce(s.registration, '') || ' ' ||
       coalesce(s.summary, '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(a.label, '') || ' ' || coalesce(a.quote, ''), ' ')
        FROM study_arm a WHERE a.study_id = s.id), '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(d.label, '') || ' ' || coalesce(d.frequency, '') || ' ' ||
                           coalesce(d.schedule, '') || ' ' || coalesce(d.note, '') || ' ' || coalesce(d.quote, ''), ' ')
        FROM dosing_protocol d WHERE d.study_id = s.id), '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(r.timepoint, '') || ' ' || coalesce(r.population, '') || ' ' ||
                           coalesce(r.comparison, '') || ' ' || coalesce(r.statistical_method, '') || ' ' ||
                           coalesce(r.quote, '') || ' ' || coalesce(r.note, ''), ' ')
        FROM result r WHERE r.study_id = s.id), '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(src.short_label, '') || ' ' || coalesce(ss.note, ''), ' ')
        FROM study_source ss JOIN source src ON src.id = ss.source_id WHERE ss.study_id = s.id), '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(x.subject, '') || ' ' || coalesce(x.article_value, '') || ' ' ||
                           coalesce(x.source_value, '') || ' ' || coalesce(x.explanation, ''), ' ')
        FROM discrepancy x WHERE x.study_id = s.id), '') AS body
FROM study s;

CREATE VIEW mechanism_search_document AS
SELECT m.id AS id, m.slug AS slug, m.category AS title,
       coalesce(m.description, '') || ' ' || coalesce(m.quote, '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(t.name, '') || ' ' || coalesce(t.description, '') || ' ' ||
                           coalesce(mt.quote, ''), ' ')
        FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id WHERE mt.mechanism_id = m.id), '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(es.name, '') || ' ' || coalesce(e.note, '') || ' ' || coalesce(e.quote, ''), ' ')
        FROM mechanism_evidence e LEFT JOIN study es ON es.id = e.study_id WHERE e.mechanism_id = m.id), '') AS body
FROM mechanism m;

CREATE VIEW claim_search_document AS
SELECT c.id AS id, c.slug AS slug, c.text AS title,
       coalesce(c.topic, '') || ' ' || coalesce(c.kind, '') || ' ' ||
       coalesce(c.verdict, '') || ' ' || coalesce(c.verdict_note, '') || ' ' ||
       coalesce((SELECT name FROM study WHERE id = c.study_id), '') || ' ' ||
       coalesce((SELECT group_concat(coalesce(x.subject, '') || ' ' || coalesce(x.article_value, '') || ' ' ||
                           coalesce(x.source_value, '') || ' ' || coalesce(x.explanation, ''), ' ')
        FROM discrepancy x WHERE x.claim_id = c.id), '') AS body
FROM claim c;

CREATE VIEW source_search_document AS
SELECT s.id AS id, s.slug AS slug, s.short_label AS title,
       coalesce(s.title, '') || ' ' || coalesce(s.authors, '') || ' ' ||
       coalesce(s.journal, '') || ' ' || coalesce(s.doi, '') || ' ' ||
       coalesce(s.pmid, '') || ' ' || coalesce(s.pmcid, '') || ' ' ||
       coalesce(s.registration, '') || ' ' || coalesce(s.kind, '') || ' ' ||
       coalesce(s.verification_note, '') || ' ' || coalesce(s.notes, '') AS body
FROM source s;

-- The document-writing triggers of version 2 make way for ones that read the views.
DROP TRIGGER study_search_insert;
DROP TRIGGER study_search_update;
DROP TRIGGER mechanism_search_insert;
DROP TRIGGER mechanism_search_update;
DROP TRIGGER mechanism_target_search_insert;
DROP TRIGGER mechanism_target_search_update;
DROP TRIGGER mechanism_target_search_delete;
DROP TRIGGER molecular_target_search_update;
DROP TRIGGER claim_search_insert;
DROP TRIGGER claim_search_update;
DROP TRIGGER source_search_insert;
DROP TRIGGER source_search_update;

-- Studies (kind 1)
CREATE TRIGGER study_search_insert AFTER INSERT ON study BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.id);
END;
CREATE TRIGGER study_search_update AFTER UPDATE ON study BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 1, NEW.id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER arm_study_search_insert AFTER INSERT ON study_arm BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.study_id);
END;
CREATE TRIGGER arm_study_search_update AFTER UPDATE ON study_arm BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1, NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id, NEW.study_id);
END;
CREATE TRIGGER arm_study_search_delete AFTER DELETE ON study_arm BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id);
END;
CREATE TRIGGER dosing_study_search_insert AFTER INSERT ON dosing_protocol BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.study_id);
END;
CREATE TRIGGER dosing_study_search_update AFTER UPDATE ON dosing_protocol BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1, NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id, NEW.study_id);
END;
CREATE TRIGGER dosing_study_search_delete AFTER DELETE ON dosing_protocol BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id);
END;
CREATE TRIGGER result_study_search_insert AFTER INSERT ON result BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.study_id);
END;
CREATE TRIGGER result_study_search_update AFTER UPDATE ON result BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1, NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id, NEW.study_id);
END;
CREATE TRIGGER result_study_search_delete AFTER DELETE ON result BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id);
END;
CREATE TRIGGER study_source_study_search_insert AFTER INSERT ON study_source BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.study_id);
END;
CREATE TRIGGER study_source_study_search_update AFTER UPDATE ON study_source BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1, NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id, NEW.study_id);
END;
CREATE TRIGGER study_source_study_search_delete AFTER DELETE ON study_source BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id);
END;
CREATE TRIGGER discrepancy_study_search_insert AFTER INSERT ON discrepancy BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (NEW.study_id);
END;
CREATE TRIGGER discrepancy_study_search_update AFTER UPDATE ON discrepancy BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1, NEW.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id, NEW.study_id);
END;
CREATE TRIGGER discrepancy_study_search_delete AFTER DELETE ON discrepancy BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.study_id * 8 + 1);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 1, slug, title, body FROM study_search_document
    WHERE id IN (OLD.study_id);
END;

-- Mechanisms (kind 3)
CREATE TRIGGER mechanism_search_insert AFTER INSERT ON mechanism BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (NEW.id);
END;
CREATE TRIGGER mechanism_search_update AFTER UPDATE ON mechanism BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 3, NEW.id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER mechanism_target_search_insert AFTER INSERT ON mechanism_target BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (NEW.mechanism_id);
END;
CREATE TRIGGER mechanism_target_search_update AFTER UPDATE ON mechanism_target BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.mechanism_id * 8 + 3, NEW.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (OLD.mechanism_id, NEW.mechanism_id);
END;
CREATE TRIGGER mechanism_target_search_delete AFTER DELETE ON mechanism_target BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (OLD.mechanism_id);
END;
CREATE TRIGGER mechanism_evidence_search_insert AFTER INSERT ON mechanism_evidence BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (NEW.mechanism_id);
END;
CREATE TRIGGER mechanism_evidence_search_update AFTER UPDATE ON mechanism_evidence BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.mechanism_id * 8 + 3, NEW.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (OLD.mechanism_id, NEW.mechanism_id);
END;
CREATE TRIGGER mechanism_evidence_search_delete AFTER DELETE ON mechanism_evidence BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.mechanism_id * 8 + 3);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (OLD.mechanism_id);
END;
CREATE TRIGGER molecular_target_search_update AFTER UPDATE ON molecular_target BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT mechanism_id * 8 + 3 FROM mechanism_target WHERE target_id = NEW.id);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document
    WHERE id IN (SELECT mechanism_id FROM mechanism_target WHERE target_id = NEW.id);
END;

-- Claims (kind 4)
CREATE TRIGGER claim_search_insert AFTER INSERT ON claim BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.id * 8 + 4);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 4, slug, title, body FROM claim_search_document
    WHERE id IN (NEW.id);
END;
CREATE TRIGGER claim_search_update AFTER UPDATE ON claim BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 4, NEW.id * 8 + 4);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 4, slug, title, body FROM claim_search_document
    WHERE id IN (OLD.id, NEW.id);
END;
CREATE TRIGGER discrepancy_claim_search_insert AFTER INSERT ON discrepancy BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.claim_id * 8 + 4);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 4, slug, title, body FROM claim_search_document
    WHERE id IN (NEW.claim_id);
END;
CREATE TRIGGER discrepancy_claim_search_update AFTER UPDATE ON discrepancy BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.claim_id * 8 + 4, NEW.claim_id * 8 + 4);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 4, slug, title, body FROM claim_search_document
    WHERE id IN (OLD.claim_id, NEW.claim_id);
END;
CREATE TRIGGER discrepancy_claim_search_delete AFTER DELETE ON discrepancy BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.claim_id * 8 + 4);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 4, slug, title, body FROM claim_search_document
    WHERE id IN (OLD.claim_id);
END;

-- Sources (kind 5)
CREATE TRIGGER source_search_insert AFTER INSERT ON source BEGIN
    DELETE FROM search_index WHERE rowid IN (NEW.id * 8 + 5);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 5, slug, title, body FROM source_search_document
    WHERE id IN (NEW.id);
END;
CREATE TRIGGER source_search_update AFTER UPDATE ON source BEGIN
    DELETE FROM search_index WHERE rowid IN (OLD.id * 8 + 5, NEW.id * 8 + 5);
    INSERT INTO search_index(rowid, slug, title, body)
    SELECT id * 8 + 5, slug, title, body FROM source_search_document
    WHERE id IN (OLD.id, NEW.id);
END;

-- Rebuild the documents of rows that existed before this migration.
DELETE FROM search_index WHERE rowid % 8 IN (1, 3, 4, 5);
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 1, slug, title, body FROM study_search_document;
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document;
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 4, slug, title, body FROM claim_search_document;
INSERT INTO search_index(rowid, slug, title, body)
SELECT id * 8 + 5, slug, title, body FROM source_search_document;

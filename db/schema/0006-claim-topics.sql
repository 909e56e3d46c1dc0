-- Claim topics become a closed list, as every other enumerated column is: the vocabulary
-- (core/model/vocabulary.h, List::Topic) names each one, and the GUI and the command line
-- offer exactly these. SQLite cannot add a CHECK to a column, so the table is rebuilt with the
-- same columns, rows and ids; a topic outside the list stops the upgrade (nothing changes).
--
-- The rebuild renames the old table aside without rewriting what refers to "claim" (the
-- foreign keys of discrepancy and claim_link, the view claim_search_document): with
-- legacy_alter_table on and foreign keys off (the migrations run with them off and check them
-- before committing, see core/catalogue/migrations.cpp) those references keep naming "claim",
-- which is then the new table. Dropping the old table drops its triggers and indexes; they are
-- made again below as 0002 and 0003 left them. The search index rows keep their ids, so they
-- stay valid without a rebuild.

PRAGMA legacy_alter_table = ON;
ALTER TABLE claim RENAME TO claim_before_topic_check;

-- The article's claims, each a verbatim quote, with what checking it against the sources found.
CREATE TABLE claim (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,                   -- verbatim from the article
    topic        TEXT NOT NULL CHECK (topic IN ('general', 'mechanism', 'stroke', 'tbi',
                                                'dosing')),
    kind         TEXT NOT NULL CHECK (kind IN ('quantitative', 'qualitative')),
    study_id     INTEGER REFERENCES study(id),
    result_id    INTEGER REFERENCES result(id),
    source_id    INTEGER NOT NULL REFERENCES source(id),  -- the article
    verdict      TEXT NOT NULL CHECK (verdict IN ('consistent', 'discrepant', 'unsupported',
                                                  'not_verified', 'overstated')),
    verdict_note TEXT,
    sort_order   INTEGER NOT NULL DEFAULT 0
);

INSERT INTO claim (id, slug, text, topic, kind, study_id, result_id, source_id, verdict,
                   verdict_note, sort_order)
SELECT id, slug, text, topic, kind, study_id, result_id, source_id, verdict, verdict_note,
       sort_order
FROM claim_before_topic_check;

DROP TABLE claim_before_topic_check;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX claim_study ON claim(study_id);
CREATE INDEX claim_result ON claim(result_id);

-- Claims (kind 4) in the search index, as 0003 (insert, update) and 0002 (delete) made them.
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
CREATE TRIGGER claim_search_delete AFTER DELETE ON claim BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;

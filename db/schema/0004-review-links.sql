-- Evidence Browser catalogue, schema version 4: links a reviewer follows from a discrepancy or
-- a claim to every record it names.
--
-- * A discrepancy row has room for one article result and one primary result. Several
--   discrepancies name more than that: the dose one names dosing statements (the article's
--   protocol, the label's concentration and the derived milligram ranges), the aphasia one two
--   candidate trials and their results, the "three-fold" one the derived ratio beside both
--   layers' means. `discrepancy_link` lists each record with the side it stands on:
--   'article' (what the article says), 'source' (what a primary publication reports) or
--   'derived' (computed by this program from those).
-- * A claim has room for one result. `claim_link` adds the others a reviewer needs beside it,
--   with their role: 'harm' links a statement about safety to the harm results of the
--   independent reviews, 'support' and 'context' to results that bear on the claim.
-- * entity_id is checked by the seed tests against the table the entity names (SQLite cannot
--   express a foreign key whose target table varies).

CREATE TABLE discrepancy_link (
    discrepancy_id INTEGER NOT NULL REFERENCES discrepancy(id) ON DELETE CASCADE,
    side           TEXT NOT NULL CHECK (side IN ('article', 'source', 'derived')),
    entity         TEXT NOT NULL CHECK (entity IN ('result', 'study', 'dosing_protocol')),
    entity_id      INTEGER NOT NULL CHECK (entity_id > 0),
    PRIMARY KEY (discrepancy_id, entity, entity_id)
);

CREATE TABLE claim_link (
    claim_id  INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    result_id INTEGER NOT NULL REFERENCES result(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('harm', 'support', 'context')),
    note      TEXT,
    PRIMARY KEY (claim_id, result_id)
);
CREATE INDEX claim_link_result ON claim_link(result_id);

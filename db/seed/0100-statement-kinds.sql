-- Whose words each provenance statement is (db/schema/0005). The repository holds the text of
-- one source only, the article (db/sources/000_4c55ba95e87e8ecd.txt): its statements are
-- exact substrings of it, so they are 'verbatim' (tests/seed check each one against that
-- text). Every other statement is our transcription of what references.md records about a
-- publication and keeps the schema's default, 'transcribed'.
--
-- Where in a publication a transcribed statement comes from is recorded only where
-- references.md says so: the Cochrane 2023 rows are its summary-of-findings table. Elsewhere
-- statement_where stays NULL (not recorded), never guessed (an abstract, say).

UPDATE result SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE arm_summary SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE study_arm SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE field_provenance SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE dosing_protocol SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE mechanism SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE mechanism_evidence SET statement_kind = 'verbatim'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'article');
UPDATE mechanism_target SET statement_kind = 'verbatim'
 WHERE mechanism_id IN (SELECT id FROM mechanism
                         WHERE source_id = (SELECT id FROM source WHERE slug = 'article'));

UPDATE result SET statement_where = 'summary of findings table'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'cochrane-2023');
UPDATE arm_summary SET statement_where = 'summary of findings table'
 WHERE source_id = (SELECT id FROM source WHERE slug = 'cochrane-2023');

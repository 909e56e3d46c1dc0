-- A review's versions (db/schema/0008): the Cochrane review's 2020 version (CD007026.pub6) is
-- a source of its own, linked to the 2023 version (pub7) as an earlier version of it.
-- references.md section 8a: "The 2020 version (DOI 10.1002/14651858.CD007026.pub6): ...".
-- Only what references.md states of that version is recorded (0010-sources.sql: DOI and year;
-- title, journal, authors, PMID and PMCID NULL); nothing is copied from the 2023 version.

UPDATE source SET version_of_id = (SELECT id FROM source WHERE slug = 'cochrane-2023')
WHERE slug = 'cochrane-2020';

-- Evidence Browser catalogue, schema version 8: a publication's versions.
--
-- * `source.version_of_id`: this source is an earlier version of that source, which replaces
--   it (a living systematic review: the Cochrane review's 2020 version, CD007026.pub6, is an
--   earlier version of its 2023 version, pub7). Each version is a source of its own, with only the fields its
--   own record states (references.md gives the 2020 version's DOI and year, not its title or
--   journal, which stay NULL); results carry the version that reports them as their source.
--   The detail pane and `evidence catalogue show source SLUG --json` show the link both ways.
-- * A result's `population` is the analysis set (ITT, per-protocol): who was analysed. How
--   missing values were filled in (last observation carried forward) is an analysis method,
--   in `statistical_method`; an existing catalogue's Guekht 2017 ARAT row named LOCF as its
--   population, and loses it here (its method already says so).

ALTER TABLE source ADD COLUMN version_of_id INTEGER REFERENCES source(id)
    CHECK (version_of_id IS NULL OR version_of_id <> id);
CREATE INDEX source_version_of ON source(version_of_id);

UPDATE source SET version_of_id = (SELECT id FROM source WHERE slug = 'cochrane-2023')
WHERE slug = 'cochrane-2020' AND user_record = 0;

UPDATE result SET population = NULL
WHERE population = 'LOCF' AND user_record = 0
  AND source_id IN (SELECT id FROM source WHERE slug = 'guekht-2017')
  AND statistical_method LIKE '%last observation carried forward%';

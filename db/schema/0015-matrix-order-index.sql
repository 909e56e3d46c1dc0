-- Evidence Browser catalogue, schema version 15: an index for the outcome matrix's order of
-- studies (issue 20). The matrix lists its studies by condition, then design (in the
-- vocabulary's order, a bound rank that no index can hold), then year, ties in the list's
-- own order. The catalogue walks that order one (condition, design) group at a time
-- (core/catalogue/studyrepository.cpp, matrixSummaries); within a group the order is the
-- columns after the first two below, so SQLite seeks the group and the keyset cursor in
-- this index and reads a page without sorting the list (0.5 to 1 s a page at 100,000
-- studies before).
--
-- Numbered 15 to apply after 0014 (the Studies list's natural sort key), written at the same
-- time: a file at version 13 runs both in order.

CREATE INDEX study_order_matrix ON study (condition, design, ifnull(year, 0), ifnull(year, -1),
                                          name, id);

-- The matrix's columns: each (outcome, time point) pair with its first result, grouped from
-- this index alone (ResultRepository::outcomeTimepoints) instead of from every result row.
CREATE INDEX result_outcome_timepoint ON result (outcome_id, ifnull(timepoint, ''), id);

-- Every record each discrepancy names, on its side ('article', 'source', 'derived'), and the
-- results linked beside a claim (db/schema/0004-review-links.sql). The discrepancy table's own
-- article_result_id / primary_result_id stay as they are; these rows add what one column
-- per side cannot hold.

INSERT INTO discrepancy_link (discrepancy_id, side, entity, entity_id) VALUES
-- 1 Mild TBI placebo SD: the article's CASI row and the publication's.
(1, 'article', 'result', 24), (1, 'source', 'result', 25), (1, 'source', 'study', 11),
-- 2 Dose: the article's protocol, the label's concentration, the two derived ranges.
(2, 'article', 'dosing_protocol', 1), (2, 'source', 'dosing_protocol', 14),
(2, 'derived', 'dosing_protocol', 2), (2, 'derived', 'dosing_protocol', 3),
-- 3 "Three-fold": both layers' CASI means and the ratio computed from them.
(3, 'article', 'result', 24), (3, 'source', 'result', 25), (3, 'derived', 'result', 26),
-- 4 NNT 7.1: the article's ARAT MW and NNT; Guekht 2017's ARAT MW and its early-NIHSS NNT.
(4, 'article', 'result', 1), (4, 'article', 'result', 3),
(4, 'source', 'result', 2), (4, 'source', 'result', 4),
-- 5 MW 0.62 "meaningful": the article's value; Guekht 2017's; the trialists' own
--   "small-to-medium" for an MW of 0.62 (CARS-1 global status).
(5, 'article', 'result', 1), (5, 'source', 'result', 2), (5, 'source', 'result', 7),
-- 6 Aphasia: the article's unidentified trial; the two closest real trials and their results.
(6, 'article', 'study', 5), (6, 'article', 'result', 12),
(6, 'source', 'study', 6), (6, 'source', 'result', 13),
(6, 'source', 'study', 7), (6, 'source', 'result', 14),
-- 7 CAPTAIN II day 10: the article's statement; the manufacturer's day 10 and day 30 values;
--   the peer-reviewed day 90 result.
(7, 'article', 'result', 19), (7, 'source', 'result', 17), (7, 'source', 'result', 18),
(7, 'source', 'result', 16),
-- 8 CARS-2 not confirming CARS-1: the article's pooled result; CARS-2 and CARS-1 alone.
(8, 'article', 'result', 1), (8, 'source', 'study', 3), (8, 'source', 'result', 9),
(8, 'source', 'result', 6),
-- 9 Rat study, region of reduced neuronal loss.
(9, 'article', 'result', 32), (9, 'source', 'result', 30),
-- 10 Industry-only evidence: the article's two headline results; the independent reviews'.
(10, 'article', 'result', 1), (10, 'article', 'result', 15),
(10, 'source', 'study', 13), (10, 'source', 'result', 34), (10, 'source', 'result', 38),
(10, 'source', 'study', 14), (10, 'source', 'result', 42), (10, 'source', 'result', 47),
(10, 'source', 'study', 15), (10, 'source', 'result', 48);

INSERT INTO claim_link (claim_id, result_id, role, note) VALUES
-- The article's only statement on safety (infusion rate) beside the recorded harm results.
(37, 34, 'harm', 'Cochrane 2023: all-cause death'),
(37, 36, 'harm', 'Cochrane 2023: people with serious adverse events'),
(37, 37, 'harm', 'Cochrane 2023: fatal serious adverse events'),
(37, 38, 'harm', 'Cochrane 2023: non-fatal serious adverse events'),
(37, 39, 'harm', 'Cochrane 2023: people with adverse events'),
(37, 45, 'harm', 'Wang 2017: adverse events'),
(37, 46, 'harm', 'Wang 2017: serious adverse events'),
(37, 47, 'harm', 'Wang 2017: mortality'),
(37, 51, 'harm', 'Zhang 2017: serious adverse events (neutral, no effect size)'),
-- CARS: the pooled 442 patients and MW 0.62 beside the two trials alone (discrepancy 8).
(16, 6, 'context', 'CARS-1 alone: ARAT day 90 MW 0.71 (0.63-0.79)'),
(16, 9, 'context', 'CARS-2 alone: no significant difference at day 90'),
(17, 6, 'context', 'CARS-1 alone: ARAT day 90 MW 0.71 (0.63-0.79)'),
(17, 9, 'context', 'CARS-2 alone: no significant difference at day 90'),
-- Neurogenesis: the rat study's two dentate-gyrus results are all there is.
(9, 27, 'support', 'Zhang 2020 (rats): more neuroblasts in the dentate gyrus'),
(9, 28, 'support', 'Zhang 2020 (rats): more new mature neurons in the dentate gyrus');

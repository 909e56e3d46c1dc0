-- A tiny catalogue for the repository and search tests: made-up rows that exercise every
-- table and the awkward characters search must handle. Not data: the real catalogue is
-- db/seed. Valid against schema version 1, so the upgrade test can load it before 0002.

INSERT INTO source (id, slug, kind, short_label, authors, title, journal, year, doi, pmid,
                    sponsorship, verification_note)
VALUES
(1, 'article', 'article', 'The article', NULL, NULL, NULL, NULL, NULL, NULL, 'unknown',
 'No authors given.'),
(2, 'trial-paper', 'journal_article', 'Hömberg 2020 (Trial A)', 'Hömberg V, Müller K',
 'A randomized trial of a peptide drug after stroke', 'Stroke', 2020, '10.1000/example.1',
 '12345678', 'industry', NULL),
(3, 'review-paper', 'systematic_review', 'Review 2021', 'Smith J',
 'Neuroprotective agents in Alzheimer''s disease and COVID-19 encephalopathy: a review',
 'Reviews', 2021, NULL, NULL, 'independent', 'DOI not verified.');

INSERT INTO study (id, slug, name, title, design, condition, severity, species, blinding,
                   centres, n_enrolled, n_analysed, intervention, control, year,
                   primary_source_id, sponsorship, summary)
VALUES
(1, 'trial-a', 'Trial A', 'A randomized trial of a peptide drug after stroke', 'rct', 'stroke',
 'acute ischaemic', 'human', 'double-blind', 12, 200, 190, 'Drug 30 mL/day for 21 days',
 'placebo', 2020, 2, 'industry', 'Motor recovery at day 90 measured with the ARAT.'),
(2, 'trial-b', 'Trial B', NULL, 'preclinical_rct', 'traumatic_brain_injury', NULL, 'rat', NULL,
 NULL, NULL, NULL, 'Drug 2.5 mL/kg intraperitoneally', 'saline', 2019, NULL, 'unknown',
 'Rats after closed head injury.'),
(3, 'pooled-ab', 'Pooled analysis', NULL, 'meta_analysis', 'stroke', NULL, 'human', NULL, NULL,
 NULL, 190, NULL, NULL, 2021, 3, 'independent', 'Pools Trial A.');

INSERT INTO study_source (study_id, source_id, role, note) VALUES
(1, 2, 'primary', NULL), (1, 1, 'article', 'described by the article'), (3, 3, 'primary', NULL);
INSERT INTO field_provenance (id, entity, entity_id, field, source_id, quote, origin) VALUES
(1, 'study', 1, 'n_enrolled', 2, '200 patients were enrolled', 'reported'),
(2, 'study_arm', 1, 'n_randomised', 2, '100 per arm', 'reported');
INSERT INTO study_arm (id, study_id, role, label, n_randomised, n_analysed, source_id, quote)
VALUES (1, 1, 'treatment', 'Drug 30 mL/day', 100, 96, 2, '100 per arm'),
       (2, 1, 'control', 'Placebo', 100, 94, 2, '100 per arm');

INSERT INTO outcome_measure (id, slug, name, abbreviation, domain, direction, is_ensemble,
                             description)
VALUES
(1, 'arat', 'Action Research Arm Test', 'ARAT', 'motor', 'higher_better', 0, 'Arm function.'),
(2, 'nihss', 'National Institutes of Health Stroke Scale', 'NIHSS', 'neurological',
 'lower_better', 0, NULL),
(3, 'lesion', 'Lesion volume', NULL, 'histological', 'lower_better', 0, NULL);

INSERT INTO result (id, study_id, outcome_id, source_id, timepoint, timepoint_days, comparison,
                    metric, estimate, ci_low, ci_high, ci_level, p_operator, p_value, n,
                    higher_favours, origin, derivation, quote)
VALUES
(1, 1, 1, 2, 'day 90', 90, 'drug vs placebo', 'mw', 0.62, 0.55, 0.69, 95, '<', 0.001, 190,
 'treatment', 'reported', NULL, 'ARAT MW 0.62 (95% CI 0.55-0.69), p < 0.001'),
(2, 1, 2, 1, 'day 21', 21, NULL, 'mw', 0.56, NULL, NULL, NULL, NULL, NULL, NULL, 'treatment',
 'reported', NULL, 'an effect size of 0.56 on the NIHSS'),
(3, 1, 1, 2, 'day 90', 90, NULL, 'd', 0.43, 0.18, 0.70, 95, NULL, NULL, 190, 'treatment',
 'derived', 'd = sqrt(2) * qnorm(MW)', 'ARAT MW 0.62 (95% CI 0.55-0.69), p < 0.001'),
(4, 2, 3, 1, 'day 28', 28, NULL, 'none', NULL, NULL, NULL, NULL, '<', 0.05, NULL, NULL,
 'reported', NULL, 'lesion volume was reduced (p < 0.05)');
UPDATE result SET derived_from_id = 1 WHERE id = 3;

INSERT INTO arm_summary (id, result_id, arm_role, label, n, mean, sd, source_id, quote, origin)
VALUES (1, 1, 'treatment', 'Drug', 96, 25.5, 12.1, 2, 'mean 25.5 (SD 12.1)', 'reported'),
       (2, 1, 'control', 'Placebo', 94, 20.0, 13.0, 2, 'mean 20.0 (SD 13.0)', 'reported');

INSERT INTO mechanism (id, slug, category, description, source_id, quote, sort_order) VALUES
(1, 'neurotrophy', 'Neuroprotection and Neurotrophy', 'Mimics neurotrophic factors.', 1,
 'mimics the action of neurotrophic factors', 1),
(2, 'neuroinflammation', 'Reducing Neuroinflammation', 'Lowers pro-inflammatory cytokines.', 1,
 'reduces pro-inflammatory cytokines', 2);
INSERT INTO molecular_target (id, slug, name, kind, description) VALUES
(1, 'bdnf', 'BDNF', 'neurotrophin', 'Brain-derived neurotrophic factor'),
(2, 'tnf-alpha', 'TNFα', 'cytokine', 'Tumour necrosis factor alpha'),
(3, 'il-6', 'IL-6', 'cytokine', NULL);
INSERT INTO mechanism_target (mechanism_id, target_id, direction, quote) VALUES
(1, 1, 'mimics', 'mimics BDNF'), (2, 2, 'down', 'TNFα'), (2, 3, 'down', 'IL-6');
INSERT INTO mechanism_evidence (id, mechanism_id, study_id, result_id, source_id, support, note,
                                quote)
VALUES (1, 2, 2, 4, 1, 'indirect', 'Lesion volume in rats.', NULL),
       (2, 1, NULL, NULL, 1, 'asserted_only', 'The article asserts it.', 'mimics');

INSERT INTO dosing_protocol (id, slug, study_id, label, route, volume_ml_min, volume_ml_max,
                             per_kg, frequency, duration_days_min, duration_days_max, source_id,
                             quote)
VALUES (1, 'trial-a-dose', 1, '30 mL/day for 21 days', 'iv', 30, 30, 0, 'daily', 21, 21, 2,
        '30 mL daily for 21 days'),
       (2, 'general-dose', NULL, '10-50 mL/day', 'iv', 10, 50, 0, 'daily', 10, 21, 1,
        '10 to 50 mL per day');

INSERT INTO claim (id, slug, text, topic, kind, study_id, result_id, source_id, verdict,
                   verdict_note, sort_order)
VALUES (1, 'claim-arat', 'Trial A showed an ARAT effect size of 0.62.', 'stroke',
        'quantitative', 1, 1, 1, 'consistent', NULL, 1),
       (2, 'claim-tnf', 'The drug reduces TNFα.', 'mechanism', 'qualitative', NULL, NULL, 1,
        'unsupported', 'No human data.', 2);

INSERT INTO discrepancy (id, slug, subject, article_value, source_value, article_source_id,
                         primary_source_id, article_result_id, primary_result_id, claim_id,
                         study_id, explanation)
VALUES (1, 'trial-a-n', 'Trial A sample size', '200', '190 analysed', 1, 2, NULL, NULL, 1, 1,
        'The article gives enrolled, the paper analysed.');

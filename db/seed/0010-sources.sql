-- Sources: the article and every publication recorded in db/sources/references.md.
-- Bibliographic fields are copied exactly as references.md gives them for that very
-- publication. A field references.md marks "not verified" (or does not give at all) is NULL,
-- and verification_note says so in words; a field is never inferred from a related source (the
-- 2020 Cochrane version's title from the 2023 version's, the ESCAS preprint's registration
-- from the trial's). Sponsorship: 'industry' for the CARS/CAPTAIN/ESCAS trial series and the meta-analyses
-- by their trialists, the manufacturer's website and the product label; 'independent' for the
-- reviews references.md section 8 calls independent; 'unknown' wherever neither references.md
-- nor a clearly stated authorship settles it.

INSERT INTO source (id, slug, kind, short_label, authors, title, journal, year, volume, issue,
                    pages, doi, pmid, pmcid, registration, sponsorship, verification_note, notes)
VALUES
(1, 'article', 'article', 'The article (secondary summary)', NULL, NULL, NULL, NULL, NULL, NULL,
 NULL, NULL, NULL, NULL, NULL, 'unknown',
 'Authors, title, publisher and date are not given in the text (file 000_4c55ba95e87e8ecd.txt); it cites no references.',
 'A secondary summary of Cerebrolysin for recovery after stroke and traumatic brain injury, and the text the catalogue is built from. Sponsorship is recorded as unknown because the article states no authorship or funding; this is not a judgement that it is independent. Every study it describes is industry-sponsored (CARS, CAPTAIN) or of unknown sponsorship, and it mentions none of the independent reviews (references.md section 8: "The article cites only industry-sponsored trials and meta-analyses").'),

(2, 'guekht-2017', 'journal_article', 'Guekht 2017 (CARS meta-analysis)',
 'Guekht A, Vester J, Heiss WD, Gusev E, Hoemberg V, Rahlfs VW, Bajenaru O, Popescu BO, Doppler E, Winter S, Moessler H, Muresanu D',
 'Safety and efficacy of Cerebrolysin in motor function recovery after stroke: a meta-analysis of the CARS trials',
 'Neurological Sciences', 2017, '38', '10', '1761-1769', '10.1007/s10072-017-3037-z', '28707130',
 'PMC5605586', NULL, 'industry',
 'The 95% confidence interval of the ARAT Mann-Whitney effect size is not verified. No registration is recorded.',
 'Pre-planned individual-patient-data meta-analysis of CARS-1 and CARS-2 by the CARS trialists.'),

(3, 'muresanu-2016', 'journal_article', 'Muresanu 2016 (CARS-1)',
 'Muresanu DF, Heiss WD, Hoemberg V, Bajenaru O, Popescu CD, Vester JC, Rahlfs VW, Doppler E, Meier D, Moessler H, Guekht A',
 'Cerebrolysin and Recovery After Stroke (CARS): A Randomized, Placebo-Controlled, Double-Blind, Multicenter Trial',
 'Stroke', 2016, '47', '1', '151-159', '10.1161/STROKEAHA.115.009416', '26564102', 'PMC4689177',
 'EudraCT 2007-000870-21', 'industry',
 'Total N and arm sizes are not verified: a total of 205 appears only in a secondary source, and secondary sources disagree (205 or 208).',
 'CARS-1, one of the CARS trial series.'),

(4, 'cars-2-abstract-2015', 'conference_abstract', 'CARS-2 congress abstract (J Neurol Sci 2015)',
 NULL, NULL, 'Journal of the Neurological Sciences', 2015, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
 'industry',
 'Authors, DOI and PMID are not verified. The title is not recorded in references.md.',
 'Congress abstract, PII S0022-510X(15)00832-1 (a publisher item identifier, not a DOI). The only verified report of CARS-2.'),

(5, 'bornstein-2018', 'journal_article', 'Bornstein 2018 (nine-trial meta-analysis)',
 'Bornstein NM et al.',
 'Safety and efficacy of Cerebrolysin in early post-stroke recovery: a meta-analysis of nine randomized clinical trials',
 'Neurological Sciences', 2018, NULL, NULL, NULL, '10.1007/s10072-017-3214-0', NULL, NULL, NULL,
 'unknown',
 'Volume, pages and PMID are not verified. Only the first author is recorded.',
 'Sponsorship recorded as unknown: references.md names only the first author and does not state the funding.'),

(6, 'homberg-2025', 'journal_article', 'Homberg 2025 (ESCAS)',
 'Homberg V, Jianu DC, Stan A, Strilciuc S, Chelaru VF, Karlinski M, Brainin M, Heiss WD, Muresanu DF, Enderby PM',
 'Speech Therapy Combined With Cerebrolysin in Enhancing Nonfluent Aphasia Recovery After Acute Ischemic Stroke: ESCAS Randomized Pilot Study',
 'Stroke', 2025, NULL, NULL, NULL, '10.1161/STROKEAHA.124.049834', NULL, NULL, 'ISRCTN54581790',
 'industry',
 'PMID, volume, issue, pages, arm sizes and the numeric WAB difference are not verified.',
 'E-pub 17 February 2025. Classified industry with the CARS/CAPTAIN trial series of the same trialist group (Muresanu, Heiss, Jianu, Strilciuc); references.md does not quote the funding statement.'),

(7, 'escas-preprint', 'preprint', 'ESCAS preprint (medRxiv)', NULL, NULL, 'medRxiv', NULL, NULL, NULL,
 NULL, '10.1101/2024.02.23.24303302', NULL, NULL, NULL, 'industry',
 'Authors, title and year of the preprint are not recorded in references.md. Its trial registration is not recorded either: ISRCTN54581790 is the registration of the ESCAS publication (Homberg 2025), and whether the preprint prints it is not known.',
 'Preprint of the ESCAS trial; it reports superiority on the Western Aphasia Battery (p < 0.001). Classified industry with the ESCAS publication.'),

(8, 'jianu-2010', 'journal_article', 'Jianu 2010 (Broca''s aphasia, open-label)', 'Jianu DC et al.',
 'Cerebrolysin adjuvant treatment in Broca''s aphasics following first acute ischemic stroke of the left middle cerebral artery',
 'J Med Life', 2010, '3', '3', '297-307', NULL, '20945821', NULL, NULL, 'unknown',
 'DOI, PMCID and registration are not recorded in references.md. Only the first author is recorded.',
 'Sponsorship recorded as unknown: references.md does not state the funding.'),

(9, 'muresanu-2020', 'journal_article', 'Muresanu 2020 (CAPTAIN II)',
 'Muresanu DF, Florian S, Hömberg V, Matula C, von Steinbüchel N, Vos PE, von Wild K, Birle C, Muresanu I, Slavoaca D, Verisezan Rosu O, Strilciuc S, Vester J',
 'Efficacy and safety of cerebrolysin in neurorecovery after moderate-severe traumatic brain injury: results from the CAPTAIN II trial',
 'Neurological Sciences', 2020, NULL, '5', NULL, '10.1007/s10072-019-04181-y', '31897941', NULL,
 NULL, 'industry', 'Volume, pages, registration and arm sizes are not verified.',
 'CAPTAIN II, one of the CAPTAIN trial series.'),

(10, 'captain-ii-manufacturer-website', 'website', 'Manufacturer''s website (CAPTAIN II day 10 and day 30)',
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'industry',
 'The page address, title and date are not recorded in references.md; no CI or p is given for its values.',
 'The only source of the CAPTAIN II day 10 (MW 0.54) and day 30 (MW 0.576) values; they are not in the peer-reviewed abstract.'),

(11, 'poon-2020', 'journal_article', 'Poon 2020 (CAPTAIN I)', 'Poon W et al.',
 'Safety and efficacy of Cerebrolysin in acute brain injury and neurorecovery: CAPTAIN I - a randomized, placebo-controlled, double-blind, Asian-Pacific trial',
 'Neurological Sciences', 2020, '41', '2', '281-293', '10.1007/s10072-019-04053-5', '31494820',
 NULL, 'NCT01606111', 'industry', 'Only the first author is recorded; PMCID not recorded.',
 'CAPTAIN I, one of the CAPTAIN trial series.'),

(12, 'vester-2021', 'journal_article', 'Vester 2021 (CAPTAIN meta-analysis)', 'Vester JC et al.',
 'Cerebrolysin after moderate to severe traumatic brain injury: prospective meta-analysis of the CAPTAIN trial series',
 'Neurological Sciences', 2021, '42', '11', '4531-4541', '10.1007/s10072-020-04974-6', '33620612',
 NULL, NULL, 'industry', 'Only the first author is recorded; PMCID not recorded.',
 'Prospective meta-analysis of CAPTAIN I and II by the CAPTAIN trialists.'),

(13, 'chen-2013', 'journal_article', 'Chen 2013 (mild TBI)', 'Chen CC, Wei ST, Tsaia SC, Chen XX, Cho DY',
 'Cerebrolysin enhances cognitive recovery of mild traumatic brain injury patients: double-blind, placebo-controlled, randomized study',
 'British Journal of Neurosurgery', 2013, '27', '6', '803-807', '10.3109/02688697.2013.793287',
 '23656173', NULL, NULL, 'unknown',
 'Arm sizes are not verified (16/16 is an assumption, not a fact). Registration and PMCID not recorded.',
 'Sponsorship recorded as unknown: references.md does not state the funding. Author names as given in references.md.'),

(14, 'zhang-2020', 'journal_article', 'Zhang 2020 (rat closed head injury)',
 'Zhang Y, Chopp M, Zhang Y, Zhang ZG, Lu M, Zhang T, Wu KH, Zhang L, Mahmood A, Xiong Y',
 'Randomized controlled trial of Cerebrolysin''s effects on long-term histological outcomes and functional recovery in rats with moderate closed head injury',
 'Journal of Neurosurgery', 2020, NULL, '4', '1072-1082', '10.3171/2019.6.JNS191027', NULL, NULL,
 NULL, 'unknown', 'PMID and volume are not verified.',
 'Sponsorship recorded as unknown: references.md does not state the funding.'),

(15, 'product-label', 'product_label', 'Cerebrolysin product label (label copies)', NULL, NULL, NULL,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'industry',
 'Known from label copies; the official summary of product characteristics was not seen.',
 'Source of the product fact: 1 mL contains 215.2 mg of the porcine brain peptide concentrate.'),

(16, 'biometrical-journal-2019', 'methods_paper', 'Biometrical Journal 2019 (MW benchmarks)', NULL,
 NULL, 'Biometrical Journal', 2019, '61', '4', '973-982', '10.1002/bimj.201800107', NULL, NULL, NULL,
 'unknown', 'Authors, title and PMID are not recorded in references.md.',
 'Table 1: Cohen''s d 0.2 / 0.5 / 0.8 gives MW 0.556 / 0.638 / 0.714, the small / medium / large superiority thresholds (0.44 / 0.36 / 0.29 for inferiority) used by the CARS and CAPTAIN papers. A methods paper: sponsorship not stated.'),

(17, 'lachin-1992', 'methods_paper', 'Lachin 1992 (Wei-Lachin test)', 'Lachin JM', NULL,
 'Statistics in Medicine', 1992, '11', '9', '1151-1170', '10.1002/sim.4780110903', NULL, NULL, NULL,
 'unknown', 'Title and PMID are not recorded in references.md.',
 'Method reference for the Wei-Lachin multivariate directional test ("MW combined"). Sponsorship not stated.'),

(18, 'lachin-2014', 'methods_paper', 'Lachin 2014 (Wei-Lachin test)', 'Lachin JM', NULL, 'PLoS ONE',
 2014, '9', '10', 'e108784', '10.1371/journal.pone.0108784', NULL, NULL, NULL, 'unknown',
 'Title and PMID are not recorded in references.md.',
 'Method reference for the Wei-Lachin procedure. Sponsorship not stated.'),

(19, 'cochrane-2023', 'systematic_review', 'Cochrane review 2023 (Ziganshina)',
 'Ziganshina LE, Abakumova T, Nurkhametova D, Ivanchenko K', 'Cerebrolysin for acute ischaemic stroke',
 'Cochrane Database of Systematic Reviews', 2023, NULL, NULL, NULL,
 '10.1002/14651858.CD007026.pub7', NULL, 'PMC10565895', NULL, 'independent',
 'PMID is not verified. Functional outcomes and the authors'' conclusions are not verified.',
 'Version published 11 October 2023. Independent review (references.md section 8).'),

(20, 'cochrane-2020', 'systematic_review', 'Cochrane review 2020 version', NULL,
 NULL, NULL, 2020, NULL,
 NULL, NULL, '10.1002/14651858.CD007026.pub6', NULL, NULL, NULL, 'independent',
 'Authors, title, journal, PMID and PMCID of the 2020 version are not recorded in references.md, which gives only its DOI; the title and journal of the 2023 version are not assumed to be the 2020 version''s.',
 'Earlier version (2020) of the same Cochrane review (CD007026). Independent review.'),

(21, 'wang-2017', 'systematic_review', 'Wang 2017 (stroke meta-analysis)', 'Wang Z, Shi L, Xu S, Zhang J',
 NULL, 'Drug Design, Development and Therapy', 2017, '11', NULL, '1273-1282',
 '10.2147/DDDT.S124273', '28458521', NULL, NULL, 'independent',
 'Title is not recorded in references.md.',
 'Independent meta-analysis (references.md section 8b). Conclusion: routine use "cannot be supported".'),

(22, 'zhang-2017', 'systematic_review', 'Zhang 2017 (stroke meta-analysis)', 'Zhang D et al.', NULL,
 'BioMed Research International', 2017, NULL, NULL, '4191670', '10.1155/2017/4191670', '28656143',
 NULL, NULL, 'independent', 'Title and volume are not recorded; pages holds the article number 4191670.',
 'Independent meta-analysis (references.md section 8b).'),

(23, 'el-sayed-2018', 'systematic_review', 'El Sayed 2018 (TBI meta-analysis)',
 'El Sayed I, Zaki A, Fayed AM, Shehata GM, Abdelmonem S', NULL, 'Neurosurgical Review', 2018, '41',
 '2', '427-438', '10.1007/s10143-016-0775-y', '27539610', NULL, NULL, 'independent',
 'Title is not recorded in references.md.',
 'Independent meta-analysis (references.md section 8c).'),

(24, 'ghaffarpasand-2019', 'systematic_review', 'Ghaffarpasand 2019 (TBI meta-analysis)',
 'Ghaffarpasand F et al.', NULL, 'Neuropsychiatric Disease and Treatment', 2019, '15', NULL,
 '127-135', '10.2147/NDT.S186865', '30643411', NULL, NULL, 'independent',
 'Title is not recorded in references.md. Only the first author is recorded.',
 'Independent meta-analysis (references.md section 8c).');

-- The decimals each reported number was printed with (db/schema/0005): a REAL cannot tell
-- 0.90 from 0.9, nor p = 0.0240 from 0.024, nor an NNT interval "4 to 22" from 4.00 to 22.00.
-- Read off each row's statement in 0040-results.sql (the article's words for the article's
-- rows, references.md's digits for the others); tests/seed/seed_digits_test.cpp prints every
-- value through the formatters and finds it, digit for digit, in that statement. Derived rows
-- (origin 'derived') have none: this program's own numbers follow the rounding rule in
-- docs/statistics.md.

UPDATE result SET estimate_decimals = 2, p_decimals = 4 WHERE id = 1;
UPDATE result SET estimate_decimals = 2, p_decimals = 4 WHERE id = 2;
UPDATE result SET estimate_decimals = 1 WHERE id = 3;
UPDATE result SET estimate_decimals = 1, ci_low_decimals = 0, ci_high_decimals = 0 WHERE id = 4;
UPDATE result SET estimate_decimals = 2, p_decimals = 3 WHERE id = 5;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 6;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 7;
UPDATE result SET estimate_decimals = 2, p_decimals = 4 WHERE id = 10;
UPDATE result SET estimate_decimals = 1, ci_low_decimals = 1, ci_high_decimals = 1 WHERE id = 11;
UPDATE result SET p_decimals = 3 WHERE id = 13;
UPDATE result SET p_decimals = 2 WHERE id = 14;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 15;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 16;
UPDATE result SET estimate_decimals = 2 WHERE id = 17;
UPDATE result SET estimate_decimals = 3 WHERE id = 18;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 20;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 21;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 22;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 4 WHERE id = 23;
UPDATE result SET p_decimals = 2 WHERE id = 24;
UPDATE result SET p_decimals = 4 WHERE id = 25;
UPDATE result SET p_decimals = 2 WHERE id = 27;
UPDATE result SET p_decimals = 2 WHERE id = 28;
UPDATE result SET p_decimals = 2 WHERE id = 29;
UPDATE result SET p_decimals = 2 WHERE id = 30;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 34;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 35;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 36;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 37;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 38;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 39;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 40;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 41;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 42;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 43;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 44;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 45;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 46;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 47;
UPDATE result SET estimate_decimals = 3, ci_low_decimals = 2, ci_high_decimals = 2 WHERE id = 52;
UPDATE result SET estimate_decimals = 1, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 3 WHERE id = 53;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 3, ci_high_decimals = 2 WHERE id = 54;
UPDATE result SET estimate_decimals = 2, ci_low_decimals = 2, ci_high_decimals = 2, p_decimals = 3 WHERE id = 55;

-- Arm means and SDs: 21.0 ± 20.4 and 7.6 ± 11.6 (the article), 7.6 ± 12.1 (references.md).
UPDATE arm_summary SET mean_decimals = 1, sd_decimals = 1 WHERE id = 1;
UPDATE arm_summary SET mean_decimals = 1, sd_decimals = 1 WHERE id = 2;
UPDATE arm_summary SET mean_decimals = 1, sd_decimals = 1 WHERE id = 3;
UPDATE arm_summary SET mean_decimals = 1, sd_decimals = 1 WHERE id = 4;

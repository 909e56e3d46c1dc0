#pragma once

#include "stats/result.h"

#include <string>

// Effect sizes from summary data, computed exactly as metafor 3.8 escalc() does with its
// defaults (vtype = "LS", add = 1/2, to = "only0", drop00 = FALSE). Group 1 is the treatment
// (Cerebrolysin) arm, group 2 the control arm. Formulas and references: docs/statistics.md.
namespace eb::stats {

// One arm of a trial: mean, standard deviation and size. `n` is a double because metafor
// accepts non-integer sizes (e.g. effective sample sizes).
struct ArmSummary
{
    double mean = 0.0;
    double sd = 0.0;
    double n = 0.0;
};

// Arm sizes a caller had to assume because the source does not report them. Such a result
// must be shown with `note` (e.g. the CASI result of Chen 2013: 32 completers, split 16/16
// by assumption).
struct AssumedArmSizes
{
    double n1 = 0.0;
    double n2 = 0.0;
    std::string note;
};

// Hedges' (1981) exact small-sample correction c(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2))
// for m = n1 + n2 - 2 degrees of freedom: g = c(m) * d. Requires m > 1.
double hedgesCorrection(double m);

// An equal split of `totalN` patients into two arms (n/2 each), flagged as an assumption.
AssumedArmSizes assumeEqualArms(double totalN);

struct SmdResult
{
    double pooledSd = 0.0;   // sqrt(((n1-1)sd1^2 + (n2-1)sd2^2) / (n1+n2-2))
    double d = 0.0;          // Cohen's d = (m1 - m2) / pooledSd
    double dVariance = 0.0;  // 1/n1 + 1/n2 + d^2 / (2(n1+n2))
    double correction = 0.0; // c(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)), m = n1+n2-2
    double g = 0.0;          // Hedges' g = c(m) * d           (escalc SMD yi)
    double variance = 0.0;   // 1/n1 + 1/n2 + g^2 / (2(n1+n2)) (escalc SMD vi, vtype "LS")
    double se = 0.0;         // sqrt(variance)
    double ciLow = 0.0;      // g -/+ z * se (normal approximation)
    double ciHigh = 0.0;
    double level = 0.95;
    double meanDifference = 0.0;         // m1 - m2             (escalc MD yi)
    double meanDifferenceVariance = 0.0; // sd1^2/n1 + sd2^2/n2 (escalc MD vi)
    double meanDifferenceCiLow = 0.0;
    double meanDifferenceCiHigh = 0.0;
    bool armSizesAssumed = false; // true: callers must show `assumption`
    std::string assumption;       // what was assumed (arm sizes), empty when nothing
    std::string formula;
};

// Refuses non-finite input, n < 1 in an arm, n1 + n2 <= 3 (the correction needs m > 1),
// negative SDs, a pooled SD of 0, level outside (0, 1).
Result<SmdResult> standardizedMeanDifference(const ArmSummary &treatment, const ArmSummary &control,
                                             double level = 0.95);

// The same with arm sizes that were assumed: the result carries armSizesAssumed = true and
// the assumption's note.
Result<SmdResult> standardizedMeanDifference(double m1, double sd1, double m2, double sd2,
                                             const AssumedArmSizes &arms, double level = 0.95);

// A 2x2 table: a/b events/non-events in the treatment arm, c/d in the control arm (metafor's
// ai, bi, ci, di).
struct TwoByTwo
{
    double a = 0.0;
    double b = 0.0;
    double c = 0.0;
    double d = 0.0;
};

struct TwoByTwoEffect
{
    double yi = 0.0; // log RR, log OR or RD
    double vi = 0.0;
    double se = 0.0;
    double ciLow = 0.0; // yi -/+ z*se, on the scale of yi (log scale for RR and OR)
    double ciHigh = 0.0;
    double level = 0.95;
    bool continuityCorrected = false; // 1/2 was added to every cell (a cell was 0)
    std::string formula;
    std::string note; // says so when the 1/2 correction was applied
};

// metafor escalc "RR": yi = ln(a/n1) - ln(c/n2), vi = 1/a - 1/n1 + 1/c - 1/n2.
Result<TwoByTwoEffect> logRiskRatio(const TwoByTwo &table, double level = 0.95);
// metafor escalc "OR": yi = ln(ad/(bc)), vi = 1/a + 1/b + 1/c + 1/d.
Result<TwoByTwoEffect> logOddsRatio(const TwoByTwo &table, double level = 0.95);
// metafor escalc "RD" (vtype "LS"): yi = p1 - p2, vi = p1(1-p1)/n1 + p2(1-p2)/n2.
Result<TwoByTwoEffect> riskDifference(const TwoByTwo &table, double level = 0.95);

} // namespace eb::stats

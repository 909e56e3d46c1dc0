#pragma once

#include "stats/result.h"
#include "stats/summarydata.h"

#include <optional>
#include <string>
#include <string_view>

// metafor 3.8 escalc() for the measures a Cochrane review computes from what trials print:
// RR, OR, RD and Peto's OR from 2x2 counts; SMD (Hedges' g), MD and ROM from arm means,
// SDs and sizes. RR, OR, RD, SMD and MD are the formulas of summarydata.h (their one home);
// PETO and ROM are defined here. Defaults as metafor's: vtype "LS", add = 1/2 to every cell
// of a table with a zero cell (to = "only0"), double-zero tables kept (drop00 = FALSE).
namespace eb::stats {

enum class EffectMeasure
{
    RR,   // log risk ratio
    OR,   // log odds ratio
    RD,   // risk difference
    PETO, // log odds ratio, Peto's one-step estimate
    SMD,  // Hedges' g
    MD,   // mean difference
    ROM,  // log ratio of means
};

std::string_view effectMeasureKey(EffectMeasure measure);                // "RR", "OR", ...
std::optional<EffectMeasure> effectMeasureFromKey(std::string_view key); // case-insensitive
// Counts (ai, bi, ci, di) for RR, OR, RD, PETO; means for SMD, MD, ROM.
bool measureUsesCounts(EffectMeasure measure);
// Whether yi is on the log scale (RR, OR, PETO, ROM): exp(yi) is the ratio.
bool measureIsLog(EffectMeasure measure);

struct EffectSize
{
    double yi = 0.0;
    double vi = 0.0;
    bool continuityCorrected = false; // 1/2 was added to each cell (a cell was 0)
};

// Refused with an Error naming the cell (ai, bi, ci, di) when a count is negative or not
// finite or an arm is empty; a measure that needs means is refused.
Result<EffectSize> effectFromCounts(EffectMeasure measure, const TwoByTwo &table);

// Refused with an Error naming the field (m1i, sd1i, n1i, ...); for ROM the two means must
// be non-zero and of the same sign; a measure that needs counts is refused.
Result<EffectSize> effectFromMeans(EffectMeasure measure, const ArmSummary &group1,
                                   const ArmSummary &group2);

// Peto's one-step log OR of one table (continuity corrected as escalc does): with
// E = n1 (a + c) / N and V = (a + c)(b + d) n1 n2 / (N^2 (N - 1)): yi = (a - E) / V, vi = 1 / V.
// The pooled rma.peto uses the same E and V on the uncorrected counts.
struct PetoTerms
{
    double observedMinusExpected = 0.0; // a - E
    double variance = 0.0;              // V
};
PetoTerms petoTerms(double a, double b, double c, double d);

} // namespace eb::stats

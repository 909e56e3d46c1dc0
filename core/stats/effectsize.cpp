#include "stats/effectsize.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace eb::stats {
namespace {

constexpr EffectMeasure kMeasures[] = {EffectMeasure::RR,   EffectMeasure::OR,  EffectMeasure::RD,
                                       EffectMeasure::PETO, EffectMeasure::SMD, EffectMeasure::MD,
                                       EffectMeasure::ROM};

// summarydata names cells a..d and arms m1, sd1, n1; the escalc columns carry an "i".
Error renamed(const Error &error)
{
    static const std::string escalcNames[][2] = {
        {"a", "ai"},     {"b", "bi"},   {"c", "ci"},   {"d", "di"},     {"m1", "m1i"},
        {"sd1", "sd1i"}, {"n1", "n1i"}, {"m2", "m2i"}, {"sd2", "sd2i"}, {"n2", "n2i"}};
    for (const auto &pair : escalcNames) {
        if (error.field == pair[0]) {
            return makeError(pair[1], error.message);
        }
    }
    return error;
}

Result<EffectSize> fromTwoByTwo(const Result<TwoByTwoEffect> &effect)
{
    if (!effect) {
        return renamed(effect.error());
    }
    return EffectSize{effect->yi, effect->vi, effect->continuityCorrected};
}

} // namespace

std::string_view effectMeasureKey(EffectMeasure measure)
{
    switch (measure) {
    case EffectMeasure::RR:
        return "RR";
    case EffectMeasure::OR:
        return "OR";
    case EffectMeasure::RD:
        return "RD";
    case EffectMeasure::PETO:
        return "PETO";
    case EffectMeasure::SMD:
        return "SMD";
    case EffectMeasure::MD:
        return "MD";
    case EffectMeasure::ROM:
        return "ROM";
    }
    return "RR";
}

std::optional<EffectMeasure> effectMeasureFromKey(std::string_view key)
{
    std::string upper(key);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (EffectMeasure m : kMeasures) {
        if (effectMeasureKey(m) == upper) {
            return m;
        }
    }
    return std::nullopt;
}

bool measureUsesCounts(EffectMeasure measure)
{
    return measure == EffectMeasure::RR || measure == EffectMeasure::OR ||
           measure == EffectMeasure::RD || measure == EffectMeasure::PETO;
}

bool measureIsLog(EffectMeasure measure)
{
    return measure == EffectMeasure::RR || measure == EffectMeasure::OR ||
           measure == EffectMeasure::PETO || measure == EffectMeasure::ROM;
}

PetoTerms petoTerms(double a, double b, double c, double d)
{
    const double n1 = a + b;
    const double n2 = c + d;
    const double n = n1 + n2;
    const double xt = a + c;
    const double yt = b + d;
    return PetoTerms{a - xt * n1 / n, xt * yt * (n1 / n) * (n2 / n) / (n - 1.0)};
}

Result<EffectSize> effectFromCounts(EffectMeasure measure, const TwoByTwo &table)
{
    switch (measure) {
    case EffectMeasure::RR:
        return fromTwoByTwo(logRiskRatio(table));
    case EffectMeasure::OR:
        return fromTwoByTwo(logOddsRatio(table));
    case EffectMeasure::RD:
        return fromTwoByTwo(riskDifference(table));
    case EffectMeasure::PETO: {
        // The same checks and continuity correction as the other count measures: the log OR
        // is computed only to validate the table the way they do.
        const auto checked = logOddsRatio(table);
        if (!checked) {
            return renamed(checked.error());
        }
        const double add = checked->continuityCorrected ? 0.5 : 0.0;
        const PetoTerms t = petoTerms(table.a + add, table.b + add, table.c + add, table.d + add);
        if (!(t.variance > 0.0) || !std::isfinite(t.variance)) {
            return makeError("ai", "Peto's variance is 0 (a table with one patient)");
        }
        return EffectSize{t.observedMinusExpected / t.variance, 1.0 / t.variance,
                          checked->continuityCorrected};
    }
    case EffectMeasure::SMD:
    case EffectMeasure::MD:
    case EffectMeasure::ROM:
        break;
    }
    return makeError("measure", std::string(effectMeasureKey(measure)) +
                                    " is computed from means (m1i, sd1i, n1i, m2i, sd2i, n2i)");
}

Result<EffectSize> effectFromMeans(EffectMeasure measure, const ArmSummary &group1,
                                   const ArmSummary &group2)
{
    if (measureUsesCounts(measure)) {
        return makeError("measure", std::string(effectMeasureKey(measure)) +
                                        " is computed from counts (ai, bi, ci, di)");
    }
    if (measure == EffectMeasure::ROM) {
        // The checks of the SMD (finite values, SD >= 0, n >= 1) apply; its own size
        // requirement (n1 + n2 > 3) does not, so the arms are checked one by one here.
        for (const auto &[arm, suffix] : {std::pair{group1, "1"}, std::pair{group2, "2"}}) {
            const std::string s = suffix;
            if (!std::isfinite(arm.mean) || arm.mean == 0.0) {
                return makeError("m" + s + "i",
                                 "a ratio of means needs a finite mean other than 0");
            }
            if (!std::isfinite(arm.sd) || arm.sd < 0.0) {
                return makeError("sd" + s + "i",
                                 "a standard deviation must be a finite number >= 0");
            }
            if (!std::isfinite(arm.n) || arm.n < 1.0) {
                return makeError("n" + s + "i", "a group size must be a finite number >= 1");
            }
        }
        if ((group1.mean > 0.0) != (group2.mean > 0.0)) {
            return makeError("m2i", "the two means differ in sign: their ratio has no logarithm");
        }
        const double cv1 = group1.sd / group1.mean;
        const double cv2 = group2.sd / group2.mean;
        const double vi = cv1 * cv1 / group1.n + cv2 * cv2 / group2.n;
        const double yi = std::log(group1.mean / group2.mean);
        if (!std::isfinite(yi) || !std::isfinite(vi)) {
            return makeError("m1i", "the numbers are too large to give a finite result");
        }
        return EffectSize{yi, vi, false};
    }
    const auto smd = standardizedMeanDifference(group1, group2);
    if (!smd) {
        return renamed(smd.error());
    }
    if (measure == EffectMeasure::SMD) {
        return EffectSize{smd->g, smd->variance, false};
    }
    return EffectSize{smd->meanDifference, smd->meanDifferenceVariance, false};
}

} // namespace eb::stats

#include "stats/summarydata.h"

#include "stats/intervals.h"

#include <cmath>
#include <cstdio>

namespace eb::stats {
namespace {

std::optional<Error> checkArm(const ArmSummary &arm, const std::string &suffix)
{
    if (!std::isfinite(arm.mean)) {
        return makeError("m" + suffix, "not a finite number");
    }
    if (!std::isfinite(arm.sd) || arm.sd < 0.0) {
        return makeError("sd" + suffix, "a standard deviation must be a finite number >= 0");
    }
    if (!std::isfinite(arm.n) || arm.n < 1.0) {
        return makeError("n" + suffix, "a group size must be a finite number >= 1");
    }
    return std::nullopt;
}

std::optional<Error> checkLevel(double level)
{
    if (!std::isfinite(level) || level <= 0.0 || level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    return std::nullopt;
}

// metafor's .cmicalc: the exact bias correction of Hedges (1981).
double correctionFactor(double m)
{
    return std::exp(std::lgamma(m / 2.0) - std::log(std::sqrt(m / 2.0)) -
                    std::lgamma((m - 1.0) / 2.0));
}

} // namespace

double hedgesCorrection(double m)
{
    return correctionFactor(m);
}

namespace {

struct Cells
{
    double a, b, c, d;
    bool corrected;
};

Result<Cells> prepare(const TwoByTwo &t)
{
    const char *names[4] = {"a", "b", "c", "d"};
    const double values[4] = {t.a, t.b, t.c, t.d};
    for (int i = 0; i < 4; ++i) {
        if (!std::isfinite(values[i]) || values[i] < 0.0) {
            return makeError(names[i], "a cell count must be a finite number >= 0");
        }
    }
    if (t.a + t.b <= 0.0) {
        return makeError("a", "the treatment arm has no patients (a + b = 0)");
    }
    if (t.c + t.d <= 0.0) {
        return makeError("c", "the control arm has no patients (c + d = 0)");
    }
    // metafor's defaults add = 1/2, to = "only0": a table with any zero cell gets 1/2 in
    // every cell (drop00 = FALSE keeps tables with no events in either arm).
    const bool zero = t.a == 0.0 || t.b == 0.0 || t.c == 0.0 || t.d == 0.0;
    const double add = zero ? 0.5 : 0.0;
    return Cells{t.a + add, t.b + add, t.c + add, t.d + add, zero};
}

TwoByTwoEffect finish(double yi, double vi, double level, bool corrected, std::string formula)
{
    TwoByTwoEffect e;
    e.yi = yi;
    e.vi = vi;
    e.se = std::sqrt(vi);
    const double z = criticalZ(level);
    e.ciLow = yi - z * e.se;
    e.ciHigh = yi + z * e.se;
    e.level = level;
    e.continuityCorrected = corrected;
    e.formula = std::move(formula);
    if (corrected) {
        e.note = "a cell was 0: 1/2 was added to all four cells (metafor escalc default, "
                 "add = 1/2, to = \"only0\")";
    }
    return e;
}

} // namespace

AssumedArmSizes assumeEqualArms(double totalN)
{
    AssumedArmSizes arms;
    arms.n1 = totalN / 2.0;
    arms.n2 = totalN / 2.0;
    char buffer[200];
    std::snprintf(buffer, sizeof buffer,
                  "arm sizes not reported: assumed an equal split %g/%g of N = %g", arms.n1,
                  arms.n2, totalN);
    arms.note = buffer;
    return arms;
}

Result<SmdResult> standardizedMeanDifference(const ArmSummary &treatment, const ArmSummary &control,
                                             double level)
{
    if (auto error = checkArm(treatment, "1")) {
        return *error;
    }
    if (auto error = checkArm(control, "2")) {
        return *error;
    }
    if (auto error = checkLevel(level)) {
        return *error;
    }
    const double n1 = treatment.n;
    const double n2 = control.n;
    const double m = n1 + n2 - 2.0;
    if (m <= 1.0) {
        return makeError("n1", "the two groups need more than 3 patients together for the "
                               "small-sample correction");
    }
    // An SD near 1e155 or above squares past DBL_MAX: say so, rather than let inf / inf
    // turn into a "pooled SD is 0" message.
    const double sum1 = (n1 - 1.0) * treatment.sd * treatment.sd;
    const double sum2 = (n2 - 1.0) * control.sd * control.sd;
    if (!std::isfinite(treatment.sd * treatment.sd) || !std::isfinite(sum1)) {
        return makeError("sd1", "too large: its square overflows a double");
    }
    if (!std::isfinite(control.sd * control.sd) || !std::isfinite(sum2)) {
        return makeError("sd2", "too large: its square overflows a double");
    }
    if (!std::isfinite(sum1 + sum2)) {
        return makeError("sd1", "too large: the pooled variance overflows a double");
    }
    const double pooled = std::sqrt((sum1 + sum2) / m);
    if (!(pooled > 0.0)) {
        return makeError("sd1", "the pooled standard deviation is 0: no standardized "
                                "difference exists");
    }
    SmdResult r;
    r.pooledSd = pooled;
    r.meanDifference = treatment.mean - control.mean;
    r.d = r.meanDifference / pooled;
    r.dVariance = 1.0 / n1 + 1.0 / n2 + r.d * r.d / (2.0 * (n1 + n2));
    r.correction = correctionFactor(m);
    r.g = r.correction * r.d;
    r.variance = 1.0 / n1 + 1.0 / n2 + r.g * r.g / (2.0 * (n1 + n2));
    r.se = std::sqrt(r.variance);
    r.level = level;
    const double z = criticalZ(level);
    r.ciLow = r.g - z * r.se;
    r.ciHigh = r.g + z * r.se;
    r.meanDifferenceVariance = treatment.sd * treatment.sd / n1 + control.sd * control.sd / n2;
    const double mdSe = std::sqrt(r.meanDifferenceVariance);
    r.meanDifferenceCiLow = r.meanDifference - z * mdSe;
    r.meanDifferenceCiHigh = r.meanDifference + z * mdSe;
    r.formula = "g = c(m) * (m1 - m2) / s_pooled, c(m) = Gamma(m/2) / (sqrt(m/2) * "
                "Gamma((m-1)/2)), m = n1 + n2 - 2; var(g) = 1/n1 + 1/n2 + g^2 / (2 (n1 + n2)) "
                "(metafor escalc SMD); CI = g -/+ z * se";
    if (!std::isfinite(r.meanDifferenceVariance) || !std::isfinite(r.meanDifferenceCiLow) ||
        !std::isfinite(r.meanDifferenceCiHigh)) {
        return makeError("sd1", "too large: the variance of the mean difference overflows a "
                                "double");
    }
    if (!std::isfinite(r.g) || !std::isfinite(r.variance) || !std::isfinite(r.ciLow) ||
        !std::isfinite(r.ciHigh)) {
        return makeError("m1", "the numbers are too large to give a finite result");
    }
    return r;
}

Result<SmdResult> standardizedMeanDifference(double m1, double sd1, double m2, double sd2,
                                             const AssumedArmSizes &arms, double level)
{
    auto result = standardizedMeanDifference(ArmSummary{m1, sd1, arms.n1},
                                             ArmSummary{m2, sd2, arms.n2}, level);
    if (result) {
        result.value().armSizesAssumed = true;
        result.value().assumption = arms.note;
    }
    return result;
}

Result<TwoByTwoEffect> logRiskRatio(const TwoByTwo &table, double level)
{
    if (auto error = checkLevel(level)) {
        return *error;
    }
    auto cells = prepare(table);
    if (!cells) {
        return cells.error();
    }
    const auto [a, b, c, d, corrected] = *cells;
    const double n1 = a + b;
    const double n2 = c + d;
    return finish(std::log(a / n1) - std::log(c / n2), 1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2,
                  level, corrected,
                  "ln RR = ln(a/n1) - ln(c/n2); var = 1/a - 1/n1 + 1/c - 1/n2 (metafor escalc RR)");
}

Result<TwoByTwoEffect> logOddsRatio(const TwoByTwo &table, double level)
{
    if (auto error = checkLevel(level)) {
        return *error;
    }
    auto cells = prepare(table);
    if (!cells) {
        return cells.error();
    }
    const auto [a, b, c, d, corrected] = *cells;
    const double p1 = a / (a + b);
    const double p2 = c / (c + d);
    return finish(std::log(p1 / (1.0 - p1)) - std::log(p2 / (1.0 - p2)),
                  1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d, level, corrected,
                  "ln OR = ln(a d / (b c)); var = 1/a + 1/b + 1/c + 1/d (metafor escalc OR)");
}

Result<TwoByTwoEffect> riskDifference(const TwoByTwo &table, double level)
{
    if (auto error = checkLevel(level)) {
        return *error;
    }
    auto cells = prepare(table);
    if (!cells) {
        return cells.error();
    }
    const auto [a, b, c, d, corrected] = *cells;
    const double n1 = a + b;
    const double n2 = c + d;
    const double p1 = a / n1;
    const double p2 = c / n2;
    return finish(p1 - p2, p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2, level, corrected,
                  "RD = a/n1 - c/n2; var = p1 (1 - p1)/n1 + p2 (1 - p2)/n2 (metafor escalc RD, "
                  "vtype LS)");
}

} // namespace eb::stats

#include "stats/intervals.h"

#include "stats/distributions.h"

#include <cmath>

namespace eb::stats {

double criticalZ(double level)
{
    return boost::math::quantile(boost::math::complement(detail::Normal(), (1.0 - level) / 2.0));
}

Result<IntervalFromP> ciFromEstimateAndP(Metric metric, double estimate, double p, double level)
{
    if (!std::isfinite(estimate)) {
        return makeError("estimate", "not a finite number");
    }
    if (!std::isfinite(p) || p <= 0.0 || p >= 1.0) {
        return makeError("p", "the p value must lie strictly between 0 and 1");
    }
    if (!std::isfinite(level) || level <= 0.0 || level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    const bool ratio = isRatio(metric);
    if (ratio && estimate <= 0.0) {
        return makeError("estimate", "a ratio must be greater than 0");
    }
    if (metric == Metric::MannWhitney && (estimate <= 0.0 || estimate >= 1.0)) {
        return makeError("estimate", "MW must lie strictly between 0 and 1");
    }
    const double null = noEffectValue(metric).value_or(0.0);
    // The test statistic measures the distance from no effect (0 on the working scale).
    const double working = ratio ? std::log(estimate) : estimate - null;
    if (working == 0.0) {
        return makeError("estimate", "the estimate equals no effect: a p value gives no "
                                     "standard error");
    }
    const double zp = boost::math::quantile(boost::math::complement(detail::Normal(), p / 2.0));
    IntervalFromP out;
    out.se = std::abs(working) / zp;
    const double z = criticalZ(level);
    const double low = working - z * out.se;
    const double high = working + z * out.se;
    if (ratio) {
        out.ciLow = std::exp(low);
        out.ciHigh = std::exp(high);
        out.formula = "SE = |ln est| / Phi^-1(1 - p/2); CI = exp(ln est -/+ z * SE)";
    } else {
        out.ciLow = low + null;
        out.ciHigh = high + null;
        out.formula = metric == Metric::MannWhitney
                          ? "SE = |MW - 0.5| / Phi^-1(1 - p/2); CI = MW -/+ z * SE"
                          : "SE = |est| / Phi^-1(1 - p/2); CI = est -/+ z * SE";
    }
    if (!std::isfinite(out.ciLow) || !std::isfinite(out.ciHigh) || !std::isfinite(out.se)) {
        return makeError("p", "the p value is too small to give a finite interval");
    }
    if (metric == Metric::MannWhitney && (out.ciLow <= 0.0 || out.ciHigh >= 1.0)) {
        return makeError("p", "the normal-approximation interval leaves the MW scale (0, 1)");
    }
    return out;
}

Result<double> seFromCi(double low, double high, double level)
{
    if (!std::isfinite(low)) {
        return makeError("ci_low", "not a finite number");
    }
    if (!std::isfinite(high)) {
        return makeError("ci_high", "not a finite number");
    }
    if (!(low < high)) {
        return makeError("ci", "the lower limit must be below the upper limit");
    }
    if (!std::isfinite(level) || level <= 0.0 || level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    return (high - low) / (2.0 * criticalZ(level));
}

Result<double> seFromRatioCi(double low, double high, double level)
{
    if (!std::isfinite(low) || low <= 0.0) {
        return makeError("ci_low", "a ratio's limit must be a finite number > 0");
    }
    if (!std::isfinite(high) || high <= 0.0) {
        return makeError("ci_high", "a ratio's limit must be a finite number > 0");
    }
    return seFromCi(std::log(low), std::log(high), level);
}

} // namespace eb::stats

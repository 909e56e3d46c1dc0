#include "stats/nnt.h"

#include "stats/conversions.h"
#include "stats/distributions.h"

#include <cmath>
#include <cstdio>

namespace eb::stats {
namespace {

NntValue valueFromDifference(double r)
{
    if (r == 0.0) {
        return NntValue{NntValue::Kind::Infinite, 0.0};
    }
    const double magnitude = 1.0 / std::abs(r);
    if (!std::isfinite(magnitude)) {
        // A denormal difference: its reciprocal overflows. No number of patients a double can
        // hold makes one more success: as good as no difference, and never "inf".
        return NntValue{NntValue::Kind::Infinite, 0.0};
    }
    return NntValue{r > 0.0 ? NntValue::Kind::Benefit : NntValue::Kind::Harm, magnitude};
}

std::string formatNumber(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::optional<Error> checkInterval(double estimate, std::optional<double> low,
                                   std::optional<double> high, const std::string &name)
{
    if (low.has_value() != high.has_value()) {
        return makeError(low ? "ci_high" : "ci_low",
                         "give both confidence limits of " + name + " or neither");
    }
    if (!low) {
        return std::nullopt;
    }
    if (!std::isfinite(*low)) {
        return makeError("ci_low", "the lower confidence limit is not a finite number");
    }
    if (!std::isfinite(*high)) {
        return makeError("ci_high", "the upper confidence limit is not a finite number");
    }
    if (!(*low <= estimate && estimate <= *high)) {
        return makeError("ci", "the confidence interval does not contain the estimate of " + name);
    }
    return std::nullopt;
}

} // namespace

std::string NntValue::kindKey() const
{
    switch (kind) {
    case Kind::Benefit:
        return "benefit";
    case Kind::Harm:
        return "harm";
    case Kind::Infinite:
        return "infinite";
    }
    return "infinite";
}

std::string NntValue::text(int decimals) const
{
    switch (kind) {
    case Kind::Benefit:
        return "NNTB " + formatNumber(magnitude, decimals);
    case Kind::Harm:
        return "NNTH " + formatNumber(magnitude, decimals);
    case Kind::Infinite:
        return "infinite";
    }
    return "infinite";
}

std::string NntResult::ciText(int decimals) const
{
    if (!benefitEnd || !harmEnd) {
        return {};
    }
    if (!ciPassesInfinity) {
        // Both ends on the same side: list the smaller NNT first.
        const NntValue &first =
            benefitEnd->kind == NntValue::Kind::Benefit ? *benefitEnd : *harmEnd;
        const NntValue &second =
            benefitEnd->kind == NntValue::Kind::Benefit ? *harmEnd : *benefitEnd;
        return first.text(decimals) + " to " + second.text(decimals);
    }
    std::string text;
    if (!benefitEnd->isInfinite()) {
        text += benefitEnd->text(decimals) + " to ";
    }
    text += "infinity";
    if (!harmEnd->isInfinite()) {
        text += " to " + harmEnd->text(decimals);
    }
    return text;
}

Result<NntResult> nntFromDifference(double r, std::optional<double> rLow,
                                    std::optional<double> rHigh, std::string formula,
                                    std::string assumption)
{
    if (!std::isfinite(r) || r < -1.0 || r > 1.0) {
        return makeError("difference", "the difference in success probability must be a "
                                       "finite number between -1 and 1");
    }
    if (auto error = checkInterval(r, rLow, rHigh, "the difference")) {
        return *error;
    }
    NntResult result;
    result.estimate = valueFromDifference(r);
    result.formula = std::move(formula);
    result.assumption = std::move(assumption);
    if (rLow) {
        if (*rLow < -1.0 || *rHigh > 1.0) {
            return makeError("ci", "a confidence limit of the difference lies outside -1 to 1");
        }
        result.benefitEnd = valueFromDifference(*rHigh);
        result.harmEnd = valueFromDifference(*rLow);
        // The interval [rLow, rHigh] contains 0 exactly when 1/r passes through infinity.
        result.ciPassesInfinity = *rLow <= 0.0 && *rHigh >= 0.0;
    }
    return result;
}

Result<NntResult> nntFromMw(double mw, std::optional<double> ciLow, std::optional<double> ciHigh)
{
    if (auto error = validateScaleValue(Scale::MannWhitney, mw, "mw")) {
        return *error;
    }
    if (auto error = checkInterval(mw, ciLow, ciHigh, "MW")) {
        return *error;
    }
    if (ciLow) {
        if (auto error = validateScaleValue(Scale::MannWhitney, *ciLow, "ci_low")) {
            return *error;
        }
        if (auto error = validateScaleValue(Scale::MannWhitney, *ciHigh, "ci_high")) {
            return *error;
        }
    }
    auto toR = [](double p) {
        return 2.0 * p - 1.0;
    };
    std::optional<double> rLow;
    std::optional<double> rHigh;
    if (ciLow) {
        rLow = toR(*ciLow);
        rHigh = toR(*ciHigh);
    }
    return nntFromDifference(toR(mw), rLow, rHigh, "NNT = 1/(2*MW - 1) (Kraemer & Kupfer 2006)",
                             "MW is the probability that a treated patient does better than a "
                             "control patient; NNT counts patients treated for one more "
                             "treated-better-than-control pair than chance");
}

Result<NntResult> nntFromD(double d, double cer, std::optional<double> ciLow,
                           std::optional<double> ciHigh)
{
    if (!std::isfinite(d)) {
        return makeError("d", "d is not a finite number");
    }
    if (!std::isfinite(cer) || cer <= 0.0 || cer >= 1.0) {
        return makeError("cer", "the control event rate must lie strictly between 0 and 1");
    }
    if (auto error = checkInterval(d, ciLow, ciHigh, "d")) {
        return *error;
    }
    const detail::Normal standard;
    const double zCer = boost::math::quantile(standard, cer);
    auto toR = [&](double x) {
        return boost::math::cdf(standard, x + zCer) - cer;
    };
    std::optional<double> rLow;
    std::optional<double> rHigh;
    if (ciLow) {
        rLow = toR(*ciLow);
        rHigh = toR(*ciHigh);
    }
    return nntFromDifference(toR(d), rLow, rHigh,
                             "NNT = 1/(Phi(d + Phi^-1(CER)) - CER) (Furukawa 1999)",
                             "normal outcomes with equal variance; the event counted by CER is "
                             "a beneficial one (response), dichotomised at the same threshold "
                             "in both groups");
}

Result<NntResult> nntFromRiskDifference(double rd, std::optional<double> ciLow,
                                        std::optional<double> ciHigh, bool eventIsBeneficial)
{
    if (!std::isfinite(rd) || rd < -1.0 || rd > 1.0) {
        return makeError("rd", "the risk difference must be a finite number between -1 and 1");
    }
    if (auto error = checkInterval(rd, ciLow, ciHigh, "the risk difference")) {
        return *error;
    }
    const double sign = eventIsBeneficial ? 1.0 : -1.0;
    std::optional<double> rLow;
    std::optional<double> rHigh;
    if (ciLow) {
        // Flipping the sign swaps the limits.
        rLow = eventIsBeneficial ? *ciLow : -*ciHigh;
        rHigh = eventIsBeneficial ? *ciHigh : -*ciLow;
    }
    return nntFromDifference(sign * rd, rLow, rHigh,
                             eventIsBeneficial
                                 ? "NNT = 1/RD, RD = p(treatment) - p(control) (Altman 1998)"
                                 : "NNT = 1/(-RD), RD = p(treatment) - p(control) of a harmful "
                                   "event (Altman 1998)",
                             "the CI of the NNT is the reciprocal of the CI of the risk "
                             "difference; it passes through infinity when that CI contains 0");
}

} // namespace eb::stats

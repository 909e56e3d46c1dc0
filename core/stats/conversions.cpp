#include "stats/conversions.h"

#include "stats/benchmarks.h"
#include "stats/distributions.h"

#include <algorithm>
#include <array>
#include <boost/math/constants/constants.hpp>
#include <cmath>

namespace eb::stats {
namespace {

constexpr double kPi = boost::math::constants::pi<double>();
const double kSqrt2 = std::sqrt(2.0);
const double kSqrt3 = std::sqrt(3.0);

double phi(double x)
{
    return boost::math::cdf(detail::Normal(), x);
}

double phiInverse(double p)
{
    return boost::math::quantile(detail::Normal(), p);
}

struct ScaleInfo
{
    Scale scale;
    std::string_view key;
    std::string_view name;
};

constexpr std::array<ScaleInfo, 7> kScales{{
    {Scale::MannWhitney, "mw", "Mann-Whitney probability of superiority (MW)"},
    {Scale::CohensD, "d", "Cohen's d"},
    {Scale::HedgesG, "g", "Hedges' g"},
    {Scale::LogOddsRatio, "log_or", "log odds ratio"},
    {Scale::OddsRatio, "or", "odds ratio"},
    {Scale::U3, "u3", "Cohen's U3"},
    {Scale::Overlap, "ovl", "overlap of the two distributions (OVL)"},
}};

// d from a value on any scale except OVL (which does not determine the sign of d).
double toD(Scale scale, double value)
{
    switch (scale) {
    case Scale::MannWhitney:
        return dFromMw(value);
    case Scale::CohensD:
    case Scale::HedgesG:
        return value;
    case Scale::LogOddsRatio:
        return dFromLogOr(value);
    case Scale::OddsRatio:
        return dFromLogOr(std::log(value));
    case Scale::U3:
        return dFromU3(value);
    case Scale::Overlap:
        break;
    }
    return value;
}

std::string toDFormula(Scale scale)
{
    switch (scale) {
    case Scale::MannWhitney:
        return "d = sqrt(2) * Phi^-1(MW)";
    case Scale::CohensD:
        return "d as given";
    case Scale::HedgesG:
        return "d = g (g treated as d)";
    case Scale::LogOddsRatio: // the same formula on the log scale
    case Scale::OddsRatio:
        return "d = ln(OR) * sqrt(3) / pi";
    case Scale::U3:
        return "d = Phi^-1(U3)";
    case Scale::Overlap:
        break;
    }
    return {};
}

ConvertedValue fromD(Scale target, double d, std::optional<double> dLow,
                     std::optional<double> dHigh, const std::string &viaD)
{
    ConvertedValue row;
    row.scale = target;
    auto apply = [&](double x) {
        switch (target) {
        case Scale::MannWhitney:
            return mwFromD(x);
        case Scale::CohensD:
        case Scale::HedgesG:
            return x;
        case Scale::LogOddsRatio:
            return logOrFromD(x);
        case Scale::OddsRatio:
            return std::exp(logOrFromD(x));
        case Scale::U3:
            return u3FromD(x);
        case Scale::Overlap:
            return ovlFromD(x);
        }
        return x;
    };
    row.estimate = apply(d);
    if (dLow && dHigh) {
        if (target == Scale::Overlap) {
            // OVL falls as |d| grows: its largest value is at the d nearest 0.
            const double a = ovlFromD(*dLow);
            const double b = ovlFromD(*dHigh);
            row.ciLow = std::min(a, b);
            row.ciHigh = (*dLow <= 0.0 && *dHigh >= 0.0) ? 1.0 : std::max(a, b);
        } else {
            row.ciLow = apply(*dLow);
            row.ciHigh = apply(*dHigh);
        }
    }
    switch (target) {
    case Scale::MannWhitney:
        row.formula = "MW = Phi(d / sqrt(2))";
        break;
    case Scale::CohensD:
    case Scale::HedgesG:
        row.formula = viaD;
        return row;
    case Scale::LogOddsRatio:
        row.formula = "ln(OR) = d * pi / sqrt(3)";
        break;
    case Scale::OddsRatio:
        row.formula = "OR = exp(d * pi / sqrt(3))";
        break;
    case Scale::U3:
        row.formula = "U3 = Phi(d)";
        break;
    case Scale::Overlap:
        row.formula = "OVL = 2 * Phi(-|d| / 2)";
        break;
    }
    if (viaD != "d as given") {
        row.formula += ", with " + viaD;
    }
    return row;
}

} // namespace

std::string_view scaleKey(Scale scale)
{
    for (const ScaleInfo &info : kScales) {
        if (info.scale == scale) {
            return info.key;
        }
    }
    return {};
}

std::string_view scaleName(Scale scale)
{
    for (const ScaleInfo &info : kScales) {
        if (info.scale == scale) {
            return info.name;
        }
    }
    return {};
}

std::optional<Scale> scaleFromKey(std::string_view key)
{
    if (key == "logor") {
        return Scale::LogOddsRatio;
    }
    for (const ScaleInfo &info : kScales) {
        if (info.key == key) {
            return info.scale;
        }
    }
    return std::nullopt;
}

double mwFromD(double d)
{
    return phi(d / kSqrt2);
}

double dFromMw(double mw)
{
    return kSqrt2 * phiInverse(mw);
}

double logOrFromD(double d)
{
    return d * kPi / kSqrt3;
}

double dFromLogOr(double logOr)
{
    return logOr * kSqrt3 / kPi;
}

double u3FromD(double d)
{
    return phi(d);
}

double ovlFromD(double d)
{
    return 2.0 * phi(-std::abs(d) / 2.0);
}

double dFromU3(double u3)
{
    return phiInverse(u3);
}

double absDFromOvl(double ovl)
{
    return -2.0 * phiInverse(ovl / 2.0);
}

std::optional<Error> validateScaleValue(Scale scale, double value, const std::string &field)
{
    if (!std::isfinite(value)) {
        return makeError(field, "not a finite number");
    }
    switch (scale) {
    case Scale::MannWhitney:
        if (value <= 0.0 || value >= 1.0) {
            return makeError(field, "MW must lie strictly between 0 and 1");
        }
        break;
    case Scale::U3:
        if (value <= 0.0 || value >= 1.0) {
            return makeError(field, "U3 must lie strictly between 0 and 1");
        }
        break;
    case Scale::Overlap:
        if (value <= 0.0 || value > 1.0) {
            return makeError(field, "OVL must lie in (0, 1]");
        }
        break;
    case Scale::OddsRatio:
        if (value <= 0.0) {
            return makeError(field, "an odds ratio must be greater than 0");
        }
        break;
    case Scale::CohensD:
    case Scale::HedgesG:
    case Scale::LogOddsRatio:
        break;
    }
    return std::nullopt;
}

bool representable(Scale scale, double value)
{
    return std::isfinite(value) && !(scale == Scale::OddsRatio && value <= 0.0);
}

std::string_view conversionAssumption()
{
    return "Assumes normally distributed outcomes with equal variance in both groups (the "
           "binormal equal-variance model); the odds ratio uses the logistic approximation "
           "(logit method). Values other than the input are derived, not reported.";
}

const ConvertedValue *ConversionReport::find(Scale scale) const
{
    for (const ConvertedValue &row : values) {
        if (row.scale == scale) {
            return &row;
        }
    }
    return nullptr;
}

Result<ConversionReport> convertEffect(const EffectInput &input)
{
    if (input.from == Scale::Overlap) {
        return makeError("from", "OVL does not tell which group is better; convert from MW, d, "
                                 "g, OR or log OR");
    }
    const std::string key(scaleKey(input.from));
    if (auto error = validateScaleValue(input.from, input.value, "value")) {
        return *error;
    }
    if (input.ciLow.has_value() != input.ciHigh.has_value()) {
        return makeError(input.ciLow ? "ci_high" : "ci_low",
                         "give both confidence limits or neither");
    }
    if (input.ciLow) {
        if (auto error = validateScaleValue(input.from, *input.ciLow, "ci_low")) {
            return *error;
        }
        if (auto error = validateScaleValue(input.from, *input.ciHigh, "ci_high")) {
            return *error;
        }
        if (!(*input.ciLow <= input.value && input.value <= *input.ciHigh)) {
            return makeError("ci", "the confidence interval does not contain the estimate");
        }
    }
    if (input.cer && (!std::isfinite(*input.cer) || *input.cer <= 0.0 || *input.cer >= 1.0)) {
        return makeError("cer", "the control event rate must lie strictly between 0 and 1");
    }

    const double d = toD(input.from, input.value);
    std::optional<double> dLow;
    std::optional<double> dHigh;
    if (input.ciLow) {
        dLow = toD(input.from, *input.ciLow);
        dHigh = toD(input.from, *input.ciHigh);
    }
    if (!std::isfinite(d) || (dLow && (!std::isfinite(*dLow) || !std::isfinite(*dHigh)))) {
        return makeError("value", "too close to the end of its scale to convert");
    }

    ConversionReport report;
    report.input = input;
    report.assumption = std::string(conversionAssumption());
    const std::string viaD = toDFormula(input.from);
    if (input.from == Scale::HedgesG) {
        ConvertedValue given;
        given.scale = Scale::HedgesG;
        given.estimate = input.value;
        given.ciLow = input.ciLow;
        given.ciHigh = input.ciHigh;
        given.formula = "as given";
        given.derived = false;
        report.values.push_back(given);
    }
    for (Scale target : {Scale::MannWhitney, Scale::CohensD, Scale::LogOddsRatio, Scale::OddsRatio,
                         Scale::U3, Scale::Overlap}) {
        ConvertedValue row = fromD(target, d, dLow, dHigh, viaD);
        if (target == input.from) {
            // The input row shows exactly what was given, not a round trip through d.
            row.estimate = input.value;
            row.ciLow = input.ciLow;
            row.ciHigh = input.ciHigh;
            row.formula = "as given";
            row.derived = false;
        }
        row.outOfRange = !representable(row.scale, row.estimate) ||
                         (row.ciLow && !representable(row.scale, *row.ciLow)) ||
                         (row.ciHigh && !representable(row.scale, *row.ciHigh));
        report.values.push_back(row);
    }

    // Kraemer's NNT works from MW; take it from the input itself when the input is MW.
    // MW rounds to 1 for very large d, where Kraemer's NNT is 1 (every pair favours treatment).
    auto mwOf = [&](double dValue, std::optional<double> given) {
        return std::clamp(given.value_or(mwFromD(dValue)), 1e-300, 1.0 - 1e-16);
    };
    const bool fromMw = input.from == Scale::MannWhitney;
    const double mwEstimate = mwOf(d, fromMw ? std::optional<double>(input.value) : std::nullopt);
    std::optional<double> mwLow;
    std::optional<double> mwHigh;
    if (dLow && dHigh) {
        mwLow = mwOf(*dLow, fromMw ? input.ciLow : std::nullopt);
        mwHigh = mwOf(*dHigh, fromMw ? input.ciHigh : std::nullopt);
    }
    auto nnt = nntFromMw(mwEstimate, mwLow, mwHigh);
    if (!nnt) {
        return nnt.error();
    }
    report.nntKraemer = *nnt;
    if (input.cer) {
        auto furukawa = nntFromD(d, *input.cer, dLow, dHigh);
        if (!furukawa) {
            return furukawa.error();
        }
        report.nntFurukawa = *furukawa;
    }
    report.mwBand = benchmarkBand(mwEstimate);
    report.dBand = cohensDBand(d);
    return report;
}

std::optional<Scale> scaleForMetric(Metric metric)
{
    switch (metric) {
    case Metric::MannWhitney:
        return Scale::MannWhitney;
    case Metric::CohensD:
    case Metric::Smd:
        return Scale::CohensD;
    case Metric::HedgesG:
        return Scale::HedgesG;
    case Metric::OddsRatio:
        return Scale::OddsRatio;
    case Metric::LogOddsRatio:
        return Scale::LogOddsRatio;
    case Metric::RiskRatio:
    case Metric::LogRiskRatio:
    case Metric::RiskDifference:
    case Metric::MeanDifference:
    case Metric::MeanChangeDifference:
    case Metric::Nnt:
    case Metric::None:
        break;
    }
    return std::nullopt;
}

Result<ConversionReport> equivalentsForResult(Metric metric, double estimate,
                                              std::optional<double> ciLow,
                                              std::optional<double> ciHigh)
{
    const std::optional<Scale> scale = scaleForMetric(metric);
    if (!scale) {
        return makeError("metric", "no conversion to MW, d or OR exists for metric '" +
                                       std::string(metricKey(metric)) + "'");
    }
    EffectInput input;
    input.from = *scale;
    input.value = estimate;
    input.ciLow = ciLow;
    input.ciHigh = ciHigh;
    return convertEffect(input);
}

} // namespace eb::stats

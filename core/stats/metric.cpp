#include "stats/metric.h"

#include <array>
#include <utility>

namespace eb::stats {
namespace {

constexpr std::array<std::pair<Metric, std::string_view>, 13> kKeys{{
    {Metric::MannWhitney, "mw"},
    {Metric::CohensD, "d"},
    {Metric::HedgesG, "g"},
    {Metric::Smd, "smd"},
    {Metric::OddsRatio, "or"},
    {Metric::LogOddsRatio, "log_or"},
    {Metric::RiskRatio, "rr"},
    {Metric::LogRiskRatio, "log_rr"},
    {Metric::RiskDifference, "rd"},
    {Metric::MeanDifference, "md"},
    {Metric::MeanChangeDifference, "mean_change_difference"},
    {Metric::Nnt, "nnt"},
    {Metric::None, "none"},
}};

} // namespace

std::string_view metricKey(Metric metric)
{
    for (const auto &[m, key] : kKeys) {
        if (m == metric) {
            return key;
        }
    }
    return "none";
}

std::optional<Metric> metricFromKey(std::string_view key)
{
    for (const auto &[m, k] : kKeys) {
        if (k == key) {
            return m;
        }
    }
    return std::nullopt;
}

std::optional<double> noEffectValue(Metric metric)
{
    switch (metric) {
    case Metric::MannWhitney:
        return 0.5;
    case Metric::OddsRatio:
    case Metric::RiskRatio:
        return 1.0;
    case Metric::CohensD:
    case Metric::HedgesG:
    case Metric::Smd:
    case Metric::LogOddsRatio:
    case Metric::LogRiskRatio:
    case Metric::RiskDifference:
    case Metric::MeanDifference:
    case Metric::MeanChangeDifference:
        return 0.0;
    case Metric::Nnt:
    case Metric::None:
        return std::nullopt;
    }
    return std::nullopt;
}

bool isRatio(Metric metric)
{
    return metric == Metric::OddsRatio || metric == Metric::RiskRatio;
}

} // namespace eb::stats

#pragma once

#include <optional>
#include <string_view>

namespace eb::stats {

// The effect-size metrics a result can be reported in. The string keys are the ones the
// catalogue stores in result.metric; keep the two lists in step.
enum class Metric
{
    MannWhitney,          // "mw": probability of superiority, no effect = 0.5
    CohensD,              // "d"
    HedgesG,              // "g"
    Smd,                  // "smd": a standardized mean difference of unstated kind
    OddsRatio,            // "or"
    LogOddsRatio,         // "log_or"
    RiskRatio,            // "rr"
    LogRiskRatio,         // "log_rr"
    RiskDifference,       // "rd"
    MeanDifference,       // "md"
    MeanChangeDifference, // "mean_change_difference"
    Nnt,                  // "nnt"
    None,                 // "none": a direction and p value only
};

std::string_view metricKey(Metric metric);
std::optional<Metric> metricFromKey(std::string_view key);

// The value that means "no difference between arms" on the metric's own scale, or nothing
// for metrics that have none (NNT is infinite at no effect; "none" has no scale).
std::optional<double> noEffectValue(Metric metric);

// Ratios are drawn on a log axis and pooled on the log scale.
bool isRatio(Metric metric);

} // namespace eb::stats

#pragma once

#include "stats/metric.h"
#include "stats/result.h"

#include <string>

// Confidence intervals and standard errors recovered from what papers report.
namespace eb::stats {

// z = Phi^-1(1 - (1 - level)/2), e.g. 1.959964 for level 0.95. level in (0, 1).
double criticalZ(double level);

struct IntervalFromP
{
    double se = 0.0;    // on the working scale (log scale for ratios)
    double ciLow = 0.0; // on the metric's own scale (back-transformed for ratios)
    double ciHigh = 0.0;
    std::string formula;
};

// A CI from an estimate and its two-sided p value, normal approximation (Altman & Bland,
// BMJ 2011;343:d2090): z = Phi^-1(1 - p/2), SE = |est| / z, CI = est -/+ z_level * SE.
// Ratios (OR, RR) are worked on the log scale; every other metric on its own scale. Refused:
// p outside (0, 1), an estimate at no effect (no information in p), non-finite input, a ratio
// <= 0, an MW or resulting MW limit outside (0, 1).
Result<IntervalFromP> ciFromEstimateAndP(Metric metric, double estimate, double p,
                                         double level = 0.95);

// SE = (high - low) / (2 z_level), on the scale where the CI is symmetric: for ratios pass
// log limits (or use seFromRatioCi).
Result<double> seFromCi(double low, double high, double level = 0.95);
Result<double> seFromRatioCi(double low, double high, double level = 0.95);

} // namespace eb::stats

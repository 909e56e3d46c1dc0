#pragma once

#include "stats/metric.h"

#include <QString>

namespace eb::evidence {

// The name of a metric as an axis title or legend shows it ("Mann-Whitney effect size (MW)").
QString metricAxisTitle(eb::stats::Metric metric);
// The short name ("MW", "d", "OR").
QString metricShortName(eb::stats::Metric metric);

} // namespace eb::evidence

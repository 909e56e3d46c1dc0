#pragma once

// The effect-size distribution chart's data: two normal distributions for one value.

#include "evidence/distributionspec.h"
#include "stats/metric.h"

#include <QString>
#include <optional>

namespace eb::evidence {

// The distribution chart for a value on MW, d (or g) or OR scale: every number from
// eb::stats::convertEffect. Returns nothing with *error set for a value out of range.
std::optional<DistributionSpec> distributionFor(eb::stats::Metric metric, double value,
                                                QString *error);

} // namespace eb::evidence

#pragma once

// The effect-size distribution chart's data: two normal distributions for one value.

#include "evidence/distributionspec.h"
#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {
struct ResultRecord;
}

namespace eb::evidence {

// The distribution chart for a value on MW, d (or g) or OR scale: every number from
// eb::stats::convertEffect. Returns nothing with *error set for a value out of range.
// `printedDecimals`: how the source printed a reported value (MW 0.576), so that the value
// given reads as printed; this program's numbers keep the chart's two decimals.
std::optional<DistributionSpec> distributionFor(eb::stats::Metric metric, double value,
                                                QString *error,
                                                std::optional<int> printedDecimals = {});

// Says where the chart's NNT comes from when it is drawn for a catalogue result: computed by
// this program from an ensemble (Wei-Lachin) MW, it is no single outcome scale's NNT ("NNT
// from an ensemble MW"); and an NNT the study's sources report for another outcome is named
// beside it (CARS ARAT MW 0.62: the reported NNT 7.1 belongs to early NIHSS). `related`: the
// study's other results.
void describeNnt(DistributionSpec &spec, const eb::catalogue::ResultRecord &shown,
                 const QList<eb::catalogue::ResultRecord> &related);

} // namespace eb::evidence

#pragma once

// Pooling the rows of a forest plot: the pooled row, each row's weight and the note that says
// how (every number from eb::stats::pool).

#include "evidence/forestspec.h"
#include "stats/metaanalysis.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::evidence {

// Pools the rows that have a CI (eb::stats::pool), on the scale where the metric is pooled
// (d for MW, log for ratios, the metric itself otherwise), and writes the pooled summary and
// each row's weight into spec. Rows excluded from pooling (a second source of one result) are
// left out. variances, when given, are the rows' sampling variances on the display scale (a
// CSV's vi). Returns false with *error set when pooling is refused.
bool addPooledResult(ForestSpec &spec, eb::stats::PoolMethod method, QString *error,
                     const QList<std::optional<double>> &variances = {});

} // namespace eb::evidence

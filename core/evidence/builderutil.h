#pragma once

// Small helpers shared by the evidence layer's builders (forestdata, pooledrows,
// timecoursedata, distributiondata); not part of the layer's interface.

#include "model/vocabulary.h"
#include "stats/metric.h"

#include <QCoreApplication>
#include <QString>
#include <cmath>
#include <optional>
#include <string>

namespace eb::evidence::detail {

// The builders' translation context.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("eb::charts::forestdata", text, disambiguation, n);
}

// A message or formula from eb::stats (std::string) as Qt text.
inline QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

inline bool finite(const std::optional<double> &v)
{
    return v.has_value() && std::isfinite(*v);
}

// The metric's key ("mw"), as the catalogue stores it.
inline QString key(eb::stats::Metric metric)
{
    return eb::catalogue::vocabulary::metricKey(metric);
}

} // namespace eb::evidence::detail

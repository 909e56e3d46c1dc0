#pragma once

#include "stats/metric.h"

#include <QString>

namespace eb::exporting {

// A result's metric key as text ("mw", "d"), whether the record holds it as its database key
// or as an eb::stats::Metric.
inline QString metricText(const QString &key)
{
    return key;
}
inline QString metricText(eb::stats::Metric metric)
{
    const std::string_view key = eb::stats::metricKey(metric);
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

} // namespace eb::exporting

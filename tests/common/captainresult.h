#pragma once

// One hand-made result record for the panel tests of tests/evidence and tests/charts: a CAPTAIN
// II ensemble result at day 90 on `metric`, reported by Muresanu 2020. Header-only, so each
// test binary takes it without another library.
#include "model/records.h"
#include "stats/metric.h"

#include <optional>

namespace eb::testing {

inline catalogue::ResultRecord captainResult(qint64 id, const char *metric,
                                             std::optional<double> estimate,
                                             std::optional<double> lo, std::optional<double> hi)
{
    catalogue::ResultRecord r;
    r.id = id;
    r.studySlug = QStringLiteral("captain-ii");
    r.studyName = QStringLiteral("CAPTAIN II");
    r.outcomeSlug = QStringLiteral("captain-ensemble");
    r.outcomeName = QStringLiteral("CAPTAIN ensemble");
    r.outcomeDirection = QStringLiteral("higher_better");
    r.timepoint = QStringLiteral("day 90");
    r.timepointDays = 90;
    r.metric = stats::metricFromKey(metric).value_or(stats::Metric::None);
    r.estimate = estimate;
    r.ciLow = lo;
    r.ciHigh = hi;
    r.higherFavours = QStringLiteral("treatment");
    r.sourceShortLabel = QStringLiteral("Muresanu 2020 (CAPTAIN II)");
    r.origin = QStringLiteral("reported");
    return r;
}

} // namespace eb::testing

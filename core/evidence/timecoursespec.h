#pragma once

#include "evidence/format.h"
#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::evidence {

// One effect at one timepoint of one outcome.
struct TimeCoursePoint
{
    QString series;    // the outcome ("NIHSS")
    QString timepoint; // "day 90"
    double days = 0;   // orders the timepoints
    std::optional<double> estimate;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    bool derived = false;
    QString note;              // tooltip
    PrintedDecimals printed{}; // as the source printed them; empty for converted values
};

struct TimeCourseSpec
{
    QString title;
    eb::stats::Metric metric = eb::stats::Metric::MannWhitney;
    QString axisTitle; // empty: the metric's name
    QList<TimeCoursePoint> points;
    QString footnote;
    double fontScale = 1.0;
};

} // namespace eb::evidence

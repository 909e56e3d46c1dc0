#pragma once

#include "evidence/distributionspec.h"
#include "lecture/effectlab.h"

#include <QString>
#include <utility>

// The lab's state as a distribution chart: in the lab window (values only) and on a slide,
// where the chart carries what the lab teaches (the benchmark in words, MW and U3 sentences,
// the interval, both NNTs with their assumptions and the control rate). Every number is the
// state's own text, so screen, PDF and lab window read the same.
namespace eb::lecture {

enum class LabFigureText
{
    Values,   // the values box and what was given (the lab window shows the sentences beside)
    Teaching, // also the sentences under the legend (a slide has nothing beside it)
};

// The distribution chart of a state (ok states only).
evidence::DistributionSpec labDistribution(const LabState &state, const QString &title,
                                           double fontScale,
                                           LabFigureText text = LabFigureText::Values);

// One x-axis for a lab chart and what it is compared with, wide enough for every value the
// live slider of `sliderMetric` can reach, so that a drag never rescales it.
std::pair<double, double> labAxisRange(const LabState &state, const LabState *compare,
                                       LabMetric sliderMetric);

} // namespace eb::lecture

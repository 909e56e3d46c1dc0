#pragma once

#include "charts/chartview.h"
#include "evidence/distributionspec.h"
#include "evidence/forestspec.h"

namespace eb::charts {

class DistributionChart;
class ForestPlot;

// The forest plot as a widget for the main window: scrolls when the rows do not fit, shows
// each row's numbers and provenance as a tooltip.
class ForestPlotView : public ChartView
{
    Q_OBJECT

public:
    explicit ForestPlotView(QWidget *parent = nullptr);
    void setSpec(evidence::ForestSpec spec);
    ForestPlot *forestPlot() const;
};

// The effect-size distribution chart as a widget; fills the space it is given.
class DistributionView : public ChartView
{
    Q_OBJECT

public:
    explicit DistributionView(QWidget *parent = nullptr);
    void setSpec(evidence::DistributionSpec spec);
    DistributionChart *distributionChart() const;
};

} // namespace eb::charts

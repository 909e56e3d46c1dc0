#include "charts/forestplotview.h"

#include "charts/distributionchart.h"
#include "charts/forestplot.h"

namespace eb::charts {

using eb::evidence::DistributionSpec;
using eb::evidence::ForestSpec;

ForestPlotView::ForestPlotView(QWidget *parent) : ChartView(parent)
{
    setFillsView(false);
}

void ForestPlotView::setSpec(ForestSpec spec)
{
    setFigure(std::make_unique<ForestPlot>(std::move(spec)));
}

ForestPlot *ForestPlotView::forestPlot() const
{
    return static_cast<ForestPlot *>(figure());
}

DistributionView::DistributionView(QWidget *parent) : ChartView(parent)
{
    setFillsView(true);
}

void DistributionView::setSpec(DistributionSpec spec)
{
    setFigure(std::make_unique<DistributionChart>(std::move(spec)));
}

DistributionChart *DistributionView::distributionChart() const
{
    return static_cast<DistributionChart *>(figure());
}

} // namespace eb::charts

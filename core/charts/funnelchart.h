#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "evidence/funnelspec.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace eb::charts {

// The funnel plot of small-study effects: effect on the horizontal axis, standard error on the
// vertical axis with 0 at the top (as metafor's funnel()), a vertical line at the pooled
// estimate with its pseudo confidence region, optional significance contours around 0 shaded
// in greys, studies as filled dots and imputed (trim and fill) studies as hollow ones.
class FunnelChart : public ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::charts::FunnelChart)

public:
    explicit FunnelChart(evidence::FunnelSpec spec);
    ~FunnelChart() override;

    const evidence::FunnelSpec &spec() const { return m_spec; }
    QSizeF naturalSize(double width) const override;

    // Geometry for tests: scene position of (effect, se); the plot area.
    QPointF valuePosition(double effect, double se) const;
    QRectF plotArea() const;
    QScatterSeries *studies() const { return m_studies; }
    QScatterSeries *filled() const { return m_filled; }
    double axisLow() const { return m_xLow; }
    double axisHigh() const { return m_xHigh; }
    double seMax() const { return m_seMax; }

protected:
    void layoutItems(const QSizeF &size) override;

private:
    QList<struct LegendEntry> legendEntries() const;
    double bottomBlockHeight(double width) const;
    QStringList footnotes() const;

    evidence::FunnelSpec m_spec;
    ChartFonts m_fonts;
    double m_xLow = -1;
    double m_xHigh = 1;
    double m_seMax = 1;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QScatterSeries *m_studies = nullptr;
    QScatterSeries *m_filled = nullptr;
    QLineSeries *m_anchor = nullptr;
};

} // namespace eb::charts

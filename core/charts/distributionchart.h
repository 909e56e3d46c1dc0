#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "evidence/distributionspec.h"

#include <QCoreApplication>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace eb::charts {

// Two normal curves (control at 0, treatment at d), their overlap shaded, the control mean
// and the part of the treatment group above it (U3) marked, and MW, d, U3, OVL and NNT
// written on the chart.
class DistributionChart : public ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::charts::DistributionChart)

public:
    explicit DistributionChart(evidence::DistributionSpec spec);
    ~DistributionChart() override;

    const evidence::DistributionSpec &spec() const { return m_spec; }
    QSizeF naturalSize(double width) const override;
    double minimumHeight(double width) const override;
    double minimumWidth() const override;
    QString toolTipAt(const QPointF &scenePos) const override;

    // Geometry for tests.
    QRectF plotArea() const;
    QPointF valuePosition(double x, double density) const;
    QGraphicsLineItem *controlMeanLine() const { return m_controlMean; }
    QGraphicsLineItem *treatmentMeanLine() const { return m_treatmentMean; }
    QAreaSeries *overlapSeries() const { return m_overlap; }
    // The values box: one line per statistic ("MW = 0.62", ...).
    QStringList valueLines() const;

protected:
    void layoutItems(const QSizeF &size) override;

private:
    void positionMarks();
    double bottomBlockHeight(double width) const;
    // The teaching sentences, then what was given and assumed: one paragraph each.
    QStringList noteParagraphs() const;
    QList<struct LegendEntry> legendEntries() const;

    evidence::DistributionSpec m_spec;
    // Where the treatment curve is drawn: m_spec.d limited to the drawable range. Every label
    // shows m_spec.d itself.
    double m_drawnD = 0;
    ChartFonts m_fonts;
    double m_xLow = -4;
    double m_xHigh = 4;
    double m_yHigh = 0.45;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLineSeries *m_controlCurve = nullptr;
    QLineSeries *m_treatmentCurve = nullptr;
    QAreaSeries *m_overlap = nullptr;
    QAreaSeries *m_u3Area = nullptr;
    QGraphicsLineItem *m_controlMean = nullptr;
    QGraphicsLineItem *m_treatmentMean = nullptr;
    bool m_laidOut = false;
};

} // namespace eb::charts

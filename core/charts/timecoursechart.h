#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "evidence/timecoursespec.h"

#include <QCoreApplication>
#include <vector>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace eb::charts {

// Effect and CI by timepoint, one colour per outcome, filled markers for reported values and
// hollow ones for derived values. As in the forest plot, the whiskers of all points are one
// path item and the markers two more; the QChart provides axes and the value mapping.
class TimeCourseChart : public ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::charts::TimeCourseChart)

public:
    explicit TimeCourseChart(evidence::TimeCourseSpec spec);
    ~TimeCourseChart() override;

    const evidence::TimeCourseSpec &spec() const { return m_spec; }
    QSizeF naturalSize(double width) const override;
    QString toolTipAt(const QPointF &scenePos) const override;

    QStringList timepoints() const { return m_timepoints; } // left to right
    QStringList series() const { return m_series; }
    QPointF pointPosition(int point) const; // scene position of a point's estimate
    QRectF plotArea() const;
    QGraphicsPathItem *whiskers() const { return m_whiskers; }

protected:
    void layoutItems(const QSizeF &size) override;

private:
    void positionMarks();
    double xOf(int point) const;
    QList<struct LegendEntry> legendEntries() const;

    evidence::TimeCourseSpec m_spec;
    ChartFonts m_fonts;
    QStringList m_timepoints;
    QStringList m_series;
    QAbstractAxis *m_axisY = nullptr;
    QCategoryAxis *m_axisX = nullptr;
    QLineSeries *m_anchor = nullptr;
    QList<QLineSeries *> m_lines; // one per series, joining its points
    QGraphicsPathItem *m_whiskers = nullptr;
    QList<QGraphicsPathItem *> m_reported; // per series
    QList<QGraphicsPathItem *> m_derived;
    QGraphicsLineItem *m_noEffect = nullptr;
    std::vector<QRectF> m_markerRects;
    bool m_laidOut = false;
};

} // namespace eb::charts

#include "charts/chartfigure.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <algorithm>

namespace eb::charts {

ChartFigure::ChartFigure() : m_chart(new QChart)
{
    // Exports paint every item anyway, and a BSP index over tens of thousands of label items
    // costs more to build than it saves; ChartView switches indexing on for scrolling.
    m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->hide(); // each chart draws its own legend, laid out with the rest
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_scene.addItem(m_chart);
    m_scene.setBackgroundBrush(Qt::white);
}

ChartFigure::~ChartFigure() = default;

void ChartFigure::resize(const QSizeF &size)
{
    m_size = size;
    m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
    m_chart->setGeometry(QRectF(QPointF(0, 0), size));
    layoutItems(size);
}

void ChartFigure::setPlotArea(const QRectF &plot)
{
    if (m_chart->plotArea() != plot) {
        m_chart->setPlotArea(plot);
    }
    // With a fixed plot area Qt Charts only moves the axes on its next layout pass; force it
    // (without this an axis can keep the geometry of the automatic layout).
    m_chart->layout()->invalidate();
    m_chart->layout()->activate();
}

QString ChartFigure::toolTipAt(const QPointF &) const
{
    return {};
}

QList<QGraphicsSimpleTextItem *> ChartFigure::textItems() const
{
    QList<QGraphicsSimpleTextItem *> items;
    if (m_textLayer == nullptr) {
        return items;
    }
    for (QGraphicsItem *child : m_textLayer->childItems()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(child)) {
            items << text;
        }
    }
    return items;
}

double ChartFigure::minimumHeight(double) const
{
    return 0.0;
}

double ChartFigure::minimumWidth() const
{
    return 0.0;
}

double ChartFigure::layoutWidth(double available) const
{
    return std::max(available, minimumWidth());
}

QSizeF fittedLayoutSize(const ChartFigure &figure, const QSizeF &area)
{
    if (area.isEmpty()) {
        return area;
    }
    // The least scale (1 to 4: type shown at no less than a quarter of its size) at
    // which the figure's width and height fit the scaled area. Wider means fewer wrapped lines,
    // so the needed height falls as the scale grows: bisection finds it without overshooting.
    const auto fits = [&](double scale, double *width) {
        *width = figure.layoutWidth(area.width() * scale);
        return *width <= area.width() * scale + 0.5 &&
               figure.minimumHeight(*width) <= area.height() * scale + 0.5;
    };
    double width = 0;
    if (fits(1.0, &width)) {
        return {width, area.height()};
    }
    double low = 1.0;
    double high = 4.0;
    if (!fits(high, &width)) {
        return {std::min(width, area.width() * high), area.height() * high};
    }
    for (int round = 0; round < 16; ++round) {
        const double middle = (low + high) / 2;
        double w = 0;
        (fits(middle, &w) ? high : low) = middle;
    }
    fits(high, &width);
    return {width, area.height() * high};
}

} // namespace eb::charts

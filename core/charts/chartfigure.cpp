#include "charts/chartfigure.h"

#include "charts/chartlegend.h"
#include "charts/chartstyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <algorithm>
#include <cmath>

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

QRectF ChartFigure::plotAreaInScene() const
{
    return m_chart->plotArea().translated(m_chart->pos());
}

double ChartFigure::textMargin(const ChartFonts &fonts)
{
    return std::round(0.9 * fonts.lineHeight);
}

QStringList ChartFigure::titleLines(const QString &title, const ChartFonts &fonts, double width)
{
    return title.isEmpty() ? QStringList()
                           : wrapText(title, fonts.title, width - 2 * textMargin(fonts));
}

double ChartFigure::plotTop(const QStringList &titleLines, const ChartFonts &fonts, double gap)
{
    return textMargin(fonts) + static_cast<double>(titleLines.size()) * fonts.titleLineHeight +
           gap * fonts.lineHeight;
}

namespace {

// From the plot's bottom to the legend: the tick marks, their labels and the axis title.
double axisBlockHeight(const ChartFonts &f)
{
    return 5 * f.scale + QFontMetricsF(f.axis).height() * 1.3 + f.lineHeight * 1.4 +
           0.5 * f.lineHeight;
}

} // namespace

double ChartFigure::belowPlotHeight(const ChartFonts &fonts, double width,
                                    const QList<LegendEntry> &legend, const QStringList &notes)
{
    const double textWidth = width - 2 * textMargin(fonts);
    double h = axisBlockHeight(fonts) + legendHeight(legend, fonts, textWidth);
    double noteLines = 0;
    for (const QString &paragraph : notes) {
        noteLines += static_cast<double>(wrapText(paragraph, fonts.small, textWidth).size());
    }
    if (noteLines > 0) {
        h += 0.3 * fonts.lineHeight + noteLines * fonts.smallLineHeight;
    }
    return h + textMargin(fonts);
}

void ChartFigure::drawTitleLegendAndNotes(const ChartFonts &f, const QStringList &titleLines,
                                          const QRectF &plot, double width,
                                          const QList<LegendEntry> &legend,
                                          const QStringList &notes)
{
    constexpr double kTextZ = 6; // above every series and mark
    delete m_textLayer;
    m_textLayer = new QGraphicsRectItem(m_chart);
    m_textLayer->setPen(Qt::NoPen);
    m_textLayer->setZValue(kTextZ);
    const double margin = textMargin(f);
    double y = margin;
    for (const QString &line : titleLines) {
        addText(m_textLayer, line, f.title, okabeito::black, margin, y);
        y += f.titleLineHeight;
    }
    y = plot.bottom() + axisBlockHeight(f);
    const double textWidth = width - 2 * margin;
    addLegend(m_textLayer, legend, f, margin, y, textWidth);
    y += legendHeight(legend, f, textWidth) + 0.3 * f.lineHeight;
    for (const QString &paragraph : notes) {
        for (const QString &line : wrapText(paragraph, f.small, textWidth)) {
            addText(m_textLayer, line, f.small, QColor(0x44, 0x44, 0x44), margin, y);
            y += f.smallLineHeight;
        }
    }
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

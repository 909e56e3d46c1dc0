#include "charts/distributionchart.h"

#include "charts/chartlegend.h"
#include "evidence/format.h"

#include <QAreaSeries>
#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace eb::charts {

using eb::evidence::formatChartNumber;

using eb::evidence::DistributionSpec;
using eb::evidence::kMaxDrawnD;
namespace {

constexpr int kCurvePoints = 241;
constexpr double kLineZ = 4.5;

// The normal density, for drawing the curves (no statistic is computed from it).
double density(double x, double mean)
{
    static const boost::math::normal_distribution<double> standard(0.0, 1.0);
    return boost::math::pdf(standard, x - mean);
}

QColor withAlpha(QColor color, float alpha)
{
    color.setAlphaF(alpha);
    return color;
}

// One decimal; a share that would round to 0% or 100% is a bound, never the boundary itself
// (a finite d never reaches either).
QString percent(double proportion)
{
    if (proportion < 0.0005) {
        return QStringLiteral("< 0.1%");
    }
    if (proportion >= 0.9995) {
        return QStringLiteral("> 99.9%");
    }
    return QStringLiteral("%1%").arg(formatChartNumber(100.0 * proportion, 1));
}

} // namespace

DistributionChart::DistributionChart(DistributionSpec spec) : m_spec(std::move(spec))
{
    m_fonts = ChartFonts::make(m_spec.fontScale);
    // A fixed axis (two charts compared, a live slider) keeps its range; the curves stay on it.
    const bool fixedAxis = m_spec.axisLow && m_spec.axisHigh && std::isfinite(*m_spec.axisLow) &&
                           std::isfinite(*m_spec.axisHigh) && *m_spec.axisLow < *m_spec.axisHigh;
    const double drawLow =
        fixedAxis ? std::min(0.0, std::max(-kMaxDrawnD, *m_spec.axisLow + 3.0)) : -kMaxDrawnD;
    const double drawHigh =
        fixedAxis ? std::max(0.0, std::min(kMaxDrawnD, *m_spec.axisHigh - 3.0)) : kMaxDrawnD;
    // The caller validates; never draw NaN. Only the drawing is limited: the labels keep the
    // engine's values, and a d beyond the edge is said so under the chart.
    m_drawnD = std::isfinite(m_spec.d) ? std::clamp(m_spec.d, drawLow, drawHigh) : 0.0;
    if (std::isfinite(m_spec.d) && m_drawnD != m_spec.d) {
        const QString edge =
            tr("The treatment curve is drawn at %1 = %2, the edge of this chart; "
               "the true %1 is %3.")
                .arg(m_spec.dName, formatChartNumber(m_drawnD, 2), formatChartNumber(m_spec.d, 2));
        m_spec.footnote =
            m_spec.footnote.isEmpty() ? edge : edge + QLatin1Char(' ') + m_spec.footnote;
    }
    if (m_spec.treatmentName.isEmpty()) {
        m_spec.treatmentName = tr("Cerebrolysin");
    }
    if (m_spec.controlName.isEmpty()) {
        m_spec.controlName = tr("Control");
    }
    const double d = m_drawnD;
    m_xLow = fixedAxis ? *m_spec.axisLow : std::floor(std::min(0.0, d) - 3.5);
    m_xHigh = fixedAxis ? *m_spec.axisHigh : std::ceil(std::max(0.0, d) + 3.5);
    m_yHigh = 0.52;

    m_axisX = new QValueAxis;
    m_axisX->setRange(m_xLow, m_xHigh);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    m_axisX->setTickInterval(1);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setLabelsFont(m_fonts.axis);
    m_axisX->setTitleFont(m_fonts.bold);
    // Short enough for half a slide at large type (a longer title is elided by the chart).
    m_axisX->setTitleText(tr("Outcome (control-group SDs)"));
    m_axisX->setLinePen(QPen(okabeito::black, m_fonts.scale));
    m_axisX->setGridLinePen(QPen(QColor(0xE4, 0xE4, 0xE4), m_fonts.scale));
    m_axisY = new QValueAxis;
    m_axisY->setRange(0, m_yHigh);
    m_axisY->setVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->setPlotAreaBackgroundVisible(false);

    auto *control = new QLineSeries;
    auto *treatment = new QLineSeries;
    auto *overlapUpper = new QLineSeries;
    auto *u3Upper = new QLineSeries;
    for (int i = 0; i < kCurvePoints; ++i) {
        const double x = m_xLow + (m_xHigh - m_xLow) * i / (kCurvePoints - 1);
        const double c = density(x, 0);
        const double t = density(x, d);
        control->append(x, c);
        treatment->append(x, t);
        overlapUpper->append(x, std::min(c, t));
    }
    // The treatment group above the control mean (its share is U3): from x = 0 rightwards.
    u3Upper->append(0, density(0, d));
    for (int i = 0; i < kCurvePoints; ++i) {
        const double x = m_xLow + (m_xHigh - m_xLow) * i / (kCurvePoints - 1);
        if (x > 0) {
            u3Upper->append(x, density(x, d));
        }
    }
    m_u3Area = new QAreaSeries(u3Upper);
    u3Upper->setParent(m_u3Area);
    m_u3Area->setName(tr("U3"));
    m_u3Area->setPen(Qt::NoPen);
    m_u3Area->setBrush(withAlpha(okabeito::skyBlue, 0.35F));
    m_overlap = new QAreaSeries(overlapUpper);
    overlapUpper->setParent(m_overlap);
    m_overlap->setName(tr("Overlap"));
    m_overlap->setPen(Qt::NoPen);
    m_overlap->setBrush(withAlpha(okabeito::orange, 0.55F));
    m_controlCurve = control;
    m_controlCurve->setPen(QPen(QColor(0x44, 0x44, 0x44), 2.2 * m_fonts.scale));
    m_treatmentCurve = treatment;
    m_treatmentCurve->setPen(QPen(okabeito::blue, 2.6 * m_fonts.scale));
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_u3Area), static_cast<QAbstractSeries *>(m_overlap),
          static_cast<QAbstractSeries *>(m_controlCurve),
          static_cast<QAbstractSeries *>(m_treatmentCurve)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }

    m_controlMean = new QGraphicsLineItem(m_chart);
    m_controlMean->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.5 * m_fonts.scale, Qt::DashLine));
    m_controlMean->setZValue(kLineZ);
    m_treatmentMean = new QGraphicsLineItem(m_chart);
    m_treatmentMean->setPen(QPen(okabeito::blue, 1.5 * m_fonts.scale, Qt::DashLine));
    m_treatmentMean->setZValue(kLineZ);
    QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart, [this] { positionMarks(); });
}

DistributionChart::~DistributionChart() = default;

QStringList DistributionChart::valueLines() const
{
    if (!m_spec.valueLines.isEmpty()) {
        return m_spec.valueLines;
    }
    QStringList lines;
    if (m_spec.mw) {
        lines << QStringLiteral("MW = %1").arg(
            formatChartNumber(*m_spec.mw, m_spec.mwDecimals.value_or(2)));
    }
    lines << QStringLiteral("%1 = %2").arg(m_spec.dName, formatChartNumber(m_spec.d, 2));
    if (m_spec.u3) {
        lines << QStringLiteral("U3 = %1").arg(percent(*m_spec.u3));
    }
    if (m_spec.ovl) {
        lines << QStringLiteral("OVL = %1").arg(percent(*m_spec.ovl));
    }
    if (!m_spec.nnt.isEmpty()) {
        lines << QStringLiteral("NNT: %1").arg(m_spec.nnt);
    }
    return lines;
}

QStringList DistributionChart::noteParagraphs() const
{
    QString notes = m_spec.inputLabel;
    if (!m_spec.footnote.isEmpty()) {
        notes += (notes.isEmpty() ? QString() : QStringLiteral(" ")) + m_spec.footnote;
    }
    QStringList paragraphs = m_spec.teaching;
    if (!notes.isEmpty()) {
        paragraphs.append(notes);
    }
    return paragraphs;
}

QList<LegendEntry> DistributionChart::legendEntries() const
{
    return {{LegendEntry::Symbol::Line, QColor(0x44, 0x44, 0x44),
             tr("%1 (mean 0)").arg(m_spec.controlName)},
            {LegendEntry::Symbol::Line, okabeito::blue,
             tr("%1 (mean %2)").arg(m_spec.treatmentName, m_spec.dName)},
            {LegendEntry::Symbol::Swatch, withAlpha(okabeito::orange, 0.55F),
             tr("Overlap of the two groups (OVL)")},
            {LegendEntry::Symbol::DashedLine, QColor(0x44, 0x44, 0x44),
             tr("Group means (the control mean is U3's reference)")},
            {LegendEntry::Symbol::Swatch, withAlpha(okabeito::skyBlue, 0.35F),
             tr("%1 above the control mean (U3)").arg(m_spec.treatmentName)}};
}

double DistributionChart::bottomBlockHeight(double width) const
{
    return belowPlotHeight(m_fonts, width, legendEntries(), noteParagraphs());
}

QSizeF DistributionChart::naturalSize(double width) const
{
    // Never shorter than its texts need: at large chart text in a pane the notes ran off the
    // figure's bottom.
    return {width, std::max({420.0, std::round(width * 0.62), std::ceil(minimumHeight(width))})};
}

double DistributionChart::minimumHeight(double width) const
{
    // Title, a plot of at least six lines (never shorter than the values box), legend, notes.
    const double pad = 0.5 * m_fonts.lineHeight;
    const double box = static_cast<double>(valueLines().size()) * m_fonts.lineHeight + 2 * pad;
    return plotTop(titleLines(m_spec.title, m_fonts, width), m_fonts, 0.5) +
           std::max(box, 6.0 * m_fonts.lineHeight) + bottomBlockHeight(width);
}

double DistributionChart::minimumWidth() const
{
    // Wide enough that each group's name stays inside the figure beside its peak and clear of
    // the values box, and the axis title is whole, at any chart text size (the narrow pane cut
    // "Control" to "ontrol" at large text).
    const double h = m_fonts.lineHeight;
    const double margin = std::round(0.9 * h);
    const double inset = margin + 0.8 * h;
    const double pad = 0.5 * h;
    double boxWidth = 0;
    for (const QString &line : valueLines()) {
        boxWidth = std::max(boxWidth, QFontMetricsF(m_fonts.body).horizontalAdvance(line));
    }
    const double column = boxWidth + 2 * pad + h;
    const QFontMetricsF bold(m_fonts.bold);
    const double gap = 0.4 * h;
    const bool ahead = m_drawnD >= 0;
    const double leftName =
        bold.horizontalAdvance(ahead ? m_spec.controlName : m_spec.treatmentName) + gap;
    const double rightName =
        bold.horizontalAdvance(ahead ? m_spec.treatmentName : m_spec.controlName) + gap;
    const double span = std::max(1e-9, m_xHigh - m_xLow);
    const double leftAt = ((ahead ? 0.0 : m_drawnD) - m_xLow) / span;
    const double rightAt = ((ahead ? m_drawnD : 0.0) - m_xLow) / span;
    double plot = std::max(8 * h, bold.horizontalAdvance(m_axisX->titleText()) + 2 * h);
    if (leftAt > 1e-6) {
        plot = std::max(plot, (leftName + margin - inset) / leftAt);
    }
    if (rightAt < 1 - 1e-6) {
        plot = std::max(plot, (rightName - h) / (1 - rightAt));
    }
    return std::ceil(2 * inset + column + plot);
}

QRectF DistributionChart::plotArea() const
{
    return plotAreaInScene();
}

QPointF DistributionChart::valuePosition(double x, double y) const
{
    return m_chart->mapToPosition(QPointF(x, y), m_controlCurve) + m_chart->pos();
}

void DistributionChart::layoutItems(const QSizeF &size)
{
    const double width = size.width();
    const double margin = textMargin(m_fonts);
    const QStringList title = titleLines(m_spec.title, m_fonts, width);
    const double top = plotTop(title, m_fonts, 0.5);
    const double bottom = bottomBlockHeight(width);
    // Inset so that the end tick labels ("-4", "4") stay inside the image.
    const double inset = margin + 0.8 * m_fonts.lineHeight;
    // The values box sits in a column of its own right of the curves, so that it never covers
    // them, whatever the effect size and the font scale.
    const QStringList lines = valueLines();
    double boxWidth = 0;
    for (const QString &line : lines) {
        boxWidth = std::max(boxWidth, QFontMetricsF(m_fonts.body).horizontalAdvance(line));
    }
    const double pad = 0.5 * m_fonts.lineHeight;
    const double boxHeight = static_cast<double>(lines.size()) * m_fonts.lineHeight + 2 * pad;
    const double column = boxWidth + 2 * pad + m_fonts.lineHeight;
    const QRectF plot(inset, top, std::max(80.0, width - 2 * inset - column),
                      std::max(boxHeight, size.height() - top - bottom));
    setPlotArea(plot);
    m_laidOut = true;
    positionMarks();

    // The title; below the axis the legend, then what was given and what was assumed.
    drawTitleLegendAndNotes(m_fonts, title, plot, width, legendEntries(), noteParagraphs());
    const ChartFonts &f = m_fonts;

    // Group names beside their peaks, pushed apart so that they never collide.
    const QFontMetricsF metrics(f.bold);
    const double d = m_drawnD;
    const QPointF controlPeak = m_chart->mapToPosition(QPointF(0, density(0, 0)), m_controlCurve);
    const QPointF treatmentPeak = m_chart->mapToPosition(QPointF(d, density(d, d)), m_controlCurve);
    const double labelY = controlPeak.y() - 1.6 * f.lineHeight;
    const QString controlText = m_spec.controlName;
    const QString treatmentText = m_spec.treatmentName;
    const double gap = 0.4 * f.lineHeight;
    if (d >= 0) {
        addText(m_textLayer, controlText, f.bold, QColor(0x33, 0x33, 0x33),
                controlPeak.x() - gap - metrics.horizontalAdvance(controlText), labelY);
        addText(m_textLayer, treatmentText, f.bold, okabeito::blue, treatmentPeak.x() + gap,
                labelY);
    } else {
        addText(m_textLayer, treatmentText, f.bold, okabeito::blue,
                treatmentPeak.x() - gap - metrics.horizontalAdvance(treatmentText), labelY);
        addText(m_textLayer, controlText, f.bold, QColor(0x33, 0x33, 0x33), controlPeak.x() + gap,
                labelY);
    }
    // The values, in their column right of the plot.
    const double boxX = plot.right() + f.lineHeight;
    const double boxY = plot.top();
    auto *box = new QGraphicsRectItem(boxX, boxY, boxWidth + 2 * pad, boxHeight, m_textLayer);
    box->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), f.scale));
    box->setBrush(QColor(255, 255, 255, 235));
    double ly = boxY + pad;
    for (const QString &line : lines) {
        addText(m_textLayer, line, f.body, okabeito::black, boxX + pad, ly);
        ly += f.lineHeight;
    }
}

void DistributionChart::positionMarks()
{
    if (!m_laidOut) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    const double x0 = m_chart->mapToPosition(QPointF(0, 0), m_controlCurve).x();
    const double xd = m_chart->mapToPosition(QPointF(m_drawnD, 0), m_controlCurve).x();
    const double peak = m_chart->mapToPosition(QPointF(0, density(0, 0)), m_controlCurve).y();
    m_controlMean->setLine(x0, plot.bottom(), x0, peak - 0.2 * m_fonts.lineHeight);
    m_treatmentMean->setLine(xd, plot.bottom(), xd, peak - 0.2 * m_fonts.lineHeight);
}

QString DistributionChart::toolTipAt(const QPointF &scenePos) const
{
    if (!plotArea().contains(scenePos)) {
        return {};
    }
    return valueLines().join(QLatin1Char('\n'));
}

} // namespace eb::charts

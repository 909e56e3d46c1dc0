#include "charts/funnelchart.h"

#include "charts/chartlegend.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace eb::charts {
namespace {

// Greys from light (p between 0.10 and 0.05) to dark (p below 0.01), as contour-enhanced
// funnel plots shade them.
QColor contourGrey(std::size_t band, std::size_t bands)
{
    const int shades[] = {0xE8, 0xC8, 0xA4, 0x80};
    const std::size_t index =
        std::min<std::size_t>(band + (4 - std::min<std::size_t>(bands, 4)), 3);
    return QColor(shades[index], shades[index], shades[index]);
}

QLineSeries *line(std::initializer_list<QPointF> points, const QPen &pen)
{
    auto *series = new QLineSeries;
    for (const QPointF &p : points) {
        series->append(p);
    }
    series->setPen(pen);
    return series;
}

} // namespace

FunnelChart::FunnelChart(evidence::FunnelSpec spec) : m_spec(std::move(spec))
{
    m_fonts = ChartFonts::make(m_spec.fontScale);
    double seMax = 0;
    double low = m_spec.estimate;
    double high = m_spec.estimate;
    auto include = [&](const std::vector<double> &y, const std::vector<double> &s) {
        for (std::size_t i = 0; i < y.size() && i < s.size(); ++i) {
            if (std::isfinite(y[i]) && std::isfinite(s[i])) {
                seMax = std::max(seMax, s[i]);
                low = std::min(low, y[i]);
                high = std::max(high, y[i]);
            }
        }
    };
    include(m_spec.yi, m_spec.sei);
    include(m_spec.filledYi, m_spec.filledSei);
    m_seMax = seMax > 0 ? seMax * 1.05 : 1.0;
    low = std::min(low, m_spec.estimate - m_spec.z * m_seMax);
    high = std::max(high, m_spec.estimate + m_spec.z * m_seMax);
    if (m_spec.contours && !m_spec.contourZ.empty()) {
        const double widest = *std::max_element(m_spec.contourZ.begin(), m_spec.contourZ.end());
        low = std::min(low, -widest * m_seMax);
        high = std::max(high, widest * m_seMax);
    }
    const double pad = 0.05 * std::max(high - low, 1e-9);
    m_xLow = low - pad;
    m_xHigh = high + pad;

    m_axisX = new QValueAxis;
    m_axisX->setRange(m_xLow, m_xHigh);
    m_axisX->setLabelsFont(m_fonts.axis);
    m_axisX->setTitleFont(m_fonts.bold);
    m_axisX->setTitleText(m_spec.effectName.isEmpty() ? tr("Effect") : m_spec.effectName);
    m_axisX->setLinePen(QPen(okabeito::black, m_fonts.scale));
    m_axisX->setGridLineVisible(false);
    m_axisX->applyNiceNumbers();
    m_xLow = m_axisX->min();
    m_xHigh = m_axisX->max();
    m_axisY = new QValueAxis;
    m_axisY->setRange(0, m_seMax);
    // Round ticks; the region's lines then run to the axis end.
    m_axisY->applyNiceNumbers();
    m_seMax = m_axisY->max();
    m_axisY->setReverse(true); // 0 at the top: the most precise studies first, as metafor
    m_axisY->setLabelsFont(m_fonts.axis);
    m_axisY->setTitleFont(m_fonts.bold);
    m_axisY->setTitleText(tr("Standard error"));
    m_axisY->setLinePen(QPen(okabeito::black, m_fonts.scale));
    m_axisY->setGridLineVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->setPlotAreaBackgroundVisible(false);

    QList<QAbstractSeries *> series;
    if (m_spec.contours && !m_spec.contourZ.empty()) {
        std::vector<double> z = m_spec.contourZ;
        std::sort(z.begin(), z.end());
        const double edge = std::max(std::abs(m_xLow), std::abs(m_xHigh));
        // Bands between consecutive contours, then beyond the widest, on both sides of 0.
        for (std::size_t b = 0; b < z.size(); ++b) {
            for (double side : {-1.0, 1.0}) {
                auto *upper = new QLineSeries;
                auto *lower = new QLineSeries;
                lower->append(0, 0);
                lower->append(side * z[b] * m_seMax, m_seMax);
                upper->append(0, 0);
                if (b + 1 < z.size()) {
                    upper->append(side * z[b + 1] * m_seMax, m_seMax);
                } else {
                    upper->append(side * edge, 0);
                    upper->append(side * edge, m_seMax);
                }
                auto *area = new QAreaSeries(upper, lower);
                upper->setParent(area);
                lower->setParent(area);
                area->setPen(Qt::NoPen);
                area->setBrush(contourGrey(b, z.size()));
                series.append(area);
            }
        }
    }
    const QPen regionPen(QColor(0x55, 0x55, 0x55), 1.4 * m_fonts.scale, Qt::DashLine);
    const double e = m_spec.estimate;
    const double reach = m_spec.z * m_seMax;
    series.append(line({{e - reach, m_seMax}, {e, 0}, {e + reach, m_seMax}}, regionPen));
    m_anchor = line({{e, 0}, {e, m_seMax}}, QPen(okabeito::blue, 1.8 * m_fonts.scale));
    series.append(m_anchor);
    m_studies = new QScatterSeries;
    m_studies->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_studies->setMarkerSize(9 * m_fonts.scale);
    m_studies->setColor(okabeito::black);
    m_studies->setBorderColor(okabeito::black);
    for (std::size_t i = 0; i < m_spec.yi.size() && i < m_spec.sei.size(); ++i) {
        m_studies->append(m_spec.yi[i], m_spec.sei[i]);
    }
    m_filled = new QScatterSeries;
    m_filled->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_filled->setMarkerSize(9 * m_fonts.scale);
    m_filled->setColor(Qt::white);
    m_filled->setBorderColor(okabeito::vermillion);
    m_filled->setPen(QPen(okabeito::vermillion, 1.6 * m_fonts.scale));
    for (std::size_t i = 0; i < m_spec.filledYi.size() && i < m_spec.filledSei.size(); ++i) {
        m_filled->append(m_spec.filledYi[i], m_spec.filledSei[i]);
    }
    series.append(m_filled);
    series.append(m_studies);
    for (QAbstractSeries *s : series) {
        m_chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
}

FunnelChart::~FunnelChart() = default;

QList<LegendEntry> FunnelChart::legendEntries() const
{
    QList<LegendEntry> entries{{LegendEntry::Symbol::FilledSquare, okabeito::black, tr("Study")},
                               {LegendEntry::Symbol::Line, okabeito::blue, tr("Pooled estimate")},
                               {LegendEntry::Symbol::DashedLine, QColor(0x55, 0x55, 0x55),
                                tr("Pseudo %1% confidence region").arg(m_spec.levelPercent)}};
    if (!m_spec.filledYi.empty()) {
        entries.append({LegendEntry::Symbol::HollowSquare, okabeito::vermillion,
                        tr("Study imputed by trim and fill")});
    }
    if (m_spec.contours && !m_spec.contourPercent.empty()) {
        std::vector<double> levels = m_spec.contourPercent;
        std::sort(levels.begin(), levels.end());
        for (std::size_t b = 0; b < levels.size(); ++b) {
            const double pHigh = 1.0 - levels[b] / 100.0;
            const QString text = b + 1 < levels.size()
                                     ? tr("%1 < p < %2 (two-sided, against 0)")
                                           .arg(1.0 - levels[b + 1] / 100.0)
                                           .arg(pHigh)
                                     : tr("p < %1 (two-sided, against 0)").arg(pHigh);
            entries.append({LegendEntry::Symbol::Swatch, contourGrey(b, levels.size()), text});
        }
    }
    return entries;
}

double FunnelChart::bottomBlockHeight(double width) const
{
    return belowPlotHeight(m_fonts, width, legendEntries(), footnotes());
}

QStringList FunnelChart::footnotes() const
{
    return m_spec.footnote.isEmpty() ? QStringList() : QStringList{m_spec.footnote};
}

QSizeF FunnelChart::naturalSize(double width) const
{
    return {width, std::max(480.0, std::round(width * 0.7))};
}

QRectF FunnelChart::plotArea() const
{
    return plotAreaInScene();
}

QPointF FunnelChart::valuePosition(double effect, double se) const
{
    return m_chart->mapToPosition(QPointF(effect, se), m_anchor) + m_chart->pos();
}

void FunnelChart::layoutItems(const QSizeF &size)
{
    const double width = size.width();
    const double margin = textMargin(m_fonts);
    const QStringList title = titleLines(m_spec.title, m_fonts, width);
    const double top = plotTop(title, m_fonts, 0.8);
    const double bottom = bottomBlockHeight(width);
    // Room on the left for the tick labels and the "Standard error" title.
    const double left = margin + 4.2 * m_fonts.lineHeight;
    const double right = margin + 0.8 * m_fonts.lineHeight;
    const QRectF plot(left, top, std::max(80.0, width - left - right),
                      std::max(80.0, size.height() - top - bottom));
    setPlotArea(plot);
    drawTitleLegendAndNotes(m_fonts, title, plot, width, legendEntries(), footnotes());
}

} // namespace eb::charts

#include "charts/timecoursechart.h"

#include "charts/axisscale.h"
#include "charts/chartlegend.h"
#include "evidence/format.h"
#include "model/vocabulary.h"

#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainterPath>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

namespace eb::charts {

using eb::catalogue::vocabulary::metricAxisTitle;
using eb::catalogue::vocabulary::metricShort;
using eb::evidence::formatChartNumber;

using eb::evidence::TimeCoursePoint;
using eb::evidence::TimeCourseSpec;
namespace {

constexpr double kTextZ = 6;
constexpr double kMarkZ = 4.6;

const QColor &seriesColour(int index)
{
    static const QColor colours[] = {
        okabeito::blue,   okabeito::vermillion, okabeito::bluishGreen, okabeito::reddishPurple,
        okabeito::orange, okabeito::skyBlue,    okabeito::black};
    return colours[index % 7];
}

bool finite(const std::optional<double> &v)
{
    return v.has_value() && std::isfinite(*v);
}

} // namespace

TimeCourseChart::TimeCourseChart(TimeCourseSpec spec) : m_spec(std::move(spec))
{
    m_fonts = ChartFonts::make(m_spec.fontScale);
    const bool ratio = eb::stats::isRatio(m_spec.metric);
    for (TimeCoursePoint &p : m_spec.points) {
        const auto usable = [&](const std::optional<double> &v) {
            return finite(v) && (!ratio || *v > 0);
        };
        if (!usable(p.estimate)) {
            p.estimate.reset();
        }
        if (!usable(p.ciLow) || !usable(p.ciHigh) || *p.ciLow > *p.ciHigh) {
            p.ciLow.reset();
            p.ciHigh.reset();
        }
        if (!std::isfinite(p.days)) {
            p.days = 0;
        }
    }
    // Timepoints ordered by day; series in order of appearance.
    std::map<double, QString> byDay;
    for (const TimeCoursePoint &p : m_spec.points) {
        if (!m_series.contains(p.series)) {
            m_series << p.series;
        }
        bool known = false;
        for (const auto &[day, label] : byDay) {
            known = known || label == p.timepoint;
        }
        if (!known) {
            byDay.emplace(p.days, p.timepoint);
        }
    }
    for (const auto &[day, label] : byDay) {
        m_timepoints << label;
    }
    if (m_spec.axisTitle.isEmpty()) {
        m_spec.axisTitle = metricAxisTitle(m_spec.metric);
    }
    bool missingCi = false;
    for (const TimeCoursePoint &p : m_spec.points) {
        missingCi = missingCi || (p.estimate && !p.ciLow);
    }
    if (missingCi) {
        // Say it, so that a point without a whisker is not read as a precise one.
        const QString note = tr("A point without a whisker: its CI is not reported.");
        m_spec.footnote =
            m_spec.footnote.isEmpty() ? note : note + QLatin1Char(' ') + m_spec.footnote;
    }

    // Value range: every estimate and CI limit plus the no-effect value, padded.
    const std::optional<double> null = eb::stats::noEffectValue(m_spec.metric);
    double lo = INFINITY;
    double hi = -INFINITY;
    const auto take = [&](double v) {
        const double t = ratio ? std::log(v) : v;
        lo = std::min(lo, t);
        hi = std::max(hi, t);
    };
    if (null) {
        take(*null);
    }
    for (const TimeCoursePoint &p : m_spec.points) {
        if (p.estimate) {
            take(*p.estimate);
        }
        if (p.ciLow) {
            take(*p.ciLow);
            take(*p.ciHigh);
        }
    }
    if (!std::isfinite(lo) || hi - lo < 1e-9) {
        lo = std::isfinite(lo) ? lo - 0.5 : -1;
        hi = std::isfinite(hi) ? hi + 0.5 : 1;
    }
    if (ratio) {
        auto *axis = new QLogValueAxis;
        axis->setLabelFormat(QStringLiteral("%g"));
        const axisscale::LogRange range =
            axisscale::logRange(std::exp(lo), std::exp(hi), axisscale::LogSnap::WholeDecades);
        axis->setBase(range.base);
        axis->setRange(range.low, range.high);
        m_axisY = axis;
    } else {
        auto *axis = new QValueAxis;
        const double step = axisscale::niceStep((hi - lo) / 6);
        const double anchor = null.value_or(0.0);
        if (m_spec.metric == eb::stats::Metric::MannWhitney) {
            lo = std::max(0.0, lo);
            hi = std::min(1.0, hi);
        }
        axis->setRange(anchor + std::floor((lo - anchor) / step - 0.3) * step,
                       anchor + std::ceil((hi - anchor) / step + 0.3) * step);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(anchor);
        axis->setTickInterval(step);
        axis->setLabelFormat(
            QStringLiteral("%.%1f").arg(axisscale::decimalsForStep(step, /*maxDecimals=*/4)));
        m_axisY = axis;
    }
    m_axisY->setLabelsFont(m_fonts.axis);
    m_axisY->setTitleFont(m_fonts.bold);
    m_axisY->setTitleText(m_spec.axisTitle);
    m_axisY->setLinePen(QPen(okabeito::black, m_fonts.scale));
    m_axisY->setGridLinePen(QPen(QColor(0xE4, 0xE4, 0xE4), m_fonts.scale));

    m_axisX = new QCategoryAxis;
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = std::max<int>(1, static_cast<int>(m_timepoints.size()));
    m_axisX->setRange(-0.5, n - 0.5);
    for (int i = 0; i < m_timepoints.size(); ++i) {
        m_axisX->append(m_timepoints.at(i), i);
    }
    m_axisX->setLabelsFont(m_fonts.axis);
    m_axisX->setTitleFont(m_fonts.bold);
    m_axisX->setTitleText(tr("Timepoint"));
    m_axisX->setLinePen(QPen(okabeito::black, m_fonts.scale));
    m_axisX->setGridLineVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_anchor = new QLineSeries;
    m_anchor->setPen(Qt::NoPen);
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_axisX);
    m_anchor->attachAxis(m_axisY);

    // A thin line joins each outcome's points in time order (drawn by Qt Charts).
    for (int s = 0; s < m_series.size(); ++s) {
        auto *line = new QLineSeries;
        QPen pen(seriesColour(s), 1.5 * m_fonts.scale);
        line->setPen(pen);
        std::map<double, double> points;
        for (int i = 0; i < m_spec.points.size(); ++i) {
            const TimeCoursePoint &p = m_spec.points.at(i);
            if (p.series == m_series.at(s) && p.estimate) {
                points[xOf(i)] = *p.estimate;
            }
        }
        for (const auto &[x, y] : points) {
            line->append(x, y);
        }
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        m_lines << line;
    }
    m_noEffect = new QGraphicsLineItem(m_chart);
    m_noEffect->setPen(QPen(okabeito::black, 1.2 * m_fonts.scale, Qt::DashLine));
    m_noEffect->setZValue(kMarkZ - 0.5);
    m_whiskers = new QGraphicsPathItem(m_chart);
    m_whiskers->setPen(QPen(okabeito::black, 1.4 * m_fonts.scale, Qt::SolidLine, Qt::FlatCap));
    m_whiskers->setZValue(kMarkZ - 0.1);
    for (int s = 0; s < m_series.size(); ++s) {
        auto *filled = new QGraphicsPathItem(m_chart);
        filled->setPen(QPen(seriesColour(s), 1.4 * m_fonts.scale));
        filled->setBrush(seriesColour(s));
        filled->setZValue(kMarkZ);
        auto *hollow = new QGraphicsPathItem(m_chart);
        hollow->setPen(QPen(seriesColour(s), 2.0 * m_fonts.scale));
        hollow->setBrush(Qt::white);
        hollow->setZValue(kMarkZ);
        m_reported << filled;
        m_derived << hollow;
    }
    QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart, [this] { positionMarks(); });
}

TimeCourseChart::~TimeCourseChart() = default;

double TimeCourseChart::xOf(int point) const
{
    const TimeCoursePoint &p = m_spec.points.at(point);
    const double index = static_cast<double>(m_timepoints.indexOf(p.timepoint));
    const double count = static_cast<double>(m_series.size());
    const double s = static_cast<double>(m_series.indexOf(p.series));
    // Side by side within a timepoint so that the intervals of several outcomes stay apart.
    const double spread = std::min(0.5, 0.12 * (count - 1));
    return count > 1 ? index - spread / 2 + spread * s / (count - 1) : index;
}

QList<LegendEntry> TimeCourseChart::legendEntries() const
{
    QList<LegendEntry> entries;
    for (int s = 0; s < m_series.size(); ++s) {
        entries.append({LegendEntry::Symbol::FilledSquare, seriesColour(s), m_series.at(s)});
    }
    bool derived = false;
    bool reported = false;
    for (const TimeCoursePoint &p : m_spec.points) {
        (p.derived ? derived : reported) = true;
    }
    if (reported) {
        entries.append(
            {LegendEntry::Symbol::FilledSquare, QColor(0x55, 0x55, 0x55), tr("Reported")});
    }
    if (derived) {
        entries.append({LegendEntry::Symbol::HollowSquare, QColor(0x55, 0x55, 0x55),
                        tr("Derived (computed by this program)")});
    }
    entries.append({LegendEntry::Symbol::Line, okabeito::black, tr("95% CI")});
    return entries;
}

QSizeF TimeCourseChart::naturalSize(double width) const
{
    return {width, std::max(420.0, std::round(width * 0.6))};
}

QRectF TimeCourseChart::plotArea() const
{
    return m_chart->plotArea().translated(m_chart->pos());
}

QPointF TimeCourseChart::pointPosition(int point) const
{
    const TimeCoursePoint &p = m_spec.points.at(point);
    return m_chart->mapToPosition(QPointF(xOf(point), p.estimate.value_or(0)), m_anchor) +
           m_chart->pos();
}

void TimeCourseChart::layoutItems(const QSizeF &size)
{
    const ChartFonts &f = m_fonts;
    const double width = size.width();
    const double margin = std::round(0.9 * f.lineHeight);
    const double textWidth = width - 2 * margin;
    const QStringList titleLines =
        m_spec.title.isEmpty() ? QStringList() : wrapText(m_spec.title, f.title, textWidth);
    const double top =
        margin + static_cast<double>(titleLines.size()) * f.titleLineHeight + 0.8 * f.lineHeight;
    const QList<LegendEntry> entries = legendEntries();
    const QStringList notes = wrapText(m_spec.footnote, f.small, textWidth);
    const double bottom = 5 * f.scale + QFontMetricsF(f.axis).height() * 1.3 + f.lineHeight * 1.4 +
                          0.5 * f.lineHeight + legendHeight(entries, f, textWidth) +
                          static_cast<double>(notes.size()) * f.smallLineHeight + margin;
    // Room on the left for the tick labels and the rotated axis title.
    const double left = margin + QFontMetricsF(f.axis).horizontalAdvance(QStringLiteral("−0.000")) +
                        1.8 * f.lineHeight;
    const QRectF plot(left, top, std::max(40.0, width - left - margin - f.lineHeight),
                      std::max(40.0, size.height() - top - bottom));
    setPlotArea(plot);
    m_laidOut = true;
    positionMarks();

    delete m_textLayer;
    m_textLayer = new QGraphicsRectItem(m_chart);
    m_textLayer->setPen(Qt::NoPen);
    m_textLayer->setZValue(kTextZ);
    double y = margin;
    for (const QString &line : titleLines) {
        addText(m_textLayer, line, f.title, okabeito::black, margin, y);
        y += f.titleLineHeight;
    }
    y = plot.bottom() + 5 * f.scale + QFontMetricsF(f.axis).height() * 1.3 + f.lineHeight * 1.4 +
        0.5 * f.lineHeight;
    addLegend(m_textLayer, entries, f, margin, y, textWidth);
    y += legendHeight(entries, f, textWidth);
    for (const QString &line : notes) {
        addText(m_textLayer, line, f.small, QColor(0x44, 0x44, 0x44), margin, y);
        y += f.smallLineHeight;
    }
}

void TimeCourseChart::positionMarks()
{
    if (!m_laidOut) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    const auto pos = [&](double x, double v) {
        return m_chart->mapToPosition(QPointF(x, v), m_anchor);
    };
    if (const auto null = eb::stats::noEffectValue(m_spec.metric)) {
        const double y = pos(0, *null).y();
        m_noEffect->setLine(plot.left(), y, plot.right(), y);
        m_noEffect->setVisible(y >= plot.top() && y <= plot.bottom());
    } else {
        m_noEffect->setVisible(false);
    }
    const double size = std::clamp(0.75 * m_fonts.lineHeight, 6.0, 0.4 * plot.width());
    const double cap = 0.3 * m_fonts.lineHeight;
    QPainterPath whiskers;
    QList<QPainterPath> filled;
    QList<QPainterPath> hollow;
    for (int s = 0; s < m_series.size(); ++s) {
        filled << QPainterPath();
        hollow << QPainterPath();
        // Two points on one spot must not cancel out (odd-even fill).
        filled.last().setFillRule(Qt::WindingFill);
        hollow.last().setFillRule(Qt::WindingFill);
    }
    m_markerRects.assign(static_cast<std::size_t>(m_spec.points.size()), QRectF());
    for (int i = 0; i < m_spec.points.size(); ++i) {
        const TimeCoursePoint &p = m_spec.points.at(i);
        const double x = xOf(i);
        if (p.ciLow) {
            const QPointF a = pos(x, *p.ciLow);
            const QPointF b = pos(x, *p.ciHigh);
            whiskers.moveTo(a);
            whiskers.lineTo(b);
            whiskers.moveTo(a.x() - cap, a.y());
            whiskers.lineTo(a.x() + cap, a.y());
            whiskers.moveTo(b.x() - cap, b.y());
            whiskers.lineTo(b.x() + cap, b.y());
        }
        if (p.estimate) {
            const QPointF c = pos(x, *p.estimate);
            const QRectF r(c.x() - size / 2, c.y() - size / 2, size, size);
            const auto s = static_cast<int>(m_series.indexOf(p.series));
            (p.derived ? hollow[s] : filled[s]).addRect(r);
            m_markerRects[static_cast<std::size_t>(i)] = r.translated(m_chart->pos());
        }
    }
    m_whiskers->setPath(whiskers);
    for (int s = 0; s < m_series.size(); ++s) {
        m_reported[s]->setPath(filled[s]);
        m_derived[s]->setPath(hollow[s]);
    }
}

QString TimeCourseChart::toolTipAt(const QPointF &scenePos) const
{
    for (std::size_t i = 0; i < m_markerRects.size(); ++i) {
        if (m_markerRects[i].adjusted(-4, -4, 4, 4).contains(scenePos)) {
            const TimeCoursePoint &p = m_spec.points.at(static_cast<qsizetype>(i));
            QString text =
                QStringLiteral("%1 · %2\n%3 %4")
                    .arg(p.series, p.timepoint, metricShort(m_spec.metric),
                         formatChartNumber(p.estimate.value_or(0), p.printed.estimate.value_or(2)));
            if (p.ciLow) {
                text += QStringLiteral(" [%1, %2]")
                            .arg(formatChartNumber(*p.ciLow, p.printed.ciLow.value_or(2)),
                                 formatChartNumber(*p.ciHigh, p.printed.ciHigh.value_or(2)));
            }
            text += QLatin1Char('\n') + (p.derived ? tr("Derived") : tr("Reported"));
            if (!p.note.isEmpty()) {
                text += QLatin1Char('\n') + p.note;
            }
            return text;
        }
    }
    return {};
}

} // namespace eb::charts

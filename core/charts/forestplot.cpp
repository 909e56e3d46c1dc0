#include "charts/forestplot.h"

#include "model/vocabulary.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainterPath>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

// The graphics items of the forest plot: the chart and its axes, the marks (bands, whiskers,
// arrows, markers, diamond) and their positions. The texts and legend are in
// forestplottext.cpp, the geometry that needs no painting in forestlayout.cpp.

namespace eb::charts {

using eb::catalogue::vocabulary::metricAxisTitle;

using eb::evidence::BenchmarkBand;
using eb::evidence::ForestRow;
using eb::evidence::ForestSpec;
using eb::evidence::PooledSummary;

using eb::stats::Metric;

namespace {

// Z values relative to QChart's own items (plot background 0, shades 1, grid 2, axes 3,
// series 4, legend 5): bands sit under the grid, marks over the series layer.
constexpr double kBandZ = 1.5;
constexpr double kLineZ = 4.2;
constexpr double kWhiskerZ = 4.4;
constexpr double kMarkerZ = 4.6;

bool finite(const std::optional<double> &value)
{
    return value.has_value() && std::isfinite(*value);
}

} // namespace

float ForestPlot::bandAlpha(int strength)
{
    // Benchmark bands: darker for larger effects, light enough that whiskers stay readable.
    switch (strength) {
    case 1:
        return 0.14F;
    case 2:
        return 0.30F;
    default:
        return 0.40F;
    }
}

ForestPlot::ForestPlot(ForestSpec spec) : m_spec(std::move(spec))
{
    m_fonts = ChartFonts::make(m_spec.fontScale);
    const bool ratio = eb::stats::isRatio(m_spec.metric);
    // Values the chart cannot draw are treated as not reported rather than drawn wrongly.
    for (ForestRow &row : m_spec.rows) {
        const auto usable = [&](const std::optional<double> &v) {
            return finite(v) && (!ratio || *v > 0);
        };
        if (!usable(row.estimate)) {
            row.estimate.reset();
        }
        if (!usable(row.ciLow) || !usable(row.ciHigh) || *row.ciLow > *row.ciHigh) {
            row.ciLow.reset();
            row.ciHigh.reset();
        }
        if (!finite(row.weight) || *row.weight < 0) {
            row.weight.reset();
        }
    }
    if (m_spec.pooled) {
        const PooledSummary &p = *m_spec.pooled;
        const bool ok = std::isfinite(p.estimate) && std::isfinite(p.ciLow) &&
                        std::isfinite(p.ciHigh) && p.ciLow <= p.ciHigh && (!ratio || p.ciLow > 0);
        if (!ok) {
            m_spec.pooled.reset();
        } else if (!finite(p.piLow) || !finite(p.piHigh) || (ratio && *p.piLow <= 0)) {
            m_spec.pooled->piLow.reset();
            m_spec.pooled->piHigh.reset();
        }
    }
    if (m_spec.treatmentName.isEmpty()) {
        m_spec.treatmentName = tr("Cerebrolysin");
    }
    if (m_spec.controlName.isEmpty()) {
        m_spec.controlName = tr("control");
    }
    if (m_spec.axisTitle.isEmpty()) {
        m_spec.axisTitle = metricAxisTitle(m_spec.metric);
    }

    int above = 0;
    int below = 0;
    for (const ForestRow &row : m_spec.rows) {
        (row.favoursAboveNull ? above : below) += 1;
        m_hasWeights = m_hasWeights || row.weight.has_value();
        if (row.estimate) {
            (row.derived ? m_hasDerived : m_hasReported) = true;
        }
    }
    m_favours = below == 0 ? 1 : (above == 0 ? -1 : 0);

    ForestSlots layout = forestSlots(m_spec.rows, m_spec.sort, m_spec.groupRows,
                                     m_spec.pooled.has_value(), tr("Other"));
    m_slots = std::move(layout.items);
    m_slotOfRow = std::move(layout.slotOfRow);
    measureTexts();

    // The chart: a value axis (or log axis for ratios) at the bottom, a hidden row axis.
    if (ratio) {
        auto *axis = new QLogValueAxis;
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setRange(0.5, 2.0); // a valid log range before any domain sees the axis
        m_axisX = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setTickType(QValueAxis::TicksDynamic);
        m_axisX = axis;
    }
    m_axisX->setLabelsFont(m_fonts.axis);
    m_axisX->setTitleFont(m_fonts.bold);
    m_axisX->setTitleText(m_spec.axisTitle);
    m_axisX->setLabelsColor(okabeito::black);
    m_axisX->setLinePen(QPen(okabeito::black, m_fonts.scale));
    m_axisX->setGridLinePen(QPen(QColor(0xDD, 0xDD, 0xDD), m_fonts.scale));
    m_axisX->setMinorGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max<double>(1.0, static_cast<double>(m_slots.size())));
    axisY->setReverse(true); // slot 0 at the top
    axisY->setVisible(false);
    m_axisY = axisY;
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_anchor = new QLineSeries;
    m_anchor->setPen(Qt::NoPen);
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_axisX);
    m_anchor->attachAxis(m_axisY);
    m_chart->setPlotAreaBackgroundVisible(false);

    // Persistent marks; positioned in positionMarks().
    const auto bandColor = [](int strength) {
        QColor c = okabeito::skyBlue;
        c.setAlphaF(bandAlpha(strength));
        return c;
    };
    if (m_spec.showBenchmarks) {
        for (const BenchmarkBand &band : m_spec.benchmarks) {
            if (!std::isfinite(band.from) || !std::isfinite(band.to) || band.from >= band.to) {
                continue;
            }
            auto *item = new QGraphicsRectItem(m_chart);
            item->setPen(Qt::NoPen);
            item->setBrush(bandColor(band.strength));
            item->setZValue(kBandZ);
            item->setData(0, band.from);
            item->setData(1, band.to);
            m_bands << item;
        }
    }
    const double lineWidth = 1.3 * m_fonts.scale;
    m_noEffect = new QGraphicsLineItem(m_chart);
    m_noEffect->setPen(QPen(okabeito::black, lineWidth));
    m_noEffect->setZValue(kLineZ);
    m_noEffect->setVisible(noEffect().has_value());
    m_pooledLine = new QGraphicsLineItem(m_chart);
    m_pooledLine->setPen(QPen(okabeito::vermillion, lineWidth, Qt::DashLine));
    m_pooledLine->setZValue(kLineZ);
    m_pooledLine->setVisible(m_spec.pooled.has_value());
    m_whiskers = new MarkLayer(m_chart);
    m_whiskers->setPen(QPen(okabeito::black, lineWidth, Qt::SolidLine, Qt::FlatCap));
    m_whiskers->setZValue(kWhiskerZ);
    m_arrows = new QGraphicsPathItem(m_chart);
    m_arrows->setPen(Qt::NoPen);
    m_arrows->setBrush(okabeito::black);
    m_arrows->setZValue(kWhiskerZ);
    m_reportedMarkers = new MarkLayer(m_chart);
    m_reportedMarkers->setPen(QPen(okabeito::blue, lineWidth));
    m_reportedMarkers->setBrush(okabeito::blue);
    m_reportedMarkers->setZValue(kMarkerZ);
    m_derivedMarkers = new MarkLayer(m_chart);
    m_derivedMarkers->setPen(QPen(okabeito::blue, 1.6 * lineWidth));
    m_derivedMarkers->setBrush(Qt::white); // hollow: the whisker does not show through
    m_derivedMarkers->setZValue(kMarkerZ);
    m_prediction = new QGraphicsPathItem(m_chart);
    m_prediction->setPen(QPen(okabeito::vermillion, 2 * lineWidth, Qt::SolidLine, Qt::FlatCap));
    m_prediction->setZValue(kWhiskerZ);
    m_prediction->setVisible(m_spec.pooled && m_spec.pooled->piLow.has_value());
    m_diamond = new QGraphicsPolygonItem(m_chart);
    m_diamond->setPen(QPen(okabeito::vermillion.darker(130), m_fonts.scale));
    m_diamond->setBrush(okabeito::vermillion);
    m_diamond->setZValue(kMarkerZ);
    m_diamond->setVisible(m_spec.pooled.has_value());

    // Whatever moves the plot area (our layout, or Qt Charts' own) moves the marks with it.
    QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart, [this] { positionMarks(); });
}

ForestPlot::~ForestPlot() = default;

std::optional<double> ForestPlot::noEffect() const
{
    if (m_spec.noEffect) {
        return m_spec.noEffect;
    }
    return eb::stats::noEffectValue(m_spec.metric);
}

ForestColumns ForestPlot::columnsFor(double width) const
{
    return layoutForestColumns(columnsInput(width));
}

ForestColumnsInput ForestPlot::columnsInput(double width) const
{
    ForestColumnsInput in;
    in.width = width;
    in.lineHeight = m_fonts.lineHeight;
    in.rowCount = static_cast<int>(m_texts.size());
    for (int c = 0; c < kForestColumns; ++c) {
        in.present[c] = m_hasColumn[c];
        if (!m_hasColumn[c]) {
            continue;
        }
        in.natural[c] = m_headerWidths[c];
        QStringList cells;
        for (const RowText &t : m_texts) {
            in.natural[c] = std::max(in.natural[c], t.widths[c]);
            cells << t.cells[c];
        }
        in.information[c] = columnInformation(cells);
    }
    for (const RowText &t : m_texts) {
        in.cells.push_back({t.cells[0], t.cells[1], t.cells[2], t.cells[3]});
    }
    in.distinctRows = m_distinctRows;
    // The pooled row's label sits in the study column.
    if (m_spec.pooled) {
        in.natural[StudyColumn] = std::max(
            in.natural[StudyColumn], QFontMetricsF(m_fonts.bold).horizontalAdvance(pooledLabel()));
        in.keepStudy = true;
    }
    in.numberWidth = m_numberWidth;
    in.hasWeights = m_hasWeights;
    in.weightWidth = m_weightWidth;
    return in;
}

bool ForestPlot::fitsWhole(const ForestColumnsInput &measured, double width) const
{
    // Nothing squeezed, elided or drawn over anything else at this width (at the largest chart
    // text a pane ran the headings together and printed the numbers over the markers): every
    // label column shown at its natural width, the plot wide enough for its axis title, the
    // numbers beside it, the favours words whole either side of the no-effect line, the pooled
    // lines whole.
    const double h = m_fonts.lineHeight;
    const double margin = std::round(0.9 * h);
    const QFontMetricsF body(m_fonts.body);
    const QFontMetricsF small(m_fonts.small);
    for (const QString &line : pooledSummaryLines()) {
        if (small.horizontalAdvance(line) + 2 * margin + 1 > width) {
            return false;
        }
    }
    ForestColumnsInput in = measured;
    in.width = width;
    const ForestColumns cols = layoutForestColumns(in);
    for (int c = 0; c < kForestColumns; ++c) {
        if (cols.width[c] > 0 && cols.width[c] + 0.5 < in.natural[c]) {
            return false; // squeezed: its labels would be elided
        }
    }
    const double plotNeeded =
        std::max(8 * h, QFontMetricsF(m_fonts.bold).horizontalAdvance(m_spec.axisTitle) + 2 * h);
    const double plot = cols.plotRight - cols.plotLeft;
    if (plot < plotNeeded || cols.numberX - cols.plotRight < 0.5 * h) {
        return false; // the numbers would run over the plot
    }
    const auto [left, right] = favoursTexts();
    const std::optional<double> null = noEffect();
    if (null && !left.isEmpty()) {
        const ForestAxis axis = forestAxis(m_spec, null, plot, m_fonts.scale);
        const auto t = [&](double v) {
            return axis.log ? std::log(v) : v;
        };
        double at = 0.5;
        if (*null >= axis.low && *null <= axis.high && axis.high > axis.low) {
            at = (t(*null) - t(axis.low)) / (t(axis.high) - t(axis.low));
        }
        const double nullX = cols.plotLeft + at * plot;
        const double gap = 0.6 * h;
        if (nullX - gap - margin < body.horizontalAdvance(left) ||
            width - margin - nullX - gap < body.horizontalAdvance(right)) {
            return false;
        }
    }
    return true;
}

double ForestPlot::minimumWidth() const
{
    // The narrowest width that holds everything whole (a narrow layout drops the least telling
    // columns, so some narrower widths fit where wider ones squeeze: see layoutWidth()).
    const ForestColumnsInput measured = columnsInput(0);
    const double step = std::max(1.0, m_fonts.lineHeight / 4);
    const double top = std::max(2000.0, 150 * m_fonts.lineHeight);
    double least = top;
    for (double width = top; width > 4 * m_fonts.lineHeight; width -= step) {
        if (fitsWhole(measured, width)) {
            least = width;
        }
    }
    return std::ceil(least);
}

double ForestPlot::layoutWidth(double available) const
{
    const ForestColumnsInput measured = columnsInput(0);
    if (fitsWhole(measured, available)) {
        return available;
    }
    // Rather a little narrower (a column dropped, the pane's right edge left white) than
    // squeezed; else the nearest wider width, which the view scrolls to.
    const double step = std::max(1.0, m_fonts.lineHeight / 4);
    for (double width = available - step; width >= 0.6 * available; width -= step) {
        if (fitsWhole(measured, width)) {
            return width;
        }
    }
    const double top = std::max({2000.0, 150 * m_fonts.lineHeight, available});
    for (double width = available + step; width <= top; width += step) {
        if (fitsWhole(measured, width)) {
            return std::ceil(width);
        }
    }
    return top;
}

void ForestPlot::chooseAxisRange(double plotWidth)
{
    const ForestAxis range = forestAxis(m_spec, noEffect(), plotWidth, m_fonts.scale);
    m_axisLow = range.low;
    m_axisHigh = range.high;
    if (range.log) {
        auto *axis = static_cast<QLogValueAxis *>(m_axisX);
        axis->setBase(range.logBase);
        axis->setRange(range.low, range.high);
        // Decades alone are sparse: faint minor grid lines at 2..9 give the eye a scale.
        axis->setMinorTickCount(range.logBase == 10.0 ? 8 : 0);
        axis->setMinorGridLineVisible(range.logBase == 10.0);
        axis->setMinorGridLinePen(QPen(QColor(0xEE, 0xEE, 0xEE), m_fonts.scale));
        return;
    }
    auto *axis = static_cast<QValueAxis *>(m_axisX);
    axis->setRange(range.low, range.high);
    axis->setTickAnchor(range.anchor);
    axis->setTickInterval(range.step);
    axis->setLabelFormat(range.significantLabels ? QStringLiteral("%.3g")
                                                 : QStringLiteral("%.%1f").arg(range.decimals));
}

QSizeF ForestPlot::naturalSize(double width) const
{
    const ForestColumns cols = columnsFor(width);
    const double top = topBlockHeight(width);
    const double bottom = bottomBlockHeight(width, cols.plotLeft, cols.plotRight);
    return {width, std::ceil(top + m_naturalPitch * static_cast<double>(m_slots.size()) + bottom)};
}

double ForestPlot::slotValue(int slot) const
{
    return static_cast<double>(slot) + 0.5;
}

QPointF ForestPlot::valuePosition(double value, int slot) const
{
    return m_chart->mapToPosition(QPointF(value, slotValue(slot)), m_anchor) + m_chart->pos();
}

QRectF ForestPlot::plotArea() const
{
    return m_chart->plotArea().translated(m_chart->pos());
}

int ForestPlot::slotOfRow(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_slotOfRow.size())) {
        return -1;
    }
    return m_slotOfRow[static_cast<std::size_t>(row)];
}

int ForestPlot::pooledSlot() const
{
    return m_spec.pooled ? static_cast<int>(m_slots.size()) - 1 : -1;
}

bool ForestPlot::onAxis(double value) const
{
    // A hair of tolerance so that a CI ending exactly on the axis end gets no arrow.
    const double tol = 1e-9 * std::max(1.0, std::abs(m_axisHigh - m_axisLow));
    return value >= m_axisLow - tol && value <= m_axisHigh + tol;
}

double ForestPlot::clampToAxis(double value) const
{
    return std::clamp(value, m_axisLow, m_axisHigh);
}

QRectF ForestPlot::markerRect(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_markerRects.size())) {
        return {};
    }
    return m_markerRects[static_cast<std::size_t>(row)];
}

void ForestPlot::layoutItems(const QSizeF &size)
{
    const double width = size.width();
    const ForestColumns cols = columnsFor(width);
    chooseAxisRange(cols.plotRight - cols.plotLeft);
    m_rangeChosen = true;
    const double top = topBlockHeight(width);
    const double bottom = bottomBlockHeight(width, cols.plotLeft, cols.plotRight);
    const double rowsHeight = std::max(1.0, size.height() - top - bottom);
    m_pitch = rowsHeight / static_cast<double>(m_slots.size());
    m_plotTop = top;
    const QRectF plot(cols.plotLeft, top, cols.plotRight - cols.plotLeft, rowsHeight);
    setPlotArea(plot);
    positionMarks();
    addTexts(cols, width);
}

void ForestPlot::positionMarks()
{
    const QRectF plot = m_chart->plotArea();
    if (!m_rangeChosen || plot.isEmpty() || m_slots.empty()) {
        return; // Qt Charts may lay out before our first layoutItems(): nothing to place yet
    }
    // Everything below is in the chart's coordinates (the marks are the chart's children).
    const auto pos = [&](double value, int slot) {
        return m_chart->mapToPosition(QPointF(value, slotValue(slot)), m_anchor);
    };
    const double pitch = plot.height() / static_cast<double>(m_slots.size());
    const double arrow = std::clamp(0.45 * pitch, 1.5, 0.5 * m_fonts.lineHeight);

    for (QGraphicsRectItem *band : m_bands) {
        const double from = clampToAxis(band->data(0).toDouble());
        const double to = clampToAxis(band->data(1).toDouble());
        const double x1 = pos(from, 0).x();
        const double x2 = pos(to, 0).x();
        band->setRect(QRectF(QPointF(x1, plot.top()), QPointF(x2, plot.bottom())));
    }
    if (const auto null = noEffect(); null && onAxis(*null)) {
        const double x = pos(*null, 0).x();
        m_noEffect->setLine(x, plot.top(), x, plot.bottom());
        m_noEffect->setVisible(true);
    } else {
        m_noEffect->setVisible(false);
    }

    // Marker sizes: area proportional to weight (or N), as in most forest plots.
    double maxValue = 0;
    for (const ForestRow &row : m_spec.rows) {
        const double v = m_hasWeights ? row.weight.value_or(0) : row.n.value_or(0);
        maxValue = std::max(maxValue, v);
    }
    const double sMax = std::max(1.5, std::min(0.8 * pitch, 1.05 * m_fonts.lineHeight));
    const double sMin = std::max(1.5, std::min(0.4 * m_fonts.lineHeight, 0.45 * sMax));

    QList<QLineF> whiskers;
    QPainterPath arrows;
    QList<QRectF> reported;
    QList<QRectF> derived;
    whiskers.reserve(m_spec.rows.size());
    // Winding fill: with the default odd-even rule two arrowheads on one spot would cancel.
    arrows.setFillRule(Qt::WindingFill);
    m_arrowCount = 0;
    m_markerRects.assign(static_cast<std::size_t>(m_spec.rows.size()), QRectF());
    const auto addArrow = [&](double x, double y, double direction) {
        QPolygonF head;
        head << QPointF(x, y) << QPointF(x - direction * arrow * 1.6, y - arrow)
             << QPointF(x - direction * arrow * 1.6, y + arrow) << QPointF(x, y);
        arrows.addPolygon(head);
        arrows.closeSubpath();
        ++m_arrowCount;
    };
    for (std::size_t s = 0; s < m_slots.size(); ++s) {
        const Slot &slot = m_slots[s];
        if (slot.kind != Slot::Kind::Row) {
            continue;
        }
        const int slotIndex = static_cast<int>(s);
        const ForestRow &row = m_spec.rows.at(slot.row);
        const double y = pos(m_axisLow, slotIndex).y();
        if (row.ciLow) {
            const double lo = *row.ciLow;
            const double hi = *row.ciHigh;
            const bool loInside = onAxis(lo);
            const bool hiInside = onAxis(hi);
            if (hi >= m_axisLow && lo <= m_axisHigh) {
                double x1 = pos(clampToAxis(lo), slotIndex).x();
                double x2 = pos(clampToAxis(hi), slotIndex).x();
                // The arrowhead carries the last stretch, so the line stops at its base.
                if (!loInside) {
                    addArrow(x1, y, -1);
                    x1 += arrow * 1.6;
                }
                if (!hiInside) {
                    addArrow(x2, y, 1);
                    x2 -= arrow * 1.6;
                }
                whiskers.append(QLineF(x1, y, std::max(x1, x2), y));
            } else if (hi < m_axisLow) {
                addArrow(plot.left(), y, -1); // the whole interval lies left of the axis
            } else {
                addArrow(plot.right(), y, 1);
            }
        }
        if (row.estimate && onAxis(*row.estimate)) {
            const double v = m_hasWeights ? row.weight.value_or(0) : row.n.value_or(0);
            const double size = maxValue > 0
                                    ? sMin + (sMax - sMin) * std::sqrt(std::max(0.0, v) / maxValue)
                                    : 0.5 * (sMin + sMax);
            const QPointF c = pos(*row.estimate, slotIndex);
            const QRectF r(c.x() - size / 2, c.y() - size / 2, size, size);
            (row.derived ? derived : reported).append(r);
            m_markerRects[static_cast<std::size_t>(slot.row)] = r.translated(m_chart->pos());
        }
    }
    m_whiskers->setMarks(std::move(whiskers), {});
    m_arrows->setPath(arrows);
    m_reportedMarkers->setMarks({}, std::move(reported));
    m_derivedMarkers->setMarks({}, std::move(derived));

    if (m_spec.pooled) {
        const PooledSummary &p = *m_spec.pooled;
        const int slot = pooledSlot();
        const double y = pos(m_axisLow, slot).y();
        const double half = std::max(1.5, std::min(0.45 * pitch, 0.6 * m_fonts.lineHeight));
        const double xl = pos(clampToAxis(p.ciLow), slot).x();
        const double xe = pos(clampToAxis(p.estimate), slot).x();
        const double xh = pos(clampToAxis(p.ciHigh), slot).x();
        m_diamond->setPolygon(QPolygonF{QPointF(xl, y), QPointF(xe, y - half), QPointF(xh, y),
                                        QPointF(xe, y + half), QPointF(xl, y)});
        if (p.piLow) {
            const double pl = pos(clampToAxis(*p.piLow), slot).x();
            const double ph = pos(clampToAxis(*p.piHigh), slot).x();
            QPainterPath pi;
            pi.moveTo(pl, y);
            pi.lineTo(ph, y);
            pi.moveTo(pl, y - half * 0.6);
            pi.lineTo(pl, y + half * 0.6);
            pi.moveTo(ph, y - half * 0.6);
            pi.lineTo(ph, y + half * 0.6);
            m_prediction->setPath(pi);
        }
        if (onAxis(p.estimate)) {
            m_pooledLine->setLine(xe, plot.top(), xe, plot.bottom());
        }
        m_pooledLine->setVisible(onAxis(p.estimate));
    }
}

} // namespace eb::charts

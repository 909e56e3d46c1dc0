#include "charts/forestplot.h"

#include "catalogue/vocabulary.h"
#include "charts/chartlegend.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainterPath>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace eb::charts {

using eb::catalogue::vocabulary::metricAxisTitle;
using eb::catalogue::vocabulary::metricShort;

using eb::stats::Metric;

namespace {

constexpr int kStudy = 0;
constexpr int kOutcome = 1;
constexpr int kTimepoint = 2;
constexpr int kN = 3;

// Z values relative to QChart's own items (plot background 0, shades 1, grid 2, axes 3,
// series 4, legend 5): bands sit under the grid, marks over the series layer.
constexpr double kBandZ = 1.5;
constexpr double kLineZ = 4.2;
constexpr double kWhiskerZ = 4.4;
constexpr double kMarkerZ = 4.6;
constexpr double kTextZ = 6;

bool finite(const std::optional<double> &value)
{
    return value.has_value() && std::isfinite(*value);
}

// A "nice" step (1, 2, 2.5 or 5 times a power of ten) near raw.
double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw)) {
        return 1.0;
    }
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    double nice = 10;
    if (fraction <= 1) {
        nice = 1;
    } else if (fraction <= 2) {
        nice = 2;
    } else if (fraction <= 2.5) {
        nice = 2.5;
    } else if (fraction <= 5) {
        nice = 5;
    }
    return nice * power;
}

// Benchmark bands: darker for larger effects, light enough that whiskers stay readable.
float bandAlpha(int strength)
{
    switch (strength) {
    case 1:
        return 0.14F;
    case 2:
        return 0.30F;
    default:
        return 0.40F;
    }
}

int decimalsForStep(double step)
{
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-9) {
        ++decimals;
    }
    return decimals;
}

} // namespace

struct ForestPlot::Columns
{
    double x[4] = {0, 0, 0, 0};
    double width[4] = {0, 0, 0, 0};
    double labelRight = 0;
    double plotLeft = 0;
    double plotRight = 0;
    double numberX = 0;
    double weightX = 0;
    double margin = 0;
};

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

    buildSlots();
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

QString ForestPlot::pooledLabel() const
{
    if (!m_spec.pooled) {
        return {};
    }
    const PooledSummary &p = *m_spec.pooled;
    if (!p.label.isEmpty()) {
        return p.label;
    }
    return tr("Pooled (%1)").arg(p.method.isEmpty() ? tr("meta-analysis") : p.method);
}

std::optional<double> ForestPlot::noEffect() const
{
    if (m_spec.noEffect) {
        return m_spec.noEffect;
    }
    return eb::stats::noEffectValue(m_spec.metric);
}

void ForestPlot::buildSlots()
{
    std::vector<int> order(static_cast<std::size_t>(m_spec.rows.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto &rows = m_spec.rows;
    const auto at = [&](int i) -> const ForestRow & {
        return rows.at(i);
    };
    switch (m_spec.sort) {
    case ForestSort::Input:
        break;
    case ForestSort::Effect:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto &ea = at(a).estimate;
            const auto &eb = at(b).estimate;
            if (ea.has_value() != eb.has_value()) {
                return ea.has_value(); // not reported last
            }
            return ea && *ea < *eb;
        });
        break;
    case ForestSort::Weight:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const double wa = at(a).weight.value_or(-1);
            const double wb = at(b).weight.value_or(-1);
            if (wa != wb) {
                return wa > wb;
            }
            return at(a).n.value_or(-1) > at(b).n.value_or(-1);
        });
        break;
    case ForestSort::Year:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int ya = at(a).year.value_or(100000);
            const int yb = at(b).year.value_or(100000);
            if (ya != yb) {
                return ya < yb;
            }
            return at(a).study.localeAwareCompare(at(b).study) < 0;
        });
        break;
    case ForestSort::Name:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return at(a).study.localeAwareCompare(at(b).study) < 0;
        });
        break;
    }
    if (m_spec.groupRows) {
        // Groups in order of first appearance; the sort applies within each group.
        QStringList groups;
        for (int i : order) {
            if (!groups.contains(at(i).group)) {
                groups << at(i).group;
            }
        }
        std::vector<int> grouped;
        for (const QString &group : groups) {
            for (int i : order) {
                if (at(i).group == group) {
                    grouped.push_back(i);
                }
            }
        }
        order = grouped;
    }
    m_slots.clear();
    m_slotOfRow.assign(order.size(), -1);
    QString currentGroup;
    bool first = true;
    for (int i : order) {
        if (m_spec.groupRows && (first || at(i).group != currentGroup)) {
            currentGroup = at(i).group;
            m_slots.push_back(
                {Slot::Kind::Group, -1, currentGroup.isEmpty() ? tr("Other") : currentGroup});
        }
        first = false;
        m_slotOfRow[static_cast<std::size_t>(i)] = static_cast<int>(m_slots.size());
        m_slots.push_back({Slot::Kind::Row, i, {}});
    }
    if (m_spec.pooled) {
        m_slots.push_back({Slot::Kind::Spacer, -1, {}});
        m_slots.push_back({Slot::Kind::Pooled, -1, {}});
    }
    if (m_slots.empty()) {
        m_slots.push_back({Slot::Kind::Spacer, -1, {}});
    }
}

void ForestPlot::measureTexts()
{
    const QFontMetricsF metrics(m_fonts.body);
    const QFontMetricsF bold(m_fonts.bold);
    const int d = std::clamp(m_spec.decimals, 0, 6);
    m_texts.resize(static_cast<std::size_t>(m_spec.rows.size()));
    const QString headers[4] = {tr("Study"), tr("Outcome"), tr("Timepoint"), tr("N")};
    for (int c = 0; c < 4; ++c) {
        m_headerWidths[c] = bold.horizontalAdvance(headers[c]);
    }
    m_numberWidth = bold.horizontalAdvance(
        tr("%1 [%2% CI]").arg(metricShort(m_spec.metric)).arg(m_spec.ciLevel));
    m_weightWidth = m_hasWeights ? bold.horizontalAdvance(tr("Weight")) : 0;
    for (int i = 0; i < m_spec.rows.size(); ++i) {
        const ForestRow &row = m_spec.rows.at(i);
        RowText &t = m_texts[static_cast<std::size_t>(i)];
        t.cells[kStudy] = row.study;
        t.cells[kOutcome] = row.outcome;
        if (m_favours == 0 && !row.favoursAboveNull) {
            t.cells[kOutcome] += QStringLiteral(" †");
        }
        t.cells[kTimepoint] = row.timepoint;
        t.cells[kN] = row.n ? QString::number(*row.n) : QString();
        for (int c = 0; c < 4; ++c) {
            if (!t.cells[c].isEmpty()) {
                t.widths[c] = metrics.horizontalAdvance(t.cells[c]);
                m_hasColumn[c] = true;
            }
        }
        if (!row.estimate) {
            t.number = tr("not reported");
        } else if (row.ciLow) {
            t.number =
                QStringLiteral("%1 [%2, %3]")
                    .arg(formatChartNumber(*row.estimate, d), formatChartNumber(*row.ciLow, d),
                         formatChartNumber(*row.ciHigh, d));
        } else {
            t.number = tr("%1 [CI not reported]").arg(formatChartNumber(*row.estimate, d));
        }
        t.numberWidth = metrics.horizontalAdvance(t.number) * (row.derived ? 1.05 : 1.0);
        m_numberWidth = std::max(m_numberWidth, t.numberWidth);
        if (row.weight) {
            t.weight = QStringLiteral("%1%").arg(formatChartNumber(*row.weight, 1));
            m_weightWidth = std::max(m_weightWidth, metrics.horizontalAdvance(t.weight));
        }
    }
    m_hasColumn[kStudy] = true;
    if (m_spec.pooled) {
        const PooledSummary &p = *m_spec.pooled;
        const QString number =
            QStringLiteral("%1 [%2, %3]")
                .arg(formatChartNumber(p.estimate, d), formatChartNumber(p.ciLow, d),
                     formatChartNumber(p.ciHigh, d));
        m_numberWidth = std::max(m_numberWidth, bold.horizontalAdvance(number));
    }
    m_naturalPitch = std::ceil(m_fonts.lineHeight * 1.45);
}

ForestPlot::Columns ForestPlot::columnsFor(double width) const
{
    Columns cols;
    const double h = m_fonts.lineHeight;
    cols.margin = std::round(0.9 * h);
    const double gap = 0.9 * h;
    double natural[4];
    for (int c = 0; c < 4; ++c) {
        natural[c] = 0;
        if (!m_hasColumn[c]) {
            continue;
        }
        natural[c] = m_headerWidths[c];
        for (const RowText &t : m_texts) {
            natural[c] = std::max(natural[c], t.widths[c]);
        }
    }
    // The pooled row's label sits in the study column.
    if (m_spec.pooled) {
        natural[kStudy] =
            std::max(natural[kStudy], QFontMetricsF(m_fonts.bold).horizontalAdvance(pooledLabel()));
    }
    const double right = m_numberWidth + (m_hasWeights ? gap + m_weightWidth : 0);
    const double minPlot = std::max(0.3 * width, 12 * h);
    const double budget = std::max(4 * h, width - 2 * cols.margin - right - minPlot - 2 * gap);
    bool shown[4] = {m_hasColumn[0], m_hasColumn[1], m_hasColumn[2], m_hasColumn[3]};
    double widths[4] = {natural[0], natural[1], natural[2], natural[3]};
    // Squeeze the text columns (study, outcome, timepoint; N stays whole) by max-min fairness:
    // the room is shared equally, a column that needs less than its share keeps its natural
    // width and leaves the rest to the others. Squeezed labels are elided.
    const auto squeeze = [&] {
        double used = 0;
        int count = 0;
        for (int c = 0; c < 4; ++c) {
            widths[c] = natural[c];
            if (shown[c]) {
                used += natural[c];
                ++count;
            }
        }
        used += gap * 0.8 * std::max(0, count - 1);
        if (used <= budget) {
            return;
        }
        double available = budget - (used - (shown[kStudy] ? natural[kStudy] : 0) -
                                     (shown[kOutcome] ? natural[kOutcome] : 0) -
                                     (shown[kTimepoint] ? natural[kTimepoint] : 0));
        available = std::max(6 * h, available);
        std::vector<int> open;
        for (int c : {kStudy, kOutcome, kTimepoint}) {
            if (shown[c]) {
                open.push_back(c);
            }
        }
        std::sort(open.begin(), open.end(), [&](int a, int b) { return natural[a] < natural[b]; });
        for (std::size_t i = 0; i < open.size(); ++i) {
            const double share = available / static_cast<double>(open.size() - i);
            widths[open[i]] = std::min(natural[open[i]], std::max(3 * h, share));
            available -= widths[open[i]];
        }
    };
    squeeze();
    // In a narrow pane, columns elided to a few letters help nobody: drop the least telling
    // ones until the first label column left gets a readable width. How telling a column is
    // is measured by the entropy of its values: a column that says the same on every row (one
    // study's results all say "CAPTAIN II") tells no rows apart and goes first; one that
    // splits the rows evenly (their timepoints) goes last. Ties go N, timepoint, outcome,
    // study. The tooltip still names every column.
    const auto information = [&](int c) {
        QHash<QString, int> counts;
        for (const RowText &t : m_texts) {
            counts[t.cells[c]] += 1;
        }
        double entropy = 0;
        for (const int count : std::as_const(counts)) {
            const double p = count / static_cast<double>(m_texts.size());
            entropy -= p * std::log(p);
        }
        return entropy;
    };
    const auto constant = [&](int c) {
        return m_texts.size() > 1 && information(c) < 1e-12;
    };
    std::vector<int> order;
    for (int c : {kN, kTimepoint, kOutcome, kStudy}) {
        // The pooled row's label needs the study column.
        if (shown[c] && !(c == kStudy && m_spec.pooled)) {
            order.push_back(c);
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return information(a) < information(b) - 1e-9; });
    const auto labelColumns = [&] {
        return int(shown[kStudy]) + int(shown[kOutcome]) + int(shown[kTimepoint]);
    };
    for (int c : order) {
        const int lead = shown[kStudy] ? kStudy : (shown[kOutcome] ? kOutcome : kTimepoint);
        // A telling outcome goes only when the names get tiny.
        const double readable = (c == kOutcome && !constant(c) ? 5 : 9) * h;
        if (widths[lead] >= std::min(natural[lead], readable) - 0.5) {
            break;
        }
        if (c != kN && labelColumns() <= 1) {
            break; // keep one label column
        }
        shown[c] = false;
        squeeze();
    }
    double x = cols.margin;
    for (int c = 0; c < 4; ++c) {
        cols.x[c] = x;
        cols.width[c] = shown[c] ? widths[c] : 0;
        if (shown[c]) {
            x += widths[c] + gap * 0.8;
        }
    }
    cols.labelRight = x - gap * 0.8;
    cols.plotLeft = cols.labelRight + gap;
    cols.weightX = width - cols.margin - (m_hasWeights ? m_weightWidth : 0);
    cols.numberX = (m_hasWeights ? cols.weightX - gap : width - cols.margin) - m_numberWidth;
    cols.plotRight = std::max(cols.plotLeft + 4 * h, cols.numberX - gap);
    return cols;
}

void ForestPlot::chooseAxisRange(double plotWidth)
{
    const bool ratio = eb::stats::isRatio(m_spec.metric);
    const auto t = [&](double v) {
        return ratio ? std::log(v) : v;
    };
    const auto inv = [&](double v) {
        return ratio ? std::exp(v) : v;
    };
    const std::optional<double> null = noEffect();

    double coreLo = INFINITY;
    double coreHi = -INFINITY;
    double allLo = INFINITY;
    double allHi = -INFINITY;
    const auto core = [&](double v) {
        coreLo = std::min(coreLo, t(v));
        coreHi = std::max(coreHi, t(v));
    };
    const auto all = [&](double v) {
        allLo = std::min(allLo, t(v));
        allHi = std::max(allHi, t(v));
    };
    if (null) {
        core(*null);
    }
    for (const ForestRow &row : m_spec.rows) {
        if (row.estimate) {
            core(*row.estimate);
        }
        if (row.ciLow) {
            all(*row.ciLow);
            all(*row.ciHigh);
        }
    }
    if (m_spec.pooled) {
        core(m_spec.pooled->ciLow);
        core(m_spec.pooled->ciHigh);
        if (m_spec.pooled->piLow) {
            core(*m_spec.pooled->piLow);
            core(*m_spec.pooled->piHigh);
        }
    }
    if (!std::isfinite(coreLo)) {
        coreLo = ratio ? std::log(0.5) : -1;
        coreHi = ratio ? std::log(2.0) : 1;
    }
    double span = coreHi - coreLo;
    if (span < 1e-9) {
        span = m_spec.metric == Metric::MannWhitney ? 0.2 : 0.5;
        coreLo -= span / 2;
        coreHi += span / 2;
    }
    // Wide CIs may stretch the axis, but not so far that the estimates collapse into a
    // corner: beyond twice the estimates' span they end in an arrow instead.
    double lo = std::min(coreLo, std::max(allLo, coreLo - 2 * span));
    double hi = std::max(coreHi, std::min(allHi, coreHi + 2 * span));
    const double pad = 0.04 * (hi - lo);
    lo -= pad;
    hi += pad;
    if (m_spec.metric == Metric::MannWhitney) {
        lo = std::max(lo, 0.0);
        hi = std::min(hi, 1.0);
    }

    const int ticks = std::clamp(static_cast<int>(plotWidth / (85 * m_fonts.scale)), 2, 10);
    if (ratio) {
        double low = inv(lo);
        double high = inv(hi);
        const double base = high / low <= 64 ? 2.0 : 10.0;
        if (base == 2.0) {
            // Snap outward to powers of two so that the ends carry labels.
            low = std::pow(2.0, std::floor(std::log2(low) + 1e-9));
            high = std::pow(2.0, std::ceil(std::log2(high) - 1e-9));
        } else {
            // Whole decades would waste up to nine tenths of a decade at each end: snap to
            // 1, 2 or 5 times a power of ten instead (labels stay on the decades).
            const auto snap = [](double v, bool down) {
                const double decade = std::pow(10.0, std::floor(std::log10(v)));
                const double steps[] = {1, 2, 5, 10};
                double best = down ? decade : 10 * decade;
                for (double step : steps) {
                    const double candidate = step * decade;
                    if (down && candidate <= v * (1 + 1e-9)) {
                        best = candidate;
                    }
                    if (!down && candidate >= v * (1 - 1e-9)) {
                        best = candidate;
                        break;
                    }
                }
                return best;
            };
            low = snap(low, true);
            high = snap(high, false);
        }
        if (m_spec.axisMin && m_spec.axisMax && *m_spec.axisMin > 0 &&
            *m_spec.axisMin < *m_spec.axisMax) {
            low = *m_spec.axisMin;
            high = *m_spec.axisMax;
        }
        auto *axis = static_cast<QLogValueAxis *>(m_axisX);
        axis->setBase(base);
        axis->setRange(low, high);
        // Decades alone are sparse: faint minor grid lines at 2..9 give the eye a scale.
        axis->setMinorTickCount(base == 10.0 ? 8 : 0);
        axis->setMinorGridLineVisible(base == 10.0);
        axis->setMinorGridLinePen(QPen(QColor(0xEE, 0xEE, 0xEE), m_fonts.scale));
        m_axisLow = low;
        m_axisHigh = high;
        return;
    }
    double step = niceStep((hi - lo) / ticks);
    const double anchor = null.value_or(0.0);
    if (m_spec.axisMin && m_spec.axisMax && std::isfinite(*m_spec.axisMin) &&
        std::isfinite(*m_spec.axisMax) && *m_spec.axisMin < *m_spec.axisMax) {
        lo = *m_spec.axisMin;
        hi = *m_spec.axisMax;
        step = niceStep((hi - lo) / ticks);
    } else {
        lo = anchor + std::floor((lo - anchor) / step + 1e-9) * step;
        hi = anchor + std::ceil((hi - anchor) / step - 1e-9) * step;
    }
    auto *axis = static_cast<QValueAxis *>(m_axisX);
    axis->setRange(lo, hi);
    axis->setTickAnchor(anchor);
    axis->setTickInterval(step);
    // Beyond a million, fixed decimals give labels wider than a tick's room: use %g.
    axis->setLabelFormat(std::max(std::abs(lo), std::abs(hi)) >= 1e6
                             ? QStringLiteral("%.3g")
                             : QStringLiteral("%.%1f").arg(decimalsForStep(step)));
    m_axisLow = lo;
    m_axisHigh = hi;
}

QList<LegendEntry> ForestPlot::legendEntries() const
{
    QList<LegendEntry> entries;
    if (m_hasReported) {
        entries.append({LegendEntry::Symbol::FilledSquare, okabeito::blue, tr("Reported")});
    }
    if (m_hasDerived) {
        entries.append({LegendEntry::Symbol::HollowSquare, okabeito::blue,
                        tr("Derived (converted by this program)")});
    }
    entries.append({LegendEntry::Symbol::Line, okabeito::black, tr("%1% CI").arg(m_spec.ciLevel)});
    if (m_spec.pooled) {
        entries.append({LegendEntry::Symbol::Diamond, okabeito::vermillion, tr("Pooled estimate")});
        if (m_spec.pooled->piLow) {
            entries.append({LegendEntry::Symbol::Line, okabeito::vermillion,
                            tr("%1% prediction interval").arg(m_spec.ciLevel)});
        }
    }
    if (m_spec.showBenchmarks) {
        QList<int> seen;
        for (const BenchmarkBand &band : m_spec.benchmarks) {
            if (seen.contains(band.strength) || band.label.isEmpty()) {
                continue;
            }
            seen << band.strength;
            QColor c = okabeito::skyBlue;
            c.setAlphaF(bandAlpha(band.strength));
            entries.append({LegendEntry::Symbol::Swatch, c, band.label});
        }
    }
    bool beyond = false;
    for (const ForestRow &row : m_spec.rows) {
        if (row.ciLow && (!onAxis(*row.ciLow) || !onAxis(*row.ciHigh))) {
            beyond = true;
            break;
        }
    }
    if (beyond) {
        entries.append(
            {LegendEntry::Symbol::Arrow, okabeito::black, tr("CI continues beyond the axis")});
    }
    return entries;
}

double ForestPlot::topBlockHeight(double width) const
{
    const double margin = std::round(0.9 * m_fonts.lineHeight);
    double y = margin;
    if (!m_spec.title.isEmpty()) {
        y += static_cast<double>(wrapText(m_spec.title, m_fonts.title, width - 2 * margin).size()) *
                 m_fonts.titleLineHeight +
             0.4 * m_fonts.lineHeight;
    }
    y += m_fonts.lineHeight * 1.4; // column headings
    return y;
}

double ForestPlot::bottomBlockHeight(double width, double plotLeft, double plotRight) const
{
    Q_UNUSED(plotLeft)
    Q_UNUSED(plotRight)
    const double margin = std::round(0.9 * m_fonts.lineHeight);
    const double axisLabels = QFontMetricsF(m_fonts.axis).height();
    double h = 5 * m_fonts.scale + axisLabels * 1.3 + m_fonts.lineHeight * 1.3; // axis + title
    h += m_fonts.lineHeight * 1.5;                                              // favours
    const double textWidth = width - 2 * margin;
    if (m_spec.pooled) {
        h += 0.3 * m_fonts.lineHeight;
        // One line for the heterogeneity statistics, one for the prediction interval.
        h += 2 * m_fonts.smallLineHeight * 1.15;
    }
    h += 0.5 * m_fonts.lineHeight + legendHeight(legendEntries(), m_fonts, textWidth);
    QString footnote = m_spec.footnote;
    if (m_favours == 0) {
        footnote += QStringLiteral(" ") + tr("† A higher value favours control for this outcome.");
    }
    if (!footnote.trimmed().isEmpty()) {
        h += static_cast<double>(wrapText(footnote.trimmed(), m_fonts.small, textWidth).size()) *
             m_fonts.smallLineHeight;
    }
    return h + margin;
}

QSizeF ForestPlot::naturalSize(double width) const
{
    const Columns cols = columnsFor(width);
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
    const Columns cols = columnsFor(width);
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

void ForestPlot::addTexts(const Columns &cols, double width)
{
    delete m_textLayer;
    m_textLayer = new QGraphicsRectItem(m_chart);
    m_textLayer->setPen(Qt::NoPen);
    m_textLayer->setBrush(Qt::NoBrush);
    m_textLayer->setZValue(kTextZ);

    const ChartFonts &f = m_fonts;
    const QFontMetricsF metrics(f.body);
    const QFontMetricsF boldMetrics(f.bold);
    const QColor ink = okabeito::black;
    const QColor muted(0x55, 0x55, 0x55);
    const double h = f.lineHeight;
    const double margin = cols.margin;
    const QRectF plot = m_chart->plotArea();

    double y = margin;
    if (!m_spec.title.isEmpty()) {
        for (const QString &line : wrapText(m_spec.title, f.title, width - 2 * margin)) {
            addText(m_textLayer, line, f.title, ink, margin, y);
            y += f.titleLineHeight;
        }
        y += 0.4 * h;
    }
    // Column headings.
    const QString headers[4] = {tr("Study"), tr("Outcome"), tr("Timepoint"), tr("N")};
    for (int c = 0; c < 4; ++c) {
        if (!m_hasColumn[c] || cols.width[c] <= 0) {
            continue;
        }
        const QString text = boldMetrics.elidedText(headers[c], Qt::ElideRight, cols.width[c]);
        const double x =
            c == kN ? cols.x[c] + cols.width[c] - boldMetrics.horizontalAdvance(text) : cols.x[c];
        addText(m_textLayer, text, f.bold, ink, x, y);
    }
    addText(m_textLayer, tr("%1 [%2% CI]").arg(metricShort(m_spec.metric)).arg(m_spec.ciLevel),
            f.bold, ink, cols.numberX, y);
    if (m_hasWeights) {
        addText(m_textLayer, tr("Weight"), f.bold, ink,
                cols.weightX + m_weightWidth - boldMetrics.horizontalAdvance(tr("Weight")), y);
    }

    // Rows. When rows are closer than a line of text, labels are thinned out (greedily, top
    // to bottom) so that no two overlap; every row keeps its marker, whisker and tooltip.
    const double pitch = m_pitch;
    const auto centre = [&](int slot) {
        return m_plotTop + (slot + 0.5) * pitch;
    };
    const int pooled = pooledSlot();
    const double pooledTop = pooled >= 0 ? centre(pooled) - h / 2 : INFINITY;
    double lastBottom = -INFINITY;
    QFont italic = f.body;
    italic.setItalic(true);
    for (std::size_t s = 0; s < m_slots.size(); ++s) {
        const Slot &slot = m_slots[s];
        if (slot.kind == Slot::Kind::Spacer || slot.kind == Slot::Kind::Pooled) {
            continue;
        }
        const double top = centre(static_cast<int>(s)) - h / 2;
        if (top < lastBottom - 0.01 || top + h > pooledTop + 0.01) {
            continue;
        }
        lastBottom = top + h;
        if (slot.kind == Slot::Kind::Group) {
            addText(m_textLayer,
                    boldMetrics.elidedText(slot.text, Qt::ElideRight, cols.labelRight - margin),
                    f.bold, ink, margin, top);
            continue;
        }
        const ForestRow &row = m_spec.rows.at(slot.row);
        const RowText &t = m_texts[static_cast<std::size_t>(slot.row)];
        for (int c = 0; c < 4; ++c) {
            if (t.cells[c].isEmpty() || cols.width[c] <= 0) {
                continue;
            }
            const QString text =
                t.widths[c] <= cols.width[c] + 0.01
                    ? t.cells[c]
                    : metrics.elidedText(t.cells[c], Qt::ElideRight, cols.width[c]);
            const double tw =
                t.widths[c] <= cols.width[c] + 0.01 ? t.widths[c] : metrics.horizontalAdvance(text);
            const double x = c == kN ? cols.x[c] + cols.width[c] - tw : cols.x[c];
            addText(m_textLayer, text, f.body, ink, x, top);
        }
        addText(m_textLayer, t.number, row.derived ? italic : f.body, row.estimate ? ink : muted,
                cols.numberX, top);
        if (!t.weight.isEmpty()) {
            addText(m_textLayer, t.weight, f.body, ink,
                    cols.weightX + m_weightWidth - metrics.horizontalAdvance(t.weight), top);
        }
    }
    if (m_spec.pooled) {
        const PooledSummary &p = *m_spec.pooled;
        const double top = centre(pooled) - h / 2;
        const QString label = pooledLabel();
        addText(m_textLayer,
                boldMetrics.elidedText(label, Qt::ElideRight, cols.labelRight - margin), f.bold,
                ink, margin, top);
        const int d = std::clamp(m_spec.decimals, 0, 6);
        addText(m_textLayer,
                QStringLiteral("%1 [%2, %3]")
                    .arg(formatChartNumber(p.estimate, d), formatChartNumber(p.ciLow, d),
                         formatChartNumber(p.ciHigh, d)),
                f.bold, ink, cols.numberX, top);
        if (m_hasWeights) {
            addText(m_textLayer, QStringLiteral("100%"), f.bold, ink,
                    cols.weightX + m_weightWidth -
                        boldMetrics.horizontalAdvance(QStringLiteral("100%")),
                    top);
        }
    }

    // Below the axis: which side favours whom, then the heterogeneity line, legend, notes.
    const double axisLabels = QFontMetricsF(f.axis).height();
    y = plot.bottom() + 5 * f.scale + axisLabels * 1.3 + h * 1.3;
    const std::optional<double> null = noEffect();
    if (null) {
        QString left = QStringLiteral("← ") + tr("Favours %1").arg(m_spec.controlName);
        QString right = tr("Favours %1").arg(m_spec.treatmentName) + QStringLiteral(" →");
        if (m_favours < 0) {
            left = QStringLiteral("← ") + tr("Favours %1").arg(m_spec.treatmentName);
            right = tr("Favours %1").arg(m_spec.controlName) + QStringLiteral(" →");
        } else if (m_favours == 0) {
            left = QStringLiteral("← ") + tr("Lower values");
            right = tr("Higher values") + QStringLiteral(" →");
        }
        const double nullX = onAxis(*null)
                                 ? m_chart->mapToPosition(QPointF(*null, 0.5), m_anchor).x()
                                 : plot.center().x();
        const double gap = 0.6 * h;
        const double leftRoom = nullX - gap - margin;
        const double rightRoom = width - margin - (nullX + gap);
        const QString l = metrics.elidedText(left, Qt::ElideLeft, std::max(0.0, leftRoom));
        const QString r = metrics.elidedText(right, Qt::ElideRight, std::max(0.0, rightRoom));
        const QColor favourColour(0x33, 0x33, 0x33);
        addText(m_textLayer, l, f.body, favourColour, nullX - gap - metrics.horizontalAdvance(l),
                y);
        addText(m_textLayer, r, f.body, favourColour, nullX + gap, y);
    }
    y += h * 1.5;
    const double textWidth = width - 2 * margin;
    if (m_spec.pooled) {
        const PooledSummary &p = *m_spec.pooled;
        y += 0.3 * h;
        QStringList parts;
        if (p.tau2) {
            parts << QStringLiteral("τ² = %1").arg(formatChartNumber(*p.tau2, 4));
        }
        if (p.i2) {
            parts << QStringLiteral("I² = %1%").arg(formatChartNumber(*p.i2, 1));
        }
        if (p.q) {
            QString q = QStringLiteral("Q = %1").arg(formatChartNumber(*p.q, 2));
            if (p.qDf) {
                q += QStringLiteral(" (df = %1)").arg(*p.qDf);
            }
            parts << q;
        }
        if (p.qP) {
            parts << (*p.qP < 0.001 ? QStringLiteral("p < 0.001")
                                    : QStringLiteral("p = %1").arg(formatChartNumber(*p.qP, 3)));
        }
        const QString heterogeneity =
            parts.isEmpty() ? QString()
                            : tr("Heterogeneity: %1").arg(parts.join(QStringLiteral(", ")));
        const QFontMetricsF small(f.small);
        addText(m_textLayer, small.elidedText(heterogeneity, Qt::ElideRight, textWidth), f.small,
                ink, margin, y);
        y += f.smallLineHeight * 1.15;
        const int d = std::clamp(m_spec.decimals, 0, 6);
        QString model = tr("Model: %1").arg(p.method.isEmpty() ? tr("not stated") : p.method);
        if (p.piLow) {
            model += QStringLiteral("; ") +
                     tr("%1% prediction interval %2 to %3")
                         .arg(m_spec.ciLevel)
                         .arg(formatChartNumber(*p.piLow, d), formatChartNumber(*p.piHigh, d));
        }
        addText(m_textLayer, small.elidedText(model, Qt::ElideRight, textWidth), f.small, ink,
                margin, y);
        y += f.smallLineHeight * 1.15;
    }
    y += 0.5 * h;
    const QList<LegendEntry> entries = legendEntries();
    addLegend(m_textLayer, entries, f, margin, y, textWidth);
    y += legendHeight(entries, f, textWidth);
    QString footnote = m_spec.footnote;
    if (m_favours == 0) {
        footnote += QStringLiteral(" ") + tr("† A higher value favours control for this outcome.");
    }
    for (const QString &line : wrapText(footnote.trimmed(), f.small, textWidth)) {
        addText(m_textLayer, line, f.small, muted, margin, y);
        y += f.smallLineHeight;
    }
}

QString ForestPlot::rowToolTip(int rowIndex) const
{
    const ForestRow &row = m_spec.rows.at(rowIndex);
    const RowText &t = m_texts[static_cast<std::size_t>(rowIndex)];
    QStringList lines;
    QStringList head{row.study};
    if (!row.outcome.isEmpty()) {
        head << row.outcome;
    }
    if (!row.timepoint.isEmpty()) {
        head << row.timepoint;
    }
    lines << head.join(QStringLiteral(" · "));
    QString value = QStringLiteral("%1 %2").arg(metricShort(m_spec.metric), t.number);
    if (row.n) {
        value += QStringLiteral(", N = %1").arg(*row.n);
    }
    lines << value;
    if (row.estimate && !onAxis(*row.estimate)) {
        lines << tr("The estimate lies beyond the axis.");
    }
    lines << (row.derived ? tr("Derived: %1")
                                .arg(row.derivation.isEmpty() ? tr("computed by this program")
                                                              : row.derivation)
                          : (row.derivation.isEmpty()
                                 ? tr("Reported by the source")
                                 : tr("Estimate reported by the source; %1").arg(row.derivation)));
    if (!row.note.isEmpty()) {
        lines << row.note;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ForestPlot::toolTipAt(const QPointF &scenePos) const
{
    if (m_pitch <= 0 || scenePos.x() < 0 || scenePos.x() > size().width()) {
        return {};
    }
    const double offset = scenePos.y() - m_plotTop;
    if (offset < 0) {
        return {};
    }
    const auto slot = static_cast<std::size_t>(offset / m_pitch);
    if (slot >= m_slots.size()) {
        return {};
    }
    const Slot &s = m_slots[slot];
    if (s.kind == Slot::Kind::Row) {
        return rowToolTip(s.row);
    }
    if (s.kind == Slot::Kind::Pooled && m_spec.pooled) {
        const PooledSummary &p = *m_spec.pooled;
        const int d = std::clamp(m_spec.decimals, 0, 6);
        QString text = tr("Pooled (%1): %2 [%3, %4]")
                           .arg(p.method, formatChartNumber(p.estimate, d),
                                formatChartNumber(p.ciLow, d), formatChartNumber(p.ciHigh, d));
        if (p.piLow) {
            text += QLatin1Char('\n') +
                    tr("Prediction interval %1 to %2")
                        .arg(formatChartNumber(*p.piLow, d), formatChartNumber(*p.piHigh, d));
        }
        return text;
    }
    return {};
}

} // namespace eb::charts

#include "charts/chartlegend.h"
#include "charts/forestplot.h"
#include "evidence/format.h"
#include "model/vocabulary.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <algorithm>
#include <cmath>

// The texts of the forest plot: the numbers column, the label columns, headings, the pooled
// row, the favours line, the heterogeneity line, the legend, the footnote and the tooltips.

namespace eb::charts {

using eb::catalogue::vocabulary::metricShort;
using eb::evidence::formatChartNumber;
using eb::evidence::formatCiLevel;
using eb::evidence::formatComputedP;

using eb::evidence::BenchmarkBand;
using eb::evidence::ForestRow;
using eb::evidence::PooledSummary;

namespace {

constexpr int kStudy = StudyColumn;
constexpr int kOutcome = OutcomeColumn;
constexpr int kTimepoint = TimepointColumn;
constexpr int kN = NColumn;
constexpr double kTextZ = 6;

} // namespace

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

std::pair<QString, QString> ForestPlot::favoursTexts() const
{
    if (!noEffect()) {
        return {};
    }
    if (m_favours < 0) {
        return {QStringLiteral("← ") + tr("Favours %1").arg(m_spec.treatmentName),
                tr("Favours %1").arg(m_spec.controlName) + QStringLiteral(" →")};
    }
    if (m_favours == 0) {
        return {QStringLiteral("← ") + tr("Lower values"),
                tr("Higher values") + QStringLiteral(" →")};
    }
    return {QStringLiteral("← ") + tr("Favours %1").arg(m_spec.controlName),
            tr("Favours %1").arg(m_spec.treatmentName) + QStringLiteral(" →")};
}

QStringList ForestPlot::pooledSummaryLines() const
{
    if (!m_spec.pooled) {
        return {};
    }
    const PooledSummary &p = *m_spec.pooled;
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
        parts << formatComputedP(*p.qP, 3);
    }
    const QString heterogeneity =
        parts.isEmpty() ? QString() : tr("Heterogeneity: %1").arg(parts.join(QStringLiteral(", ")));
    const int d = std::clamp(m_spec.decimals, 0, 6);
    QString model = tr("Model: %1").arg(p.method.isEmpty() ? tr("not stated") : p.method);
    if (p.piLow) {
        model += QStringLiteral("; ") +
                 tr("%1% prediction interval %2 to %3")
                     .arg(formatCiLevel(m_spec.ciLevel))
                     .arg(formatChartNumber(*p.piLow, d), formatChartNumber(*p.piHigh, d));
    }
    return {heterogeneity, model};
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
        tr("%1 [%2% CI]").arg(metricShort(m_spec.metric)).arg(formatCiLevel(m_spec.ciLevel)));
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
        // A reported number with the digits its source printed (NNT 7.1 [4, 22], RR 0.90);
        // this program's numbers with the chart's decimals (docs/statistics.md).
        const auto digits = [d](std::optional<int> printed) {
            return printed.value_or(d);
        };
        if (!row.estimate) {
            t.number = eb::evidence::notReported();
        } else if (row.ciLow) {
            t.number = QStringLiteral("%1 [%2, %3]")
                           .arg(formatChartNumber(*row.estimate, digits(row.printed.estimate)),
                                formatChartNumber(*row.ciLow, digits(row.printed.ciLow)),
                                formatChartNumber(*row.ciHigh, digits(row.printed.ciHigh)));
        } else {
            t.number = tr("%1 [CI not reported]")
                           .arg(formatChartNumber(*row.estimate, digits(row.printed.estimate)));
        }
        t.numberWidth = metrics.horizontalAdvance(t.number) * (row.derived ? 1.05 : 1.0);
        m_numberWidth = std::max(m_numberWidth, t.numberWidth);
        if (row.weight) {
            // In a pool of thousands every row weighs under 0.05 %: "0.0%" would read as no
            // weight at all.
            t.weight = *row.weight > 0 && *row.weight < 0.05
                           ? tr("<0.1%")
                           : QStringLiteral("%1%").arg(formatChartNumber(*row.weight, 1));
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
    entries.append({LegendEntry::Symbol::Line, okabeito::black,
                    tr("%1% CI").arg(formatCiLevel(m_spec.ciLevel))});
    if (m_spec.pooled) {
        entries.append({LegendEntry::Symbol::Diamond, okabeito::vermillion, tr("Pooled estimate")});
        if (m_spec.pooled->piLow) {
            entries.append({LegendEntry::Symbol::Line, okabeito::vermillion,
                            tr("%1% prediction interval").arg(formatCiLevel(m_spec.ciLevel))});
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
    h += static_cast<double>(footnoteLines(textWidth).size()) * m_fonts.smallLineHeight;
    return h + margin;
}

const QStringList &ForestPlot::footnoteLines(double textWidth) const
{
    for (const auto &[width, lines] : m_footnoteLines) {
        if (width == textWidth) {
            return lines;
        }
    }
    QString footnote = m_spec.footnote;
    if (m_favours == 0) {
        footnote += QStringLiteral(" ") + tr("† A higher value favours control for this outcome.");
    }
    // A pane resized by hand asks for many widths: keep the last few.
    if (m_footnoteLines.size() >= 8) {
        m_footnoteLines.erase(m_footnoteLines.begin());
    }
    m_footnoteLines.emplace_back(textWidth, wrapText(footnote.trimmed(), m_fonts.small, textWidth));
    return m_footnoteLines.back().second;
}

void ForestPlot::addTexts(const ForestColumns &cols, double width)
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
    addText(m_textLayer,
            tr("%1 [%2% CI]").arg(metricShort(m_spec.metric)).arg(formatCiLevel(m_spec.ciLevel)),
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
            // A squeezed label takes a second line when the rows leave room for it ("Cochrane
            // review 2023 (stroke)" in a narrow pane), so that it is read rather than elided.
            if (t.widths[c] > cols.width[c] + 0.01 && c != kN && pitch >= 2.4 * h) {
                const QStringList lines = wrapText(t.cells[c], f.body, cols.width[c]);
                if (lines.size() >= 2) {
                    const QString second = lines.size() == 2
                                               ? lines.at(1)
                                               : QStringList(lines.mid(1)).join(QLatin1Char(' '));
                    addText(m_textLayer,
                            metrics.elidedText(lines.at(0), Qt::ElideRight, cols.width[c]), f.body,
                            ink, cols.x[c], top - h / 2);
                    addText(m_textLayer, metrics.elidedText(second, Qt::ElideRight, cols.width[c]),
                            f.body, ink, cols.x[c], top + h / 2);
                    continue;
                }
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
        const auto [left, right] = favoursTexts();
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
        y += 0.3 * h;
        const QFontMetricsF small(f.small);
        for (const QString &line : pooledSummaryLines()) {
            addText(m_textLayer, small.elidedText(line, Qt::ElideRight, textWidth), f.small, ink,
                    margin, y);
            y += f.smallLineHeight * 1.15;
        }
    }
    y += 0.5 * h;
    const QList<LegendEntry> entries = legendEntries();
    addLegend(m_textLayer, entries, f, margin, y, textWidth);
    y += legendHeight(entries, f, textWidth);
    for (const QString &line : footnoteLines(textWidth)) {
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

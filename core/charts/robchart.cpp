#include "charts/robchart.h"

#include "charts/chartlegend.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <algorithm>
#include <cmath>

namespace eb::charts {
namespace {

constexpr double kTextZ = 6;
// Ranks in the order a summary bar stacks them: low, some concerns, high, then not assessed.
constexpr int kStackOrder[] = {0, 1, 2, -1};

int stackIndex(int rank)
{
    return rank < 0 ? 3 : rank;
}

} // namespace

RobChart::RobChart(evidence::RobChartSpec spec, Style style)
    : m_spec(std::move(spec)), m_style(style)
{
    m_fonts = ChartFonts::make(m_spec.fontScale);
    m_chart->hide(); // no axes: every mark is drawn here
}

RobChart::~RobChart() = default;

QColor RobChart::judgementColor(int rank)
{
    // robvis's default ("cochrane") colours; grey for a judgement nobody has made.
    switch (rank) {
    case 0:
        return {0x02, 0xC1, 0x00};
    case 1:
        return {0xE2, 0xDF, 0x07};
    case 2:
        return {0xBF, 0x00, 0x00};
    default:
        return {0xC8, 0xC8, 0xC8};
    }
}

QString RobChart::judgementSymbol(int rank)
{
    switch (rank) {
    case 0:
        return QStringLiteral("+");
    case 1:
        return QStringLiteral("\u2212");
    case 2:
        return QStringLiteral("\u00D7");
    default:
        return QStringLiteral("?");
    }
}

double RobChart::share(int column, int rank) const
{
    if (m_spec.ranks.isEmpty()) {
        return 0;
    }
    int count = 0;
    for (const QList<int> &row : m_spec.ranks) {
        count += row.value(column, -1) == rank ? 1 : 0;
    }
    return static_cast<double>(count) / static_cast<double>(m_spec.ranks.size());
}

QList<LegendEntry> RobChart::legendEntries() const
{
    QList<LegendEntry> entries;
    for (int rank = 0; rank < m_spec.judgementLabels.size(); ++rank) {
        entries.append(
            {LegendEntry::Symbol::Swatch, judgementColor(rank),
             QStringLiteral("%1 %2").arg(judgementSymbol(rank), m_spec.judgementLabels.at(rank))});
    }
    entries.append({LegendEntry::Symbol::Swatch, judgementColor(-1),
                    QStringLiteral("%1 %2").arg(judgementSymbol(-1), m_spec.notAssessedLabel)});
    return entries;
}

QStringList RobChart::keyLines() const
{
    QStringList lines;
    if (m_style == Style::TrafficLight) {
        for (qsizetype i = 0; i < m_spec.columns.size() && i < m_spec.columnNames.size(); ++i) {
            lines << QStringLiteral("%1: %2").arg(m_spec.columns.at(i), m_spec.columnNames.at(i));
        }
    }
    return lines;
}

double RobChart::labelWidth() const
{
    const QFontMetricsF metrics(m_fonts.body);
    double widest = 0;
    const QStringList &labels =
        m_style == Style::TrafficLight ? m_spec.rowLabels : m_spec.columnNames;
    for (const QString &label : labels) {
        widest = std::max(widest, metrics.horizontalAdvance(label));
    }
    return std::min(widest + m_fonts.lineHeight, 32 * m_fonts.lineHeight);
}

double RobChart::headerHeight(double width) const
{
    const double margin = std::round(0.9 * m_fonts.lineHeight);
    const auto titleLines = m_spec.title.isEmpty()
                                ? 0
                                : wrapText(m_spec.title, m_fonts.title, width - 2 * margin).size();
    return margin + static_cast<double>(titleLines) * m_fonts.titleLineHeight +
           1.6 * m_fonts.lineHeight;
}

double RobChart::footerHeight(double width) const
{
    const double margin = std::round(0.9 * m_fonts.lineHeight);
    const double textWidth = width - 2 * margin;
    double h = m_fonts.lineHeight + legendHeight(legendEntries(), m_fonts, textWidth);
    for (const QString &line : keyLines()) {
        h += static_cast<double>(wrapText(line, m_fonts.small, textWidth).size()) *
             m_fonts.smallLineHeight;
    }
    if (!m_spec.footnote.isEmpty()) {
        h += 0.3 * m_fonts.lineHeight +
             static_cast<double>(wrapText(m_spec.footnote, m_fonts.small, textWidth).size()) *
                 m_fonts.smallLineHeight;
    }
    return h + margin;
}

QSizeF RobChart::naturalSize(double width) const
{
    const double pitch = 1.9 * m_fonts.lineHeight;
    const qsizetype rows =
        m_style == Style::TrafficLight ? m_spec.rowLabels.size() : m_spec.columns.size();
    const double axis = m_style == Style::Summary ? 1.6 * m_fonts.lineHeight : 0.0;
    return {width, std::ceil(headerHeight(width) +
                             static_cast<double>(std::max<qsizetype>(rows, 1)) * pitch + axis +
                             footerHeight(width))};
}

QRectF RobChart::cellRect(int row, int column) const
{
    return m_cells.value(row).value(column);
}

QRectF RobChart::segmentRect(int column, int rank) const
{
    return m_segments.value(column).value(stackIndex(rank));
}

void RobChart::layoutItems(const QSizeF &size)
{
    delete m_textLayer;
    m_textLayer = new QGraphicsRectItem;
    m_scene.addItem(m_textLayer);
    m_textLayer->setPen(Qt::NoPen);
    m_textLayer->setZValue(kTextZ);
    m_cells.clear();
    m_segments.clear();

    const ChartFonts &f = m_fonts;
    const double width = size.width();
    const double margin = std::round(0.9 * f.lineHeight);
    const double textWidth = width - 2 * margin;
    const double pitch = 1.9 * f.lineHeight;
    double y = margin;
    for (const QString &text :
         m_spec.title.isEmpty() ? QStringList() : wrapText(m_spec.title, f.title, textWidth)) {
        addText(m_textLayer, text, f.title, okabeito::black, margin, y);
        y += f.titleLineHeight;
    }
    y = headerHeight(width) - 1.6 * f.lineHeight;
    const double left = margin + labelWidth();
    // The summary's axis labels reach half their width past the bar's end: room for "100%".
    const double rightPad =
        m_style == Style::Summary
            ? QFontMetricsF(f.axis).horizontalAdvance(QStringLiteral("100%")) / 2
            : 0.0;
    const double available = std::max(pitch, width - margin - left - rightPad);
    const QPen outline(QColor(0x33, 0x33, 0x33), 0.8 * f.scale);

    if (m_style == Style::TrafficLight) {
        const auto columns = static_cast<double>(std::max<qsizetype>(m_spec.columns.size(), 1));
        const double step = std::min(available / columns, 4.5 * f.lineHeight);
        for (qsizetype c = 0; c < m_spec.columns.size(); ++c) {
            const QString &heading = m_spec.columns.at(c);
            const double w = QFontMetricsF(f.bold).horizontalAdvance(heading);
            addText(m_textLayer, heading, f.bold, okabeito::black,
                    left + (static_cast<double>(c) + 0.5) * step - w / 2, y);
        }
        y += 1.6 * f.lineHeight;
        const double diameter = std::min(pitch, step) * 0.8;
        for (qsizetype r = 0; r < m_spec.rowLabels.size(); ++r) {
            const double rowTop = y + static_cast<double>(r) * pitch;
            const QStringList label =
                wrapText(m_spec.rowLabels.at(r), f.body, labelWidth() - f.lineHeight);
            addText(m_textLayer, label.value(0), f.body, okabeito::black, margin,
                    rowTop + (pitch - f.lineHeight) / 2);
            QList<QRectF> cells;
            const QList<int> ranks = m_spec.ranks.value(r);
            for (qsizetype c = 0; c < m_spec.columns.size(); ++c) {
                const int rank = ranks.value(c, -1);
                const QPointF centre(left + (static_cast<double>(c) + 0.5) * step,
                                     rowTop + pitch / 2);
                const QRectF cell(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter,
                                  diameter);
                auto *circle = new QGraphicsEllipseItem(cell, m_textLayer);
                circle->setPen(outline);
                circle->setBrush(judgementColor(rank));
                const QString symbol = judgementSymbol(rank);
                const QFontMetricsF metrics(f.bold);
                addText(m_textLayer, symbol, f.bold, rank == 2 ? Qt::white : okabeito::black,
                        centre.x() - metrics.horizontalAdvance(symbol) / 2,
                        centre.y() - metrics.height() / 2);
                cells << cell;
            }
            m_cells << cells;
        }
        y += static_cast<double>(std::max<qsizetype>(m_spec.rowLabels.size(), 1)) * pitch;
    } else {
        y += 1.6 * f.lineHeight;
        const double barHeight = 0.7 * pitch;
        for (qsizetype c = 0; c < m_spec.columns.size(); ++c) {
            const double rowTop = y + static_cast<double>(c) * pitch;
            addText(m_textLayer, m_spec.columnNames.value(c),
                    c + 1 == m_spec.columns.size() ? f.bold : f.body, okabeito::black, margin,
                    rowTop + (pitch - f.lineHeight) / 2);
            QList<QRectF> segments(4);
            double x = left;
            for (const int rank : kStackOrder) {
                const double part = share(static_cast<int>(c), rank);
                if (part <= 0) {
                    continue;
                }
                const QRectF segment(x, rowTop + (pitch - barHeight) / 2, part * available,
                                     barHeight);
                auto *bar = new QGraphicsRectItem(segment, m_textLayer);
                bar->setPen(outline);
                bar->setBrush(judgementColor(rank));
                const QString percent = QStringLiteral("%1%").arg(std::round(part * 100));
                const QFontMetricsF metrics(f.small);
                if (metrics.horizontalAdvance(percent) + 4 * f.scale < segment.width()) {
                    addText(m_textLayer, percent, f.small, rank == 2 ? Qt::white : okabeito::black,
                            segment.center().x() - metrics.horizontalAdvance(percent) / 2,
                            segment.center().y() - metrics.height() / 2);
                }
                segments[stackIndex(rank)] = segment;
                x += segment.width();
            }
            m_segments << segments;
        }
        y += static_cast<double>(m_spec.columns.size()) * pitch;
        for (int tick = 0; tick <= 4; ++tick) {
            const QString text = QStringLiteral("%1%").arg(tick * 25);
            const double w = QFontMetricsF(f.axis).horizontalAdvance(text);
            addText(m_textLayer, text, f.axis, okabeito::black,
                    left + available * tick / 4.0 - w / 2, y + 0.2 * f.lineHeight);
        }
        y += 1.6 * f.lineHeight;
    }

    y += f.lineHeight;
    const QList<LegendEntry> entries = legendEntries();
    addLegend(m_textLayer, entries, f, margin, y, textWidth);
    y += legendHeight(entries, f, textWidth);
    for (const QString &line : keyLines()) {
        for (const QString &text : wrapText(line, f.small, textWidth)) {
            addText(m_textLayer, text, f.small, QColor(0x44, 0x44, 0x44), margin, y);
            y += f.smallLineHeight;
        }
    }
    y += 0.3 * f.lineHeight;
    for (const QString &text : wrapText(m_spec.footnote, f.small, textWidth)) {
        addText(m_textLayer, text, f.small, QColor(0x44, 0x44, 0x44), margin, y);
        y += f.smallLineHeight;
    }
}

} // namespace eb::charts

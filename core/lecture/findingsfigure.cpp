#include "lecture/findingsfigure.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QPen>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace eb::lecture {
namespace {

// How the spare width is shared: the outcome and the risks get the most.
constexpr std::array<double, 6> kWeights{3.0, 1.8, 2.2, 1.8, 2.6, 1.8};

double longestWord(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return std::ceil(widest);
}

} // namespace

FindingsFigure::FindingsFigure(QString title, review::SofTable table, double fontScale)
    : m_title(std::move(title)), m_table(std::move(table)),
      m_fonts(charts::ChartFonts::make(fontScale))
{
}

double FindingsFigure::margin() const
{
    return std::round(m_fonts.lineHeight);
}

double FindingsFigure::padding() const
{
    return std::round(m_fonts.lineHeight * 0.35);
}

QList<double> FindingsFigure::columnMinimums() const
{
    QList<double> minimums;
    for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
        double widest = longestWord(m_table.headers.at(c), m_fonts.bold);
        for (const QStringList &row : m_table.cells) {
            widest = std::max(widest, longestWord(row.value(c), m_fonts.body));
        }
        minimums << widest + 2 * padding() + 1;
    }
    return minimums;
}

double FindingsFigure::minimumWidth() const
{
    const QList<double> minimums = columnMinimums();
    const double title = longestWord(m_title, m_fonts.title);
    return std::max(std::accumulate(minimums.cbegin(), minimums.cend(), 0.0), title) + 2 * margin();
}

FindingsFigure::Arranged FindingsFigure::arrange(double width) const
{
    Arranged out;
    const double usable = std::max(width - 2 * margin(), 1.0);
    out.widths = columnMinimums();
    const double least = std::accumulate(out.widths.cbegin(), out.widths.cend(), 0.0);
    if (usable > least) {
        double weights = 0;
        for (qsizetype c = 0; c < out.widths.size(); ++c) {
            weights += kWeights.at(static_cast<std::size_t>(c % 6));
        }
        for (qsizetype c = 0; c < out.widths.size(); ++c) {
            out.widths[c] +=
                (usable - least) * kWeights.at(static_cast<std::size_t>(c % 6)) / weights;
        }
    }
    double y = margin();
    out.title = charts::wrapText(m_title, m_fonts.title, usable);
    y += static_cast<double>(out.title.size()) * m_fonts.titleLineHeight + 0.5 * m_fonts.lineHeight;
    out.tableTop = y;
    const auto cellLines = [&](const QString &text, const QFont &font, double w) {
        return charts::wrapText(text, font, w - 2 * padding());
    };
    double headerLines = 1;
    for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
        out.header << cellLines(m_table.headers.at(c), m_fonts.bold, out.widths.at(c));
        headerLines = std::max(headerLines, static_cast<double>(out.header.last().size()));
    }
    out.rowHeights << headerLines * m_fonts.lineHeight + 2 * padding();
    for (const QStringList &row : m_table.cells) {
        QList<QStringList> cells;
        double lines = 1;
        for (qsizetype c = 0; c < out.widths.size(); ++c) {
            cells << cellLines(row.value(c), m_fonts.body, out.widths.at(c));
            lines = std::max(lines, static_cast<double>(cells.last().size()));
        }
        out.rows << cells;
        out.rowHeights << lines * m_fonts.lineHeight + 2 * padding();
    }
    y += std::accumulate(out.rowHeights.cbegin(), out.rowHeights.cend(), 0.0);
    y += 0.5 * m_fonts.lineHeight;
    for (const QString &note : QStringList{m_table.derivedNote} + m_table.formulas) {
        out.notes << charts::wrapText(note, m_fonts.small, usable);
    }
    y += static_cast<double>(out.notes.size()) * m_fonts.smallLineHeight + margin();
    out.height = std::ceil(y);
    return out;
}

QSizeF FindingsFigure::naturalSize(double width) const
{
    return {width, std::max(std::round(width * 9.0 / 16.0), arrange(width).height)};
}

double FindingsFigure::minimumHeight(double width) const
{
    return arrange(width).height;
}

void FindingsFigure::layoutItems(const QSizeF &size)
{
    delete m_textLayer;
    m_textLayer = new QGraphicsRectItem(m_chart);
    m_textLayer->setPen(Qt::NoPen);
    const Arranged a = arrange(size.width());
    const double left = margin();
    double y = margin();
    for (const QString &line : a.title) {
        charts::addText(m_textLayer, line, m_fonts.title, charts::okabeito::black, left, y);
        y += m_fonts.titleLineHeight;
    }
    y = a.tableTop;
    const double tableWidth = std::accumulate(a.widths.cbegin(), a.widths.cend(), 0.0);
    QPen rule(QColor(0x60, 0x60, 0x60));
    rule.setWidthF(std::max(1.0, m_fonts.scale * 0.75));
    const auto hline = [&](double at) {
        auto *line = new QGraphicsLineItem(left, at, left + tableWidth, at, m_textLayer);
        line->setPen(rule);
    };
    hline(y);
    for (qsizetype r = 0; r < a.rowHeights.size(); ++r) {
        const QList<QStringList> &cells = r == 0 ? a.header : a.rows.at(r - 1);
        const QFont &font = r == 0 ? m_fonts.bold : m_fonts.body;
        double x = left;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            double lineY = y + padding();
            for (const QString &line : cells.at(c)) {
                charts::addText(m_textLayer, line, font, charts::okabeito::black, x + padding(),
                                lineY);
                lineY += m_fonts.lineHeight;
            }
            x += a.widths.at(c);
        }
        y += a.rowHeights.at(r);
        hline(y);
    }
    double x = left;
    for (qsizetype c = 0; c <= a.widths.size(); ++c) {
        auto *line = new QGraphicsLineItem(x, a.tableTop, x, y, m_textLayer);
        line->setPen(rule);
        x += c < a.widths.size() ? a.widths.at(c) : 0.0;
    }
    y += 0.5 * m_fonts.lineHeight;
    for (const QString &line : a.notes) {
        charts::addText(m_textLayer, line, m_fonts.small, QColor(0x40, 0x40, 0x40), left, y);
        y += m_fonts.smallLineHeight;
    }
}

} // namespace eb::lecture

#include "charts/chartlegend.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

namespace eb::charts {
namespace {

struct Placed
{
    const LegendEntry *entry;
    double x;
    double y;
};

double symbolWidth(const ChartFonts &fonts)
{
    return 1.6 * fonts.lineHeight;
}

QList<Placed> place(const QList<LegendEntry> &entries, const ChartFonts &fonts, double width,
                    double *height)
{
    const QFontMetricsF metrics(fonts.body);
    const double gap = fonts.lineHeight;
    const double rowHeight = fonts.lineHeight * 1.35;
    QList<Placed> placed;
    double x = 0;
    double y = 0;
    for (const LegendEntry &entry : entries) {
        const double w =
            symbolWidth(fonts) + 0.4 * fonts.lineHeight + metrics.horizontalAdvance(entry.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight;
        }
        placed.append({&entry, x, y});
        x += w + gap;
    }
    *height = entries.isEmpty() ? 0.0 : y + rowHeight;
    return placed;
}

} // namespace

double legendHeight(const QList<LegendEntry> &entries, const ChartFonts &fonts, double width)
{
    double height = 0;
    place(entries, fonts, width, &height);
    return height;
}

QList<QGraphicsItem *> addLegend(QGraphicsItem *parent, const QList<LegendEntry> &entries,
                                 const ChartFonts &fonts, double x, double y, double width)
{
    double height = 0;
    const QList<Placed> placed = place(entries, fonts, width, &height);
    QList<QGraphicsItem *> texts;
    const double h = fonts.lineHeight;
    const double sw = symbolWidth(fonts);
    for (const Placed &p : placed) {
        const double left = x + p.x;
        const double cy = y + p.y + h / 2;
        const double s = 0.7 * h;
        QPainterPath path;
        QPen pen(p.entry->color, 1.5 * fonts.scale);
        QBrush brush(p.entry->color);
        switch (p.entry->symbol) {
        case LegendEntry::Symbol::FilledSquare:
            path.addRect(left + (sw - s) / 2, cy - s / 2, s, s);
            break;
        case LegendEntry::Symbol::HollowSquare:
            path.addRect(left + (sw - s) / 2, cy - s / 2, s, s);
            brush = QBrush(Qt::white);
            break;
        case LegendEntry::Symbol::Diamond:
            path.moveTo(left, cy);
            path.lineTo(left + sw / 2, cy - s / 2);
            path.lineTo(left + sw, cy);
            path.lineTo(left + sw / 2, cy + s / 2);
            path.closeSubpath();
            break;
        case LegendEntry::Symbol::DashedLine:
            pen.setStyle(Qt::DashLine);
            [[fallthrough]];
        case LegendEntry::Symbol::Line:
            path.moveTo(left, cy);
            path.lineTo(left + sw, cy);
            brush = Qt::NoBrush;
            break;
        case LegendEntry::Symbol::Arrow: {
            const double a = 0.3 * h;
            auto *line = new QGraphicsPathItem(parent);
            QPainterPath stem;
            stem.moveTo(left, cy);
            stem.lineTo(left + sw - 1.6 * a, cy);
            line->setPath(stem);
            line->setPen(pen);
            path.moveTo(left + sw, cy);
            path.lineTo(left + sw - 1.6 * a, cy - a);
            path.lineTo(left + sw - 1.6 * a, cy + a);
            path.closeSubpath();
            pen = Qt::NoPen;
            break;
        }
        case LegendEntry::Symbol::Swatch:
            path.addRect(left, cy - s / 2, sw, s);
            pen = QPen(p.entry->color.darker(115), 0.8 * fonts.scale);
            break;
        }
        auto *symbol = new QGraphicsPathItem(path, parent);
        symbol->setPen(pen);
        symbol->setBrush(brush);
        texts << addText(parent, p.entry->text, fonts.body, okabeito::black, left + sw + 0.4 * h,
                         y + p.y);
    }
    return texts;
}

} // namespace eb::charts

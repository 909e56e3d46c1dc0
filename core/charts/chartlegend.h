#pragma once

#include "charts/chartstyle.h"

#include <QColor>
#include <QList>
#include <QString>

class QGraphicsItem;

namespace eb::charts {

// One entry of a legend that a chart lays out itself (QChart's own legend only knows series,
// and ours must also explain path items: hollow markers, whiskers, bands).
struct LegendEntry
{
    enum class Symbol
    {
        FilledSquare,
        HollowSquare,
        Diamond,
        Line,
        DashedLine,
        Swatch, // a filled rectangle: a band or a shaded area
        Arrow,  // a line ending in an arrowhead: an interval continuing past the axis
    };
    Symbol symbol = Symbol::FilledSquare;
    QColor color;
    QString text;
};

// Height of the legend when wrapped into lines no wider than width.
double legendHeight(const QList<LegendEntry> &entries, const ChartFonts &fonts, double width);

// Draws the legend as children of parent with its top-left corner at (x, y); returns the
// text items (tests check that no label overlaps another).
QList<QGraphicsItem *> addLegend(QGraphicsItem *parent, const QList<LegendEntry> &entries,
                                 const ChartFonts &fonts, double x, double y, double width);

} // namespace eb::charts

#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QGraphicsItem;
class QGraphicsSimpleTextItem;

namespace eb::charts {

// The Okabe-Ito palette: eight colours that stay distinguishable under the common forms of
// colour blindness (Okabe & Ito 2008, "Color Universal Design").
namespace okabeito {
inline const QColor black{0x00, 0x00, 0x00};
inline const QColor orange{0xE6, 0x9F, 0x00};
inline const QColor skyBlue{0x56, 0xB4, 0xE9};
inline const QColor bluishGreen{0x00, 0x9E, 0x73};
inline const QColor yellow{0xF0, 0xE4, 0x42};
inline const QColor blue{0x00, 0x72, 0xB2};
inline const QColor vermillion{0xD5, 0x5E, 0x00};
inline const QColor reddishPurple{0xCC, 0x79, 0xA7};
} // namespace okabeito

// The fonts of one chart. Sizes are in pixels, not points, on purpose: the layout is made in
// logical pixels once and then painted onto a screen, a 300 dpi image, an SVG or a PDF through
// a scaling transform. Point sizes would be resolved against each device's DPI and scaled
// twice.
struct ChartFonts
{
    QFont body;  // row labels, legend
    QFont bold;  // column headings, group headings
    QFont small; // footnotes, heterogeneity line
    QFont title; // chart title
    QFont axis;  // axis tick labels
    double scale = 1.0;
    double lineHeight = 0.0;      // of body
    double smallLineHeight = 0.0; // of small
    double titleLineHeight = 0.0;

    // fontScale multiplies every size (lecture halls: 1.5 to 2.5).
    static ChartFonts make(double fontScale);
};

// Clamps a user-supplied font scale to something that can still be laid out.
double sanitizedFontScale(double fontScale);

// A text item with the given font and colour, child of parent, top-left at (x, y).
QGraphicsSimpleTextItem *addText(QGraphicsItem *parent, const QString &text, const QFont &font,
                                 const QColor &color, double x, double y);

// Splits text into lines no wider than width (by words; a single long word is elided).
QStringList wrapText(const QString &text, const QFont &font, double width);

} // namespace eb::charts

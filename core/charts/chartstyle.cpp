#include "charts/chartstyle.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <algorithm>
#include <cmath>

namespace eb::charts {

double sanitizedFontScale(double fontScale)
{
    if (!std::isfinite(fontScale)) {
        return 1.0;
    }
    return std::clamp(fontScale, 0.5, 4.0);
}

ChartFonts ChartFonts::make(double fontScale)
{
    ChartFonts fonts;
    fonts.scale = sanitizedFontScale(fontScale);
    const auto px = [&](double size) {
        return std::max(6, static_cast<int>(std::lround(size * fonts.scale)));
    };
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setStyleHint(QFont::SansSerif);
    base.setHintingPreference(QFont::PreferNoHinting); // same shapes at every scale and device
    fonts.body = base;
    fonts.body.setPixelSize(px(13));
    fonts.bold = fonts.body;
    fonts.bold.setBold(true);
    fonts.small = base;
    // Footnotes are read up close, not across a lecture hall: they grow more slowly.
    fonts.small.setPixelSize(
        std::max(6, static_cast<int>(std::lround(11.5 * (1.0 + 0.5 * (fonts.scale - 1.0))))));
    fonts.title = base;
    fonts.title.setPixelSize(px(16));
    fonts.title.setBold(true);
    fonts.axis = base;
    fonts.axis.setPixelSize(px(12));
    // Rounded up like the bounding rectangles of text items, so that lines set at this pitch
    // never overlap.
    fonts.lineHeight = std::ceil(QFontMetricsF(fonts.body).height());
    fonts.smallLineHeight = std::ceil(QFontMetricsF(fonts.small).height());
    fonts.titleLineHeight = std::ceil(QFontMetricsF(fonts.title).height());
    return fonts;
}

QGraphicsSimpleTextItem *addText(QGraphicsItem *parent, const QString &text, const QFont &font,
                                 const QColor &color, double x, double y)
{
    auto *item = new QGraphicsSimpleTextItem(text, parent);
    item->setFont(font);
    item->setBrush(color);
    item->setPos(x, y);
    return item;
}

QStringList wrapText(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width || line.isEmpty()) {
            line = candidate;
        } else {
            lines << line;
            line = word;
        }
        if (metrics.horizontalAdvance(line) > width) {
            line = metrics.elidedText(line, Qt::ElideRight, width);
        }
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    return lines;
}

} // namespace eb::charts

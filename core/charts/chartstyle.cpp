#include "charts/chartstyle.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <algorithm>
#include <cmath>
#include <vector>

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
    // Greedy: each line takes words while the line measured whole still fits (a line's first
    // word always, elided when it alone is too wide). Measuring every growing candidate line
    // made a long footnote (a pool's warnings naming hundreds of outcomes) quadratic: seconds
    // at 1,000 pooled rows. So the words are measured once each, their sum guesses where a
    // line breaks, and only the lines either side of the guess are measured whole; a line
    // grows no narrower with another word, so the lines are the same as one by one.
    const QFontMetricsF metrics(font);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const double space = metrics.horizontalAdvance(QLatin1Char(' '));
    std::vector<double> advance;
    advance.reserve(static_cast<std::size_t>(words.size()));
    for (const QString &word : words) {
        advance.push_back(metrics.horizontalAdvance(word));
    }
    const auto joined = [&](const QString &first, qsizetype from, qsizetype to) {
        QString line = first;
        for (qsizetype k = from; k < to; ++k) {
            line += QLatin1Char(' ') + words.at(k);
        }
        return line;
    };
    QStringList lines;
    qsizetype i = 0;
    while (i < words.size()) {
        QString first = words.at(i);
        double guess = advance[static_cast<std::size_t>(i)];
        if (guess > width && metrics.horizontalAdvance(first) > width) {
            first = metrics.elidedText(first, Qt::ElideRight, width);
            guess = metrics.horizontalAdvance(first);
        }
        ++i;
        if (first.isEmpty()) {
            continue; // elided to nothing (a width under one letter): no line, as before
        }
        // The guess: how many of the next words fit by the sum of their widths.
        qsizetype end = i;
        while (end < words.size() &&
               guess + space + advance[static_cast<std::size_t>(end)] <= width) {
            guess += space + advance[static_cast<std::size_t>(end)];
            ++end;
        }
        // Measured whole: back off while the line is too wide, go on while one more fits.
        while (end > i && metrics.horizontalAdvance(joined(first, i, end)) > width) {
            --end;
        }
        while (end < words.size() &&
               metrics.horizontalAdvance(joined(first, i, end + 1)) <= width) {
            ++end;
        }
        lines << joined(first, i, end);
        i = end;
    }
    return lines;
}

} // namespace eb::charts

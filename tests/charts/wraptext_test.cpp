#include "charts/chartstyle.h"

#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QStringList>
#include <gtest/gtest.h>

// wrapText() measures each word once and only the lines either side of its guess whole (a
// pool's warnings made a footnote of 20,000 characters, and measuring every growing line was
// quadratic). Its lines must be the ones of the plain greedy wrap, measured word by word.

using namespace eb::charts;

namespace {

QStringList greedyWrap(const QString &text, const QFont &font, double width)
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

QString randomText(QRandomGenerator &random, int words)
{
    const QStringList pieces{QStringLiteral("NIHSS"),
                             QStringLiteral("ITT;"),
                             QStringLiteral("stroke"),
                             QStringLiteral("(NIHSS 6–25),"),
                             QStringLiteral("χ²"),
                             QStringLiteral("≥ 4-point"),
                             QStringLiteral("Fugl-Meyer,"),
                             QStringLiteral("a"),
                             QStringLiteral("Wirksamkeitsuntersuchungsergebnisbericht"),
                             QStringLiteral("día"),
                             QStringLiteral("mmm"),
                             QStringLiteral("iii"),
                             QStringLiteral("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW")};
    QString text;
    for (int i = 0; i < words; ++i) {
        text += pieces.at(static_cast<qsizetype>(random.bounded(pieces.size())));
        text += random.bounded(5) == 0 ? QStringLiteral("  ") : QStringLiteral(" ");
    }
    return text;
}

} // namespace

TEST(WrapText, GivesTheLinesOfThePlainGreedyWrap)
{
    QRandomGenerator random(20261208);
    const ChartFonts fonts = ChartFonts::make(1.0);
    int compared = 0;
    for (const QFont &font : {fonts.small, fonts.body, fonts.title}) {
        for (double width : {1.0, 30.0, 95.5, 160.0, 333.0, 800.0, 4000.0}) {
            for (int words : {0, 1, 2, 7, 40, 300}) {
                const QString text = randomText(random, words);
                ASSERT_EQ(wrapText(text, font, width), greedyWrap(text, font, width))
                    << "width " << width << ", " << words << " words: " << qPrintable(text);
                ++compared;
            }
        }
    }
    EXPECT_EQ(compared, 3 * 7 * 6);
}

TEST(WrapText, EveryLineFitsOrIsOneElidedWord)
{
    QRandomGenerator random(7);
    const QFont font = ChartFonts::make(1.0).body;
    const QFontMetricsF metrics(font);
    const QStringList lines = wrapText(randomText(random, 2000), font, 240);
    ASSERT_GT(lines.size(), 100);
    for (const QString &line : lines) {
        EXPECT_LE(metrics.horizontalAdvance(line), 240.0) << qPrintable(line);
    }
}

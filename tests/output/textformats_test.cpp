// The one escaping per format (output/textformats.h) and the one-line excerpt of user input
// (output/messagetext.h).
#include "output/messagetext.h"
#include "output/textformats.h"

#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

TEST(TextFormats, ACsvFieldWithALineBreakOrQuoteStaysOneField)
{
    EXPECT_EQ(eb::output::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(eb::output::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(eb::output::csvField(QStringLiteral("say \"hi\"\nthere\r")),
              QStringLiteral("\"say \"\"hi\"\"\nthere\r\""));
}

TEST(TextFormats, ACsvTextThatWouldBeAFormulaIsNeutralisedAndReadsBack)
{
    using eb::output::csvField;
    using eb::output::csvFieldValue;
    EXPECT_EQ(csvField(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(csvField(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
    EXPECT_EQ(csvField(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    EXPECT_EQ(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(csvField(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    EXPECT_EQ(csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    // A text that already begins with a quote before a formula character gets one more, so
    // that reading takes exactly one away.
    EXPECT_EQ(csvField(QStringLiteral("'=x")), QStringLiteral("''=x"));
    EXPECT_EQ(csvField(QStringLiteral("'plain")), QStringLiteral("'plain"));
    // Numbers are numbers, never formulas: written as they are.
    for (const char *number : {"-0.35", "+0.5", "-1e-3", "-.5", "-12.", "0", "1E+10"}) {
        EXPECT_EQ(csvField(QLatin1String(number)), QLatin1String(number)) << number;
        EXPECT_TRUE(eb::output::isCsvNumber(QLatin1String(number))) << number;
    }
    for (const char *text : {"-", "+", "-e5", "-1e", "- 1", "-1,5", "-inf", "-nan", "1-2", ""}) {
        EXPECT_FALSE(eb::output::isCsvNumber(QLatin1String(text))) << text;
    }
    EXPECT_EQ(csvField(QStringLiteral("-0.35 mg")), QStringLiteral("'-0.35 mg"));
    // Every text reads back as it was given.
    for (const char *text : {"=1+2", "+cmd", "-cmd", "@x", "\t=1", "\r=1", "'=x", "''-y", "'plain",
                             "-0.35", "'", "'-", "plain", ""}) {
        QString field = csvField(QLatin1String(text));
        if (field.startsWith(QLatin1Char('"'))) {
            field = field.mid(1, field.size() - 2)
                        .replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
        EXPECT_EQ(csvFieldValue(field), QLatin1String(text)) << text;
    }
}

TEST(TextFormats, ACsvFieldWithSpaceAroundItIsQuoted)
{
    EXPECT_EQ(eb::output::csvField(QStringLiteral(" padded ")), QStringLiteral("\" padded \""));
}

TEST(TextFormats, XmlTextWithMarkupAndControlsParses)
{
    const QString hostile =
        QStringLiteral("Stroke & TBI: MW < 0.6? <script>alert(1)</script> \"q\" ") + QChar(0x01) +
        QChar(0x1B) + QStringLiteral("[31m\ttab");
    const QString xml = QStringLiteral("<t a=\"%1\">%1</t>").arg(eb::output::xmlEscaped(hostile));
    QXmlStreamReader reader(xml);
    QString text;
    QString attribute;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            attribute = reader.attributes().value(QStringLiteral("a")).toString();
            text = reader.readElementText();
        }
    }
    ASSERT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_TRUE(attribute.contains(QStringLiteral("Stroke & TBI")));
    EXPECT_FALSE(text.contains(QChar(0x01)));
}

TEST(MessageText, AnExcerptIsShortAndOnOneLine)
{
    const QString hostile = QStringLiteral("line one\nline two\rthree") + QChar(0x2028) +
                            QChar(0x0B) + QString(100000, QLatin1Char('x'));
    const QString shown = eb::output::elidedInput(hostile);
    EXPECT_EQ(shown.size(), 60);
    EXPECT_TRUE(shown.endsWith(QStringLiteral("…")));
    for (const QChar c : shown) {
        EXPECT_FALSE(c.category() == QChar::Other_Control || c == QChar(0x2028));
    }
    EXPECT_EQ(eb::output::oneLine(QStringLiteral("a\nb")), QStringLiteral("a b"));
}

} // namespace

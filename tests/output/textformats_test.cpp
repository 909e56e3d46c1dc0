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

// Search words marked in the detail pages, text only.
#include "gui/detail/detailhighlight.h"
#include "gui/detail/detailhtml.h"

#include <QTextDocument>
#include <gtest/gtest.h>

namespace {

using namespace eb::gui::detail;

TEST(DetailHighlight, MarksWordStartsInTextOnly)
{
    const QString html =
        QStringLiteral("<html><head><style>.small { color: #555; }</style></head><body>"
                       "<p>Stroke and <a href='https://doi.org/10.1/stroke'>stroke trials</a>; "
                       "a backstroke; small &amp; smaller</p></body></html>");
    const QString marked = highlightTerms(html, {QStringLiteral("stro"), QStringLiteral("small")});
    EXPECT_EQ(marked.count(QStringLiteral("class='hit'")), 4) << marked.toStdString();
    EXPECT_TRUE(marked.contains(QStringLiteral("href='https://doi.org/10.1/stroke'")));
    EXPECT_TRUE(marked.contains(QStringLiteral(".small { color: #555; }")));
    EXPECT_FALSE(marked.contains(QStringLiteral("back<span")));
    QTextDocument document;
    document.setHtml(marked);
    EXPECT_TRUE(document.toPlainText().contains(
        QStringLiteral("Stroke and stroke trials; a backstroke; small & smaller")));
}

TEST(DetailHighlight, TermsAreEscapedAndDeduplicated)
{
    EXPECT_EQ(highlightTermsFromSearch(QStringLiteral("  \"Stroke\" stroke, a 2.5 mg (TNFα)")),
              (QStringList{QStringLiteral("Stroke"), QStringLiteral("2.5"), QStringLiteral("mg"),
                           QStringLiteral("TNFα")}));
    const QString html = QStringLiteral("<p>a &lt;b&gt; tag, 2.5 mL</p>");
    // The escaped text is matched as text; an entity's name is not a word.
    EXPECT_EQ(highlightTerms(html, {QStringLiteral("<b>")}).count(QStringLiteral("class='hit'")),
              1);
    EXPECT_EQ(highlightTerms(html, {QStringLiteral("lt")}), html);
    EXPECT_EQ(highlightTerms(html, {QStringLiteral("2.5")}).count(QStringLiteral("class='hit'")),
              1);
    EXPECT_EQ(highlightTerms(html, {QStringLiteral("(.*)")}), html); // no regex from input
    EXPECT_EQ(highlightTerms(html, {}), html);
}

TEST(DetailHighlight, APageStaysTheSamePageOfText)
{
    const QString page = messageHtml(QStringLiteral("CAPTAIN II"), QStringLiteral("Day 90 MW"));
    const QString marked = highlightTerms(page, {QStringLiteral("captain"), QStringLiteral("mw")});
    QTextDocument a;
    a.setHtml(page);
    QTextDocument b;
    b.setHtml(marked);
    EXPECT_EQ(a.toPlainText(), b.toPlainText());
    EXPECT_EQ(marked.count(QStringLiteral("class='hit'")), 2);
}

} // namespace

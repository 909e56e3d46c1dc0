// Hostile text in every export, read back by a real parser: markup, ampersands, angle brackets,
// quotes, braces and control characters in a study's name and labels give a well-formed SVG
// (QXmlStreamReader), an HTML summary with no element of the study's making (Python's
// html.parser, where the Debian python3 is installed), one CSV row per mark, and citations
// whose braces balance.
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "export/citations.h"
#include "export/evidencesummary.h"
#include "export/figurebundle.h"
#include "exportfixtures.h"

#include <QBuffer>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

using namespace eb::exporting;

const QString kHostile = QStringLiteral("<script>alert(1)</script> Stroke & TBI: MW < 0.6? "
                                        "\"quoted\" {brace ") +
                         QChar(0x01) + QChar(0x1B) + QStringLiteral("[31m\nsecond line");

// Every text node and attribute value of an XML document, or the parser's error.
QString xmlProblem(const QByteArray &xml, QStringList *texts)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            *texts << reader.text().toString();
        }
    }
    return reader.hasError() ? reader.errorString() : QString();
}

TEST(Escaping, AForestPlotWithMarkupInItsTitleAndLabelsIsWellFormedSvg)
{
    eb::evidence::ForestSpec spec;
    spec.title = kHostile;
    eb::evidence::ForestRow row;
    row.study = kHostile;
    row.outcome = QStringLiteral("</text><script>x</script>");
    row.estimate = 0.6;
    row.ciLow = 0.5;
    row.ciHigh = 0.7;
    spec.rows << row;
    eb::charts::ForestPlot plot(spec);
    plot.resize(plot.naturalSize(900));
    eb::charts::ExportOptions options;
    options.title = kHostile;
    options.description = kHostile;
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(eb::charts::writeFigure(plot, svg, eb::charts::ExportFormat::Svg, options, &error))
        << error.toStdString();
    QStringList texts;
    EXPECT_EQ(xmlProblem(svg.data(), &texts).toStdString(), std::string());
    // The title is text, whole: the markup is in it as characters, no element of its own.
    EXPECT_TRUE(texts.join(QString()).contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_FALSE(svg.data().contains("<script"));
}

TEST(Escaping, TheSummaryOfAStudyNamedWithMarkupHasNoElementOfItsMaking)
{
    QString error;
    auto summary = readEvidenceSummary(eb::exporttest::bundledCatalogue(),
                                       QStringLiteral("captain-ii"), &error);
    ASSERT_TRUE(summary) << error.toStdString();
    summary->study.name = kHostile;
    summary->study.summary = kHostile;
    const QString html = summaryHtmlDocument(*summary);
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QChar(0x01)));

    QString why;
    const QString python = eb::exporttest::pythonWith(QStringLiteral("html.parser"), &why);
    if (python.isEmpty()) {
        GTEST_SKIP() << why.toStdString();
    }
    // Every start tag the parser sees; none may be one the study's name would have made.
    const char *script = R"(
import sys
from html.parser import HTMLParser
class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
p = Tags()
p.feed(sys.stdin.read())
p.close()
print(' '.join(sorted(p.tags)))
)";
    const auto run = eb::exporttest::runTool(python, {QStringLiteral("-c"), QLatin1String(script)},
                                             html.toUtf8());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList tags = run.out.simplified().split(QLatin1Char(' '));
    EXPECT_TRUE(tags.contains(QStringLiteral("svg"))) << run.out.toStdString();
    EXPECT_FALSE(tags.contains(QStringLiteral("script"))) << run.out.toStdString();
}

TEST(Escaping, AMarkLabelWithALineBreakStaysOneCsvRow)
{
    PlottedMark mark;
    mark.kind = QStringLiteral("row");
    mark.label = kHostile;
    mark.estimate = 0.6;
    const QString csv = marksCsv({mark, mark});
    // Two records after the header: CRLF ends a record, a bare LF inside quotes does not.
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 3);
    EXPECT_TRUE(csv.contains(QStringLiteral("\"<script>alert(1)</script> Stroke & TBI: MW < 0.6? "
                                            "\"\"quoted\"\"")));
}

TEST(Escaping, BibtexBracesBalanceWhateverTheTitleHolds)
{
    eb::catalogue::SourceRecord source;
    source.slug = QStringLiteral("hostile");
    source.kind = QStringLiteral("journal_article");
    source.title = QStringLiteral("} unbalanced { {{ } \\ CAPTAIN I ") + kHostile;
    source.authors = QStringLiteral("Poon W et al.");
    const QString bib = formatCitations({source}, CitationFormat::Bibtex);
    int depth = 0;
    int lowest = 0;
    for (const QChar c : bib) {
        depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
        lowest = std::min(lowest, depth);
    }
    EXPECT_EQ(depth, 0) << bib.toStdString();
    EXPECT_EQ(lowest, 0) << bib.toStdString();
    EXPECT_TRUE(bib.contains(QStringLiteral("{CAPTAIN} {I}"))) << bib.toStdString();
    EXPECT_FALSE(bib.contains(QChar(0x01)));
    // RIS: one line per tag, whatever the title holds.
    const QString ris = formatCitations({source}, CitationFormat::Ris);
    for (const QString &line : ris.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        EXPECT_EQ(line.mid(2, 4), QStringLiteral("  - ")) << line.toStdString();
        for (const QChar c : line) {
            EXPECT_NE(c.category(), QChar::Other_Control) << line.toStdString();
        }
    }
}

} // namespace

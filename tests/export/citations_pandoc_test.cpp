// Citations as a real citation processor prints them: `pandoc --citeproc` (Debian pandoc)
// reads our CSL-JSON and our BibTeX and formats them in two styles, its built-in Chicago
// author-date (title case) and a plain-titles numeric style (fixtures/plain-titles.csl). The
// capitals of "CAPTAIN I", "Cerebrolysin" and "Broca's" survive, an abbreviated author list
// still ends in "et al.", a source with no title has an entry that names it, and the PMID
// reaches the style. Skips with a message where pandoc is not installed.
#include "export/citations.h"
#include "exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::SourceRecord;
using namespace eb::exporting;

const QStringList kSlugs{QStringLiteral("poon-2020"), QStringLiteral("jianu-2010"),
                         QStringLiteral("product-label"), QStringLiteral("zhang-2017")};

QList<SourceRecord> sources()
{
    QList<SourceRecord> chosen;
    for (const SourceRecord &s : eb::exporttest::bundledCatalogue().sources()) {
        if (kSlugs.contains(s.slug)) {
            chosen << s;
        }
    }
    return chosen;
}

// pandoc's plain-text bibliography of `bibliography` in `style` (empty: Chicago), on one line.
QString bibliography(const QString &pandoc, const QString &bibliography, const QString &style)
{
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("cite.md"));
    QFile file(document);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("---\nnocite: '@*'\n---\n");
    file.close();
    QStringList arguments{QStringLiteral("--citeproc"),
                          QStringLiteral("-t"),
                          QStringLiteral("plain"),
                          QStringLiteral("--wrap=none"),
                          QStringLiteral("--bibliography"),
                          bibliography,
                          document};
    if (!style.isEmpty()) {
        arguments << QStringLiteral("--csl") << style;
    }
    const eb::exporttest::ToolRun run = eb::exporttest::runTool(pandoc, arguments);
    EXPECT_TRUE(run.started);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("WARNING"))) << run.err.toStdString();
    return run.out.simplified().replace(QChar(0x2019), QLatin1Char('\''));
}

TEST(CitationsInPandoc, CapitalsEtAlUntitledSourcesAndPmidSurviveTwoStylesFromBothFormats)
{
    const QString pandoc = eb::exporttest::toolOnPath(QStringLiteral("pandoc"));
    if (pandoc.isEmpty()) {
        GTEST_SKIP() << "pandoc not found (Debian package pandoc)";
    }
    const QList<SourceRecord> chosen = sources();
    ASSERT_EQ(chosen.size(), kSlugs.size());
    QTemporaryDir dir;
    const std::pair<const char *, CitationFormat> formats[] = {
        {"sources.json", CitationFormat::CslJson}, {"sources.bib", CitationFormat::Bibtex}};
    const QString styles[] = {
        QString(), QStringLiteral(EB_SOURCE_DIR "/tests/export/fixtures/plain-titles.csl")};
    for (const auto &[name, format] : formats) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(formatCitations(chosen, format).toUtf8());
        file.close();
        for (const QString &style : styles) {
            const QString text = bibliography(pandoc, path, style);
            SCOPED_TRACE(std::string(name) + " in " +
                         (style.isEmpty() ? std::string("Chicago") : style.toStdString()));
            SCOPED_TRACE(text.toStdString());
            EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN I ")));
            EXPECT_FALSE(text.contains(QStringLiteral("CAPTAIN i")));
            EXPECT_TRUE(text.contains(QStringLiteral("of Cerebrolysin in")));
            EXPECT_TRUE(text.contains(QStringLiteral("Broca's")));
            EXPECT_FALSE(text.contains(QStringLiteral("cerebrolysin")));
            // Poon W et al., Zhang D et al.: the list is known to be abbreviated.
            EXPECT_GE(text.count(QStringLiteral("et al.")), 2);
            // The product label has no title and no author: its entry still names it.
            EXPECT_TRUE(text.contains(QStringLiteral("[Cerebrolysin")) ||
                        text.contains(QStringLiteral("label")));
            if (!style.isEmpty()) {
                for (const SourceRecord &s : chosen) {
                    if (!s.pmid.isEmpty()) {
                        EXPECT_TRUE(text.contains(QStringLiteral("PMID: ") + s.pmid))
                            << s.slug.toStdString();
                    }
                }
            }
        }
    }
}

} // namespace

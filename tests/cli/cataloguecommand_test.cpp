// `evidence catalogue list|show|search`, called in-process with string-backed streams, on a
// copy of the bundled catalogue: exit codes, one stderr line for bad input, JSON that parses,
// the CAPTAIN II numbers, no NaN.
#include "catalogue/bundledcatalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;

QJsonDocument parse(const CommandRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.left(400).toStdString();
    return doc;
}

void expectNoNanOrInf(const CommandRun &run)
{
    static const QRegularExpression bad(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    // Altman's NNT interval that crosses no effect ("NNTB 5.2 to infinity to NNTH 30.1") is
    // words, not a number; any other nan/inf is a bug.
    QString out = run.out;
    out.remove(QStringLiteral(" to infinity to "));
    EXPECT_FALSE(bad.match(out).hasMatch()) << bad.match(out).captured().toStdString();
    EXPECT_FALSE(bad.match(run.err).hasMatch());
}

void expectOneErrorLine(const CommandRun &run)
{
    EXPECT_EQ(run.status, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(run.err.count(QChar(u'\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("evidence catalogue: ")))
        << run.err.toStdString();
}

class CatalogueCommand : public eb::test::CatalogueFileTest
{
protected:
    CommandRun catalogue(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("catalogue"));
        arguments << QStringLiteral("--database") << m_database;
        return evidence(arguments);
    }
};

} // namespace

TEST_F(CatalogueCommand, ListStudies)
{
    const CommandRun run = catalogue({QStringLiteral("list")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    for (const char *slug : {"captain-ii", "cars-meta-analysis", "zhang-2020-rat-chi", "escas"}) {
        EXPECT_TRUE(run.out.contains(QLatin1String(slug))) << slug;
    }
    expectNoNanOrInf(run);
}

TEST_F(CatalogueCommand, ListFiltersAsJson)
{
    const CommandRun stroke =
        catalogue({QStringLiteral("list"), QStringLiteral("studies"), QStringLiteral("--condition"),
                   QStringLiteral("stroke"), QStringLiteral("--json")});
    ASSERT_EQ(stroke.status, 0) << stroke.err.toStdString();
    const QJsonArray studies = parse(stroke).array();
    ASSERT_FALSE(studies.isEmpty());
    for (const QJsonValue &s : studies) {
        EXPECT_EQ(s[QStringLiteral("condition")].toString(), QStringLiteral("stroke"));
        EXPECT_FALSE(s[QStringLiteral("slug")].toString().isEmpty());
    }

    const CommandRun rats = catalogue({QStringLiteral("list"), QStringLiteral("--species"),
                                       QStringLiteral("rat"), QStringLiteral("--json")});
    ASSERT_EQ(rats.status, 0);
    const QJsonArray ratStudies = parse(rats).array();
    ASSERT_EQ(ratStudies.size(), 1);
    EXPECT_EQ(ratStudies.first()[QStringLiteral("slug")].toString(),
              QStringLiteral("zhang-2020-rat-chi"));

    const CommandRun metas =
        catalogue({QStringLiteral("list"), QStringLiteral("--design"),
                   QStringLiteral("ipd_meta_analysis"), QStringLiteral("--json")});
    ASSERT_EQ(metas.status, 0);
    ASSERT_EQ(parse(metas).array().size(), 1);
}

TEST_F(CatalogueCommand, EveryKindListsAndParses)
{
    for (const char *kind : {"studies", "outcomes", "results", "mechanisms", "claims", "sources"}) {
        const CommandRun text = catalogue({QStringLiteral("list"), QLatin1String(kind)});
        EXPECT_EQ(text.status, 0) << kind << text.err.toStdString();
        EXPECT_FALSE(text.out.isEmpty()) << kind;
        expectNoNanOrInf(text);
        const CommandRun json =
            catalogue({QStringLiteral("list"), QLatin1String(kind), QStringLiteral("--json")});
        EXPECT_EQ(json.status, 0) << kind;
        EXPECT_FALSE(parse(json).array().isEmpty()) << kind;
        expectNoNanOrInf(json);
    }
    const CommandRun mechanisms = catalogue({QStringLiteral("list"), QStringLiteral("mechanisms")});
    EXPECT_TRUE(mechanisms.out.contains(QStringLiteral("TNFα down")));
}

TEST_F(CatalogueCommand, ShowCaptainII)
{
    const CommandRun run = catalogue({QStringLiteral("show"), QStringLiteral("captain-ii")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("MW 0.59 (95% CI 0.52 to 0.66)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("p = 0.0119")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("DOI 10.1007/s10072-019-04181-y")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("PMID 31897941")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("not reported")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("reported by")));
    // Issue 15: the article's words in quotation marks, the publication's as our transcription.
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("The article (secondary summary): “The CAPTAIN II")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Reported in Muresanu 2020 (CAPTAIN II): Day 90, ensemble of 13")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("“Day 90, ensemble")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Dosing")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Arms")));
    expectNoNanOrInf(run);
}

TEST_F(CatalogueCommand, ShowCaptainIIAsJson)
{
    const CommandRun run =
        catalogue({QStringLiteral("show"), QStringLiteral("captain-ii"), QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QJsonObject study = parse(run).object();
    EXPECT_EQ(study[QStringLiteral("slug")].toString(), QStringLiteral("captain-ii"));
    bool found = false;
    for (const QJsonValue &r : study[QStringLiteral("results")].toArray()) {
        if (r[QStringLiteral("estimate")].toDouble() == 0.59 &&
            r[QStringLiteral("ci_low")].toDouble() == 0.52 &&
            r[QStringLiteral("ci_high")].toDouble() == 0.66) {
            found = true;
            // Issue 15: every result has its statement; only the article's are a "quote".
            EXPECT_FALSE(r[QStringLiteral("statement")].toString().isEmpty());
            EXPECT_EQ(r.toObject().contains(QStringLiteral("quote")),
                      r[QStringLiteral("verbatim")].toBool());
            EXPECT_EQ(r[QStringLiteral("verbatim")].toBool(),
                      r[QStringLiteral("source")].toString() == QStringLiteral("article"));
            EXPECT_FALSE(r[QStringLiteral("origin")].toString().isEmpty());
        }
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(study[QStringLiteral("timing")].isNull() ||
                study[QStringLiteral("timing")].isString());
    expectNoNanOrInf(run);
}

// Issue 3: every MW result shows its d, OR and NNT equivalents, marked derived; the CASI
// result yields Hedges' g with the assumed arm sizes flagged. Expected values by hand:
// d = sqrt(2) * PhiInv(0.59) = 0.32 (PhiInv(0.52), PhiInv(0.66) give 0.07 and 0.58);
// NNT = 1 / (2 * 0.59 - 1) = 5.6. CASI (Chen 2013), 16/16: s_pooled = sqrt((20.4^2 + 12.1^2)/2)
// = 16.77, d = 13.4 / 16.77 = 0.799, g = (1 - 3/119) d = 0.78, se = 0.367: 0.06 to 1.50.
TEST_F(CatalogueCommand, ShowMarksDerivedEquivalentsOfResults)
{
    const CommandRun captain = catalogue({QStringLiteral("show"), QStringLiteral("captain-ii")});
    ASSERT_EQ(captain.status, 0) << captain.err.toStdString();
    EXPECT_TRUE(captain.out.contains(QStringLiteral("[derived] d 0.32 (0.07 to 0.58)")))
        << captain.out.toStdString();
    EXPECT_TRUE(captain.out.contains(QStringLiteral("[derived] NNT NNTB 5.6")));
    EXPECT_TRUE(captain.out.contains(QStringLiteral("[derived] OR ")));

    const CommandRun chen =
        catalogue({QStringLiteral("show"), QStringLiteral("chen-2013-mild-tbi")});
    ASSERT_EQ(chen.status, 0) << chen.err.toStdString();
    EXPECT_TRUE(chen.out.contains(QStringLiteral("[derived] Hedges' g 0.78 (0.06 to 1.50)")))
        << chen.out.toStdString();
    EXPECT_TRUE(chen.out.contains(QStringLiteral("ASSUMPTION: Arm sizes assumed 16/16")));
    EXPECT_TRUE(chen.out.contains(QStringLiteral("derived by this program from")));
    // The ratio behind the article's "three-fold" is a computed value, not a p-only result.
    EXPECT_TRUE(chen.out.contains(QStringLiteral("value 2.76 (not an effect size")))
        << chen.out.toStdString();

    const CommandRun json = catalogue(
        {QStringLiteral("show"), QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("--json")});
    ASSERT_EQ(json.status, 0);
    int assumed = 0;
    for (const QJsonValue &r : parse(json).object()[QStringLiteral("results")].toArray()) {
        for (const QJsonValue &group : r[QStringLiteral("derived")].toArray()) {
            if (group[QStringLiteral("assumes_arm_sizes")].toBool()) {
                ++assumed;
                EXPECT_EQ(group[QStringLiteral("values")][0][QStringLiteral("origin")].toString(),
                          QStringLiteral("derived"));
            }
        }
    }
    EXPECT_EQ(assumed, 2); // the article's row and Chen 2013's row
}

TEST_F(CatalogueCommand, ShowOtherKinds)
{
    const CommandRun mechanism =
        catalogue({QStringLiteral("show"), QStringLiteral("reducing-neuroinflammation")});
    ASSERT_EQ(mechanism.status, 0) << mechanism.err.toStdString();
    EXPECT_TRUE(mechanism.out.contains(QStringLiteral("TNFα")));
    const CommandRun source =
        catalogue({QStringLiteral("show"), QStringLiteral("article"), QStringLiteral("--json")});
    ASSERT_EQ(source.status, 0);
    EXPECT_EQ(parse(source).object()[QStringLiteral("kind")].toString(), QStringLiteral("article"));
    const CommandRun outcome = catalogue({QStringLiteral("show"), QStringLiteral("arat")});
    EXPECT_EQ(outcome.status, 0);
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("Action Research Arm Test")));
}

// Issue 15: the Cochrane review's 2020 version is a source of its own, linked as an earlier
// version of the 2023 version, with only what references.md states of it (its DOI and year):
// no title or journal borrowed from the later version.
TEST_F(CatalogueCommand, ShowSourceVersionsAsJsonAndText)
{
    const CommandRun earlier = catalogue(
        {QStringLiteral("show"), QStringLiteral("cochrane-2020"), QStringLiteral("--json")});
    ASSERT_EQ(earlier.status, 0) << earlier.err.toStdString();
    const QJsonObject o = parse(earlier).object();
    EXPECT_EQ(o[QStringLiteral("version_of")][QStringLiteral("slug")].toString(),
              QStringLiteral("cochrane-2023"));
    EXPECT_EQ(o[QStringLiteral("doi")].toString(),
              QStringLiteral("10.1002/14651858.CD007026.pub6"));
    EXPECT_EQ(o[QStringLiteral("year")].toInt(), 2020);
    EXPECT_TRUE(o[QStringLiteral("title")].isNull());
    EXPECT_TRUE(o[QStringLiteral("journal")].isNull());
    EXPECT_TRUE(o[QStringLiteral("authors")].isNull());
    const CommandRun later = catalogue(
        {QStringLiteral("show"), QStringLiteral("cochrane-2023"), QStringLiteral("--json")});
    ASSERT_EQ(later.status, 0) << later.err.toStdString();
    const QJsonObject l = parse(later).object();
    EXPECT_FALSE(l.contains(QStringLiteral("version_of")));
    const QJsonArray versions = l[QStringLiteral("earlier_versions")].toArray();
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions.first()[QStringLiteral("slug")].toString(), QStringLiteral("cochrane-2020"));
    const CommandRun text = catalogue({QStringLiteral("show"), QStringLiteral("cochrane-2020")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("earlier version of")) &&
                text.out.contains(QStringLiteral("(cochrane-2023)")))
        << text.out.toStdString();
}

TEST_F(CatalogueCommand, Search)
{
    const CommandRun run =
        catalogue({QStringLiteral("search"), QStringLiteral("TNFα"), QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    bool found = false;
    for (const QJsonValue &hit : parse(run).array()) {
        found |=
            hit[QStringLiteral("kind")].toString() == QLatin1String("mechanism") &&
            hit[QStringLiteral("slug")].toString() == QLatin1String("reducing-neuroinflammation");
    }
    EXPECT_TRUE(found);

    // Several words on the command line are one search.
    const CommandRun words =
        catalogue({QStringLiteral("search"), QStringLiteral("CAPTAIN"), QStringLiteral("II")});
    EXPECT_EQ(words.status, 0);
    EXPECT_TRUE(words.out.contains(QStringLiteral("captain-ii")));

    const CommandRun limited =
        catalogue({QStringLiteral("search"), QStringLiteral("stroke"), QStringLiteral("--limit"),
                   QStringLiteral("2"), QStringLiteral("--json")});
    EXPECT_EQ(limited.status, 0);
    EXPECT_EQ(parse(limited).array().size(), 2);

    for (const QString &tricky :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("Alzheimer's"),
          QStringLiteral("COVID-19"), QStringLiteral("2.5 mg"), QString()}) {
        const CommandRun r = catalogue({QStringLiteral("search"), tricky});
        EXPECT_EQ(r.status, 0) << tricky.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty());
        const CommandRun j =
            catalogue({QStringLiteral("search"), tricky, QStringLiteral("--json")});
        EXPECT_EQ(j.status, 0);
        EXPECT_TRUE(parse(j).isArray());
    }
}

TEST_F(CatalogueCommand, BadInputIsOneLineAndExitTwo)
{
    expectOneErrorLine(catalogue({QStringLiteral("show"), QStringLiteral("no-such-study")}));
    expectOneErrorLine(catalogue({QStringLiteral("list"), QStringLiteral("widgets")}));
    expectOneErrorLine(catalogue(
        {QStringLiteral("list"), QStringLiteral("--condition"), QStringLiteral("migraine")}));
    expectOneErrorLine(
        catalogue({QStringLiteral("list"), QStringLiteral("--species"), QStringLiteral("mouse")}));
    expectOneErrorLine(catalogue({QStringLiteral("list"), QStringLiteral("mechanisms"),
                                  QStringLiteral("--condition"), QStringLiteral("stroke")}));
    expectOneErrorLine(catalogue({QStringLiteral("frobnicate")}));
    expectOneErrorLine(catalogue({}));
    expectOneErrorLine(catalogue({QStringLiteral("show")}));
    expectOneErrorLine(catalogue({QStringLiteral("search"), QStringLiteral("x"),
                                  QStringLiteral("--limit"), QStringLiteral("0")}));
    expectOneErrorLine(catalogue({QStringLiteral("search"), QStringLiteral("x"),
                                  QStringLiteral("--limit"), QStringLiteral("ten")}));
    expectOneErrorLine(catalogue({QStringLiteral("list"), QStringLiteral("--no-such-option")}));
}

TEST_F(CatalogueCommand, RefusedDatabaseIsBadInputAndUntouched)
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a catalogue\n");
    }
    const CommandRun run = evidence(
        {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--database"), notes});
    expectOneErrorLine(run);
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArrayLiteral("not a catalogue\n"));

    const CommandRun missing =
        evidence({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--database"),
                  m_dir.filePath(QStringLiteral("missing.sqlite"))});
    expectOneErrorLine(missing);
}

TEST_F(CatalogueCommand, Help)
{
    const CommandRun run = evidence({QStringLiteral("catalogue"), QStringLiteral("--help")});
    EXPECT_EQ(run.status, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--database")));
}

TEST(CatalogueCommandDefault, UsesTheUsersCopyOfTheBundledCatalogue)
{
    // Test mode (set by the test main) keeps this under ~/.qttest; our own names keep it away
    // from other tests.
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("cli-catalogue-default"));
    const QString path = eb::catalogue::userCataloguePath();
    ASSERT_TRUE(path.contains(QStringLiteral("qttest"))) << path.toStdString();
    QDir(QFileInfo(path).absolutePath()).removeRecursively();

    const CommandRun run = evidence(
        {QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("captain-ii")});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("0.59")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("0.52")));
    EXPECT_TRUE(QFileInfo::exists(path));
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

// Issue 8: `catalogue show` gives each result's one-line citation, the same text as the GUI's
// Copy Result (evidence::resultCitationLine), in text and as a "citation" field in JSON.
TEST_F(CatalogueCommand, ShowGivesEachResultsCitationLine)
{
    const QString captain = QStringLiteral(
        "CAPTAIN II, CAPTAIN ensemble (13 scales), day 90: MW 0.59 (95% CI 0.52 to 0.66), "
        "p = 0.0119, N = 139 (Muresanu 2020, doi:10.1007/s10072-019-04181-y)");
    const CommandRun text = catalogue({QStringLiteral("show"), QStringLiteral("captain-ii")});
    ASSERT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("cite as: ") + captain)) << text.out.toStdString();

    const CommandRun json =
        catalogue({QStringLiteral("show"), QStringLiteral("captain-ii"), QStringLiteral("--json")});
    ASSERT_EQ(json.status, 0) << json.err.toStdString();
    const QJsonArray results = parse(json).object()[QStringLiteral("results")].toArray();
    ASSERT_FALSE(results.isEmpty());
    QStringList citations;
    for (const QJsonValue &r : results) {
        EXPECT_TRUE(r[QStringLiteral("citation")].isString());
        EXPECT_TRUE(
            r[QStringLiteral("citation")].toString().startsWith(QStringLiteral("CAPTAIN II, ")));
        citations << r[QStringLiteral("citation")].toString();
    }
    EXPECT_TRUE(citations.contains(captain)) << citations.join(QLatin1Char('\n')).toStdString();
    // Every result in the text form has its line.
    EXPECT_EQ(text.out.count(QStringLiteral("cite as: ")), results.size());
}

// Search reaches every field the detail pane shows (migration 0003), stays in step with
// edits through its triggers, and a pasted text never becomes a query of thousands of terms.
#include "catalogue/catalogue.h"
#include "testcatalogue.h"

#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// A study filter of condition, design, species and text (the rest as by default).
[[maybe_unused]] eb::catalogue::StudyFilter studyFilter(const QString &condition,
                                                        const QString &design,
                                                        const QString &species, const QString &text)
{
    eb::catalogue::StudyFilter filter;
    filter.condition = condition;
    filter.design = design;
    filter.species = species;
    filter.text = text;
    return filter;
}

using namespace eb::catalogue;
using namespace eb::catalogue::test;

bool contains(const QList<SearchHit> &hits, SearchHit::Kind kind, const QString &slug)
{
    for (const SearchHit &hit : hits) {
        if (hit.kind == kind && hit.slug == slug) {
            return true;
        }
    }
    return false;
}

TEST(SearchTerms, RepeatedWordsAreOneTerm)
{
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("stroke Stroke STROKE apha")),
              QStringLiteral("\"stroke\" \"apha\"*"));
    // The last word repeats an earlier one: the query is the same without it.
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("stroke motor stroke")),
              QStringLiteral("\"stroke\" \"motor\""));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("stroke stroke")), QStringLiteral("\"stroke\""));
}

TEST(SearchTerms, APastedTextIsCappedAtSixteenDistinctWords)
{
    QStringList words;
    for (int i = 0; i < 4000; ++i) {
        words << QStringLiteral("word%1").arg(i % 700) << QStringLiteral("the");
    }
    const QString query = ftsQueryFromUserText(words.join(QLatin1Char(' ')));
    EXPECT_EQ(query.count(QLatin1Char('"')), 2 * 16) << query.toStdString();
    EXPECT_TRUE(query.startsWith(QStringLiteral("\"word0\" \"the\" \"word1\"")));
    EXPECT_FALSE(query.endsWith(QLatin1Char('*'))); // the last word typed was left out
}

TEST(SearchFields, APastedTextSearchesWithoutError)
{
    Catalogue catalogue;
    ASSERT_TRUE(openFixture(catalogue));
    QStringList words;
    for (int i = 0; i < 4000; ++i) {
        words << (i % 2 == 0 ? QStringLiteral("trial") : QStringLiteral("peptide%1").arg(i));
    }
    const auto hits = catalogue.search(words.join(QLatin1Char(' ')));
    EXPECT_TRUE(catalogue.lastError().isEmpty()) << catalogue.lastError().toStdString();
    EXPECT_TRUE(hits.isEmpty()); // "peptide1" is in no document
    catalogue.studies(studyFilter({}, {}, {}, words.join(QLatin1Char(' '))));
    EXPECT_TRUE(catalogue.lastError().isEmpty());
}

TEST(SearchFields, TheBundledCatalogueFindsWhatTheDetailPaneShows)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(bundledFile(), OpenMode::ReadOnly))
        << catalogue.lastError().toStdString();
    // Dosing text: CARS-1's schedule.
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("standardized 21-day rehabilitation")),
                         SearchHit::Kind::Study, QStringLiteral("cars-1")));
    // A study's source: "Muresanu" finds CAPTAIN II, not only the source record.
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("Muresanu")), SearchHit::Kind::Study,
                         QStringLiteral("captain-ii")));
    // A result's quote and note (Chen 2013's CASI).
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("CASI change from baseline")),
                         SearchHit::Kind::Study, QStringLiteral("chen-2013-mild-tbi")));
    // A source's verification note, a claim's verdict.
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("Sponsorship recorded as unknown")),
                         SearchHit::Kind::Source, QStringLiteral("chen-2013")));
    EXPECT_FALSE(catalogue.search(QStringLiteral("overstated")).isEmpty());
}

TEST(SearchFields, EditsToDosingArmsAndResultsReachTheStudysDocument)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fixture.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, path));
    }
    const auto search = [&](const QString &text) {
        Catalogue catalogue;
        EXPECT_TRUE(catalogue.open(path, OpenMode::ReadOnly));
        return catalogue.search(text);
    };
    execOnFile(path, "INSERT INTO dosing_protocol (id, slug, study_id, label, schedule, "
                     "source_id, quote) VALUES (90, 'b-dose', 2, 'Zanzibar regimen', "
                     "'every quokka day', 1, 'q');");
    EXPECT_TRUE(contains(search(QStringLiteral("quokka")), SearchHit::Kind::Study,
                         QStringLiteral("trial-b")));
    execOnFile(path, "UPDATE dosing_protocol SET schedule = 'every wombat day' WHERE id = 90;");
    EXPECT_TRUE(search(QStringLiteral("quokka")).isEmpty());
    EXPECT_TRUE(contains(search(QStringLiteral("wombat")), SearchHit::Kind::Study,
                         QStringLiteral("trial-b")));
    execOnFile(path, "DELETE FROM dosing_protocol WHERE id = 90;");
    EXPECT_TRUE(search(QStringLiteral("wombat")).isEmpty());

    execOnFile(path, "UPDATE study_arm SET label = 'Platypus arm' WHERE id = 2;");
    EXPECT_TRUE(contains(search(QStringLiteral("platypus")), SearchHit::Kind::Study,
                         QStringLiteral("trial-a")));
    execOnFile(path, "UPDATE result SET note = 'a numbat note' WHERE study_id = 1;");
    EXPECT_TRUE(contains(search(QStringLiteral("numbat")), SearchHit::Kind::Study,
                         QStringLiteral("trial-a")));
    // The study's own fields are still found.
    EXPECT_TRUE(contains(search(QStringLiteral("peptide")), SearchHit::Kind::Study,
                         QStringLiteral("trial-a")));
}

} // namespace

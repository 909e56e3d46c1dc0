// Catalogue::searchIds(): the ids of one kind that a text matches are exactly the hits of that
// kind that search() finds, for every kind and for text that breaks naive FTS5 queries.
#include "testcatalogue.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

constexpr SearchHit::Kind kKinds[] = {SearchHit::Kind::Study, SearchHit::Kind::Outcome,
                                      SearchHit::Kind::Mechanism, SearchHit::Kind::Claim,
                                      SearchHit::Kind::Source};

TEST(SearchIds, MatchTheHitsOfSearchKindByKind)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(bundledFile(), OpenMode::ReadOnly))
        << qPrintable(catalogue.lastError());
    const CatalogueCounts counts = catalogue.counts();
    const int everything =
        counts.studies + counts.outcomes + counts.mechanisms + counts.claims + counts.sources;
    int nonEmpty = 0;
    for (const char *text : {"stroke", "CAPTAIN", "TNFα", "motor", "Alzheimer's", "COVID-19", "\"",
                             "*", "2.5 mg", "ü", "NOT", "title:stroke", "   "}) {
        const QString query = QString::fromUtf8(text);
        const QList<SearchHit> hits = catalogue.search(query, everything + 1);
        ASSERT_TRUE(catalogue.lastError().isEmpty()) << text;
        for (SearchHit::Kind kind : kKinds) {
            QSet<qint64> expected;
            for (const SearchHit &hit : hits) {
                if (hit.kind == kind) {
                    expected.insert(hit.id);
                }
            }
            const QList<qint64> ids = catalogue.searchIds(kind, query);
            EXPECT_TRUE(catalogue.lastError().isEmpty()) << text;
            EXPECT_EQ(ids.size(), QSet<qint64>(ids.cbegin(), ids.cend()).size()) << text;
            EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()), expected)
                << text << " kind " << qPrintable(searchHitKindKey(kind));
            nonEmpty += ids.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_GE(nonEmpty, 5); // the words above find studies, outcomes, mechanisms and claims
}

TEST(SearchIds, AClosedCatalogueSaysSo)
{
    Catalogue catalogue;
    EXPECT_TRUE(catalogue.searchIds(SearchHit::Kind::Study, QStringLiteral("stroke")).isEmpty());
    EXPECT_FALSE(catalogue.lastError().isEmpty());
}

} // namespace

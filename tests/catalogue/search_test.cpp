// Full-text search: any user text is safe, hits make sense, paging works.
#include "testcatalogue.h"

#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

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

bool contains(const QList<SearchHit> &hits, SearchHit::Kind kind, const QString &slug)
{
    for (const SearchHit &hit : hits) {
        if (hit.kind == kind && hit.slug == slug) {
            return true;
        }
    }
    return false;
}

// Inputs that break naive FTS5 queries: quotes, operators, column filters, wildcards,
// punctuation, non-Latin letters, control characters, very long text.
QStringList trickyInputs()
{
    return {QStringLiteral("Alzheimer's"),
            QStringLiteral("COVID-19"),
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("\"unbalanced"),
            QStringLiteral("2.5 mg"),
            QStringLiteral("2.5 mL/kg"),
            QStringLiteral("*"),
            QStringLiteral("**"),
            QStringLiteral("a*"),
            QStringLiteral("-"),
            QStringLiteral("NOT"),
            QStringLiteral("AND OR NOT"),
            QStringLiteral("stroke OR"),
            QStringLiteral("NEAR(stroke trial)"),
            QStringLiteral("title:stroke"),
            QStringLiteral("^stroke"),
            QStringLiteral("(stroke"),
            QStringLiteral("{slug title}: x"),
            QStringLiteral("TNFα"),
            QStringLiteral("IL-1β"),
            QStringLiteral("Hömberg"),
            QStringLiteral("ΑΒΓ"),
            QStringLiteral("脑卒中"),
            QStringLiteral("🧠 stroke"),
            QStringLiteral("p<0.05"),
            QStringLiteral("50%"),
            QStringLiteral("'; DROP TABLE study; --"),
            QString(),
            QStringLiteral("   "),
            QStringLiteral("\t\n"),
            QString(QChar(u'\0')) + QStringLiteral("stroke"),
            QStringLiteral("stroke ").repeated(500)};
}

} // namespace

TEST(SearchQuery, QuotesEveryWordAndPrefixesTheLast)
{
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("Alzheimer's")),
              QStringLiteral("\"Alzheimer's\"*"));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("2.5 mg")), QStringLiteral("\"2.5\" \"mg\"*"));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say\" \"\"\"hi\"\"\"*"));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("  COVID-19  ")),
              QStringLiteral("\"COVID-19\"*"));
    EXPECT_EQ(ftsQueryFromUserText(QStringLiteral("a NOT b")),
              QStringLiteral("\"a\" \"NOT\" \"b\"*"));
    EXPECT_TRUE(ftsQueryFromUserText(QStringLiteral("\"")).isEmpty());
    EXPECT_TRUE(ftsQueryFromUserText(QStringLiteral("* - \"")).isEmpty());
    EXPECT_TRUE(ftsQueryFromUserText(QString()).isEmpty());
}

class Search : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(openFixture(m_catalogue)); }
    Catalogue m_catalogue;
};

TEST_F(Search, TrickyInputsNeverFail)
{
    for (const QString &input : trickyInputs()) {
        const auto hits = m_catalogue.search(input);
        EXPECT_TRUE(m_catalogue.lastError().isEmpty())
            << input.toStdString() << ": " << m_catalogue.lastError().toStdString();
        EXPECT_LE(hits.size(), 50);
        m_catalogue.studies(studyFilter({}, {}, {}, input));
        EXPECT_TRUE(m_catalogue.lastError().isEmpty())
            << input.toStdString() << ": " << m_catalogue.lastError().toStdString();
    }
}

TEST_F(Search, SensibleHits)
{
    // A Greek letter is part of the word.
    const auto tnf = m_catalogue.search(QStringLiteral("TNFα"));
    EXPECT_TRUE(contains(tnf, SearchHit::Kind::Mechanism, QStringLiteral("neuroinflammation")));
    EXPECT_TRUE(contains(tnf, SearchHit::Kind::Claim, QStringLiteral("claim-tnf")));
    EXPECT_FALSE(contains(tnf, SearchHit::Kind::Mechanism, QStringLiteral("neurotrophy")));
    // Diacritics are folded both ways.
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("Hömberg")), SearchHit::Kind::Source,
                         QStringLiteral("trial-paper")));
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("homberg")), SearchHit::Kind::Source,
                         QStringLiteral("trial-paper")));
    // Apostrophes and hyphens are phrase separators, as in the indexed text.
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("Alzheimer's")), SearchHit::Kind::Source,
                         QStringLiteral("review-paper")));
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("COVID-19")), SearchHit::Kind::Source,
                         QStringLiteral("review-paper")));
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("2.5 mL/kg")), SearchHit::Kind::Study,
                         QStringLiteral("trial-b")));
    // Prefix while typing, abbreviations, case.
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("tri")), SearchHit::Kind::Study,
                         QStringLiteral("trial-a")));
    EXPECT_TRUE(contains(m_catalogue.search(QStringLiteral("arat")), SearchHit::Kind::Outcome,
                         QStringLiteral("arat")));
    // Every word must match.
    EXPECT_TRUE(m_catalogue.search(QStringLiteral("TNFα zzzzqqq")).isEmpty());
    // Nothing searchable: no hits, no error.
    EXPECT_TRUE(m_catalogue.search(QStringLiteral("\"")).isEmpty());
    EXPECT_TRUE(m_catalogue.search(QStringLiteral("*")).isEmpty());
    EXPECT_TRUE(m_catalogue.search(QString()).isEmpty());
}

TEST_F(Search, HitsCarryKindIdTitleAndSnippet)
{
    const auto hits = m_catalogue.search(QStringLiteral("TNFα"), 50, 0, QStringLiteral("<b>"),
                                         QStringLiteral("</b>"));
    bool checked = false;
    for (const SearchHit &hit : hits) {
        if (hit.kind == SearchHit::Kind::Mechanism) {
            EXPECT_EQ(hit.id, m_catalogue.mechanism(hit.slug)->id);
            EXPECT_EQ(hit.title, QStringLiteral("Reducing Neuroinflammation"));
            EXPECT_TRUE(hit.snippet.contains(QStringLiteral("<b>TNFα</b>")))
                << hit.snippet.toStdString();
            checked = true;
        }
    }
    EXPECT_TRUE(checked);
    EXPECT_EQ(searchHitKindKey(SearchHit::Kind::Claim), QStringLiteral("claim"));
}

TEST_F(Search, PagesWithLimitAndOffset)
{
    const auto all = m_catalogue.search(QStringLiteral("trial"), 100);
    ASSERT_GE(all.size(), 3);
    const auto first = m_catalogue.search(QStringLiteral("trial"), 2, 0);
    const auto second = m_catalogue.search(QStringLiteral("trial"), 2, 2);
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(first.at(0).slug, all.at(0).slug);
    EXPECT_EQ(first.at(1).slug, all.at(1).slug);
    ASSERT_FALSE(second.isEmpty());
    EXPECT_EQ(second.first().slug, all.at(2).slug);
    EXPECT_TRUE(m_catalogue.search(QStringLiteral("trial"), 0).isEmpty());
    EXPECT_TRUE(m_catalogue.search(QStringLiteral("trial"), -5).isEmpty());
    EXPECT_EQ(m_catalogue.search(QStringLiteral("trial"), 2, -3).size(), 2);
}

TEST(SearchBundled, TrickyInputsAndKnownHits)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(bundledFile(), OpenMode::ReadOnly))
        << catalogue.lastError().toStdString();
    for (const QString &input : trickyInputs()) {
        catalogue.search(input);
        EXPECT_TRUE(catalogue.lastError().isEmpty())
            << input.toStdString() << ": " << catalogue.lastError().toStdString();
    }
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("TNFα")), SearchHit::Kind::Mechanism,
                         QStringLiteral("reducing-neuroinflammation")));
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("CAPTAIN II")), SearchHit::Kind::Study,
                         QStringLiteral("captain-ii")));
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("aphasia")), SearchHit::Kind::Study,
                         QStringLiteral("escas")));
    EXPECT_TRUE(contains(catalogue.search(QStringLiteral("Cochrane")), SearchHit::Kind::Study,
                         QStringLiteral("cochrane-2023-stroke")));
}

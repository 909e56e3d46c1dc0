// The read functions of Catalogue, on the made-up fixture (tests/catalogue/fixture.sql).
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

} // namespace

class Repository : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(openFixture(m_catalogue)); }
    void TearDown() override
    {
        EXPECT_TRUE(m_catalogue.lastError().isEmpty()) << m_catalogue.lastError().toStdString();
    }
    Catalogue m_catalogue;
};

TEST_F(Repository, StudiesWithFilters)
{
    const auto all = m_catalogue.studies();
    ASSERT_EQ(all.size(), 3);
    const auto strokes = m_catalogue.studies(studyFilter(QStringLiteral("stroke"), {}, {}, {}));
    ASSERT_EQ(strokes.size(), 2);
    for (const StudySummary &s : strokes) {
        EXPECT_EQ(s.condition, QStringLiteral("stroke"));
    }
    const auto rats = m_catalogue.studies(studyFilter({}, {}, QStringLiteral("rat"), {}));
    ASSERT_EQ(rats.size(), 1);
    EXPECT_EQ(rats.first().slug, QStringLiteral("trial-b"));
    EXPECT_FALSE(rats.first().nEnrolled.has_value()); // NULL stays unknown
    EXPECT_EQ(rats.first().resultCount, 1);

    const auto metas =
        m_catalogue.studies(studyFilter({}, QStringLiteral("meta_analysis"), {}, {}));
    ASSERT_EQ(metas.size(), 1);
    EXPECT_EQ(metas.first().slug, QStringLiteral("pooled-ab"));

    const auto byText = m_catalogue.studies(studyFilter({}, {}, {}, QStringLiteral("closed head")));
    ASSERT_EQ(byText.size(), 1);
    EXPECT_EQ(byText.first().slug, QStringLiteral("trial-b"));
    EXPECT_TRUE(m_catalogue.studies(studyFilter({}, {}, {}, QStringLiteral("\""))).isEmpty());
    EXPECT_TRUE(
        m_catalogue.studies(studyFilter(QStringLiteral("stroke"), {}, QStringLiteral("rat"), {}))
            .isEmpty());

    // Pages: in order, without overlap.
    StudyFilter page;
    page.limit = 2;
    const auto first = m_catalogue.studies(page);
    page.offset = 2;
    const auto second = m_catalogue.studies(page);
    ASSERT_EQ(first.size(), 2);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(first.at(0).slug, all.at(0).slug);
    EXPECT_EQ(first.at(1).slug, all.at(1).slug);
    EXPECT_EQ(second.at(0).slug, all.at(2).slug);

    // Values from input are bound, never pasted into SQL.
    EXPECT_TRUE(m_catalogue.studies(studyFilter(QStringLiteral("stroke' OR 1=1 --"), {}, {}, {}))
                    .isEmpty());
}

TEST_F(Repository, StudyDetailHasEverything)
{
    const auto s = m_catalogue.study(QStringLiteral("trial-a"));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->name, QStringLiteral("Trial A"));
    EXPECT_EQ(s->design, QStringLiteral("rct"));
    EXPECT_EQ(s->centres.value_or(0), 12);
    EXPECT_EQ(s->nEnrolled.value_or(0), 200);
    EXPECT_TRUE(s->timing.isNull());

    ASSERT_EQ(s->arms.size(), 2);
    EXPECT_EQ(s->arms.at(0).role, QStringLiteral("treatment"));
    EXPECT_EQ(s->arms.at(0).nRandomised.value_or(0), 100);
    EXPECT_EQ(s->arms.at(0).sourceShortLabel, QStringLiteral("Hömberg 2020 (Trial A)"));

    ASSERT_EQ(s->results.size(), 3);
    const ResultRecord &r = s->results.at(0);
    EXPECT_EQ(r.outcomeAbbreviation, QStringLiteral("ARAT"));
    EXPECT_EQ(r.outcomeDomain, QStringLiteral("motor"));
    EXPECT_EQ(r.metric, eb::stats::Metric::MannWhitney);
    EXPECT_DOUBLE_EQ(r.estimate.value_or(0), 0.62);
    EXPECT_DOUBLE_EQ(r.ciLow.value_or(0), 0.55);
    EXPECT_DOUBLE_EQ(r.ciHigh.value_or(0), 0.69);
    EXPECT_DOUBLE_EQ(r.ciLevel.value_or(0), 95);
    EXPECT_EQ(r.pOperator, QStringLiteral("<"));
    EXPECT_DOUBLE_EQ(r.pValue.value_or(1), 0.001);
    EXPECT_EQ(r.origin, QStringLiteral("reported"));
    EXPECT_EQ(r.sourceDoi, QStringLiteral("10.1000/example.1"));
    EXPECT_EQ(r.sourcePmid, QStringLiteral("12345678"));
    EXPECT_FALSE(r.quote.isEmpty());
    ASSERT_EQ(r.arms.size(), 2);
    EXPECT_EQ(r.arms.at(0).armRole, QStringLiteral("treatment"));
    EXPECT_DOUBLE_EQ(r.arms.at(0).mean.value_or(0), 25.5);
    EXPECT_DOUBLE_EQ(r.arms.at(1).sd.value_or(0), 13.0);

    const ResultRecord &unknownCi = s->results.at(1);
    EXPECT_FALSE(unknownCi.ciLow.has_value());
    EXPECT_FALSE(unknownCi.pValue.has_value());
    EXPECT_TRUE(unknownCi.sourceDoi.isNull());
    EXPECT_TRUE(unknownCi.arms.isEmpty());

    const ResultRecord &derived = s->results.at(2);
    EXPECT_EQ(derived.origin, QStringLiteral("derived"));
    EXPECT_FALSE(derived.derivation.isEmpty());
    EXPECT_EQ(derived.derivedFromId.value_or(0), r.id);

    ASSERT_EQ(s->dosing.size(), 1);
    EXPECT_EQ(s->dosing.first().slug, QStringLiteral("trial-a-dose"));
    ASSERT_EQ(s->sources.size(), 2);
    EXPECT_EQ(s->sources.first().role, QStringLiteral("primary"));
    ASSERT_EQ(s->parents.size(), 1);
    EXPECT_EQ(s->parents.first().slug, QStringLiteral("pooled-ab"));
    ASSERT_EQ(s->discrepancies.size(), 1);
    EXPECT_EQ(s->discrepancies.first().primarySourceShortLabel,
              QStringLiteral("Hömberg 2020 (Trial A)"));
    ASSERT_EQ(s->provenance.size(), 2);

    const auto pooled = m_catalogue.study(QStringLiteral("pooled-ab"));
    ASSERT_TRUE(pooled.has_value());
    ASSERT_EQ(pooled->components.size(), 1);
    EXPECT_EQ(pooled->components.first().slug, QStringLiteral("trial-a"));

    const auto byId = m_catalogue.study(s->id);
    ASSERT_TRUE(byId.has_value());
    EXPECT_EQ(byId->slug, QStringLiteral("trial-a"));
}

TEST_F(Repository, UnknownSlugsAreNotErrors)
{
    EXPECT_FALSE(m_catalogue.study(QStringLiteral("no-such-study")).has_value());
    EXPECT_FALSE(m_catalogue.outcome(QStringLiteral("no-such")).has_value());
    EXPECT_FALSE(m_catalogue.mechanism(QStringLiteral("no-such")).has_value());
    EXPECT_FALSE(m_catalogue.claim(QStringLiteral("no-such")).has_value());
    EXPECT_FALSE(m_catalogue.source(QStringLiteral("no-such")).has_value());
    EXPECT_FALSE(m_catalogue.result(999).has_value());
}

TEST_F(Repository, ResultsWithFilters)
{
    EXPECT_EQ(m_catalogue.results().size(), 4);
    ResultFilter motor;
    motor.domain = QStringLiteral("motor");
    const auto motorResults = m_catalogue.results(motor);
    ASSERT_EQ(motorResults.size(), 2);
    EXPECT_EQ(motorResults.first().arms.size(), 2);
    ResultFilter mw;
    mw.metric = QStringLiteral("mw");
    mw.studySlug = QStringLiteral("trial-a");
    EXPECT_EQ(m_catalogue.results(mw).size(), 2);
    ResultFilter rats;
    rats.species = QStringLiteral("rat");
    const auto ratResults = m_catalogue.results(rats);
    ASSERT_EQ(ratResults.size(), 1);
    EXPECT_EQ(ratResults.first().metric, eb::stats::Metric::None);
    EXPECT_FALSE(ratResults.first().estimate.has_value());
    ResultFilter paged;
    paged.limit = 1;
    paged.offset = 1;
    const auto one = m_catalogue.results(paged);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.first().id, m_catalogue.results().at(1).id);
    ResultFilter firstOnly;
    firstOnly.limit = 1;
    const auto withArms = m_catalogue.results(firstOnly);
    ASSERT_EQ(withArms.size(), 1);
    EXPECT_EQ(withArms.first().arms.size(), 2); // arms follow the page
    ResultFilter byId;
    byId.studyId = m_catalogue.study(QStringLiteral("trial-a"))->id;
    EXPECT_EQ(m_catalogue.results(byId).size(), 3);
}

TEST_F(Repository, Outcomes)
{
    const auto all = m_catalogue.outcomes();
    ASSERT_EQ(all.size(), 3);
    const auto motor = m_catalogue.outcomes({QStringLiteral("motor")});
    ASSERT_EQ(motor.size(), 1);
    EXPECT_EQ(motor.first().resultCount, 2);
    const auto arat = m_catalogue.outcome(QStringLiteral("arat"));
    ASSERT_TRUE(arat.has_value());
    EXPECT_EQ(arat->direction, QStringLiteral("higher_better"));
    ASSERT_EQ(arat->studies.size(), 1); // two results, one study
    EXPECT_EQ(arat->studies.first().slug, QStringLiteral("trial-a"));
}

TEST_F(Repository, MechanismsWithTargetsAndEvidence)
{
    const auto all = m_catalogue.mechanisms();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().slug, QStringLiteral("neurotrophy")); // sort_order
    const auto m = m_catalogue.mechanism(QStringLiteral("neuroinflammation"));
    ASSERT_TRUE(m.has_value());
    ASSERT_EQ(m->targets.size(), 2);
    EXPECT_EQ(m->targets.first().name, QStringLiteral("TNFα"));
    EXPECT_EQ(m->targets.first().direction, QStringLiteral("down"));
    ASSERT_EQ(m->evidence.size(), 1);
    EXPECT_EQ(m->evidence.first().studySlug, QStringLiteral("trial-b"));
    EXPECT_EQ(m->evidence.first().support, QStringLiteral("indirect"));
    EXPECT_EQ(all.at(1).targets.size(), 2);
    EXPECT_EQ(all.at(0).evidence.size(), 1);
    EXPECT_FALSE(all.at(0).evidence.first().studyId.has_value());
}

TEST_F(Repository, ClaimsWithResultAndDiscrepancies)
{
    const auto all = m_catalogue.claims();
    ASSERT_EQ(all.size(), 2);
    const auto c = m_catalogue.claim(QStringLiteral("claim-arat"));
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->verdict, QStringLiteral("consistent"));
    EXPECT_EQ(c->studySlug, QStringLiteral("trial-a"));
    ASSERT_TRUE(c->result.has_value());
    EXPECT_DOUBLE_EQ(c->result->estimate.value_or(0), 0.62);
    EXPECT_EQ(c->result->arms.size(), 2);
    ASSERT_EQ(c->discrepancies.size(), 1);
    EXPECT_EQ(c->discrepancies.first().claimSlug, QStringLiteral("claim-arat"));
    const auto unsupported = m_catalogue.claim(QStringLiteral("claim-tnf"));
    ASSERT_TRUE(unsupported.has_value());
    EXPECT_FALSE(unsupported->result.has_value());
}

TEST_F(Repository, SourcesDosingDiscrepanciesCounts)
{
    const auto sources = m_catalogue.sources();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_EQ(sources.first().kind, QStringLiteral("article"));
    const auto paper = m_catalogue.source(QStringLiteral("trial-paper"));
    ASSERT_TRUE(paper.has_value());
    EXPECT_EQ(paper->year.value_or(0), 2020);
    EXPECT_EQ(paper->sponsorship, QStringLiteral("industry"));
    ASSERT_EQ(paper->studies.size(), 1);
    EXPECT_EQ(paper->studies.first().slug, QStringLiteral("trial-a"));

    const auto dosing = m_catalogue.dosing();
    ASSERT_EQ(dosing.size(), 2);
    EXPECT_FALSE(dosing.at(1).studyId.has_value());
    EXPECT_DOUBLE_EQ(dosing.at(1).volumeMlMax.value_or(0), 50);
    EXPECT_EQ(m_catalogue.discrepancies().size(), 1);

    const CatalogueCounts counts = m_catalogue.counts();
    EXPECT_EQ(counts.studies, 3);
    EXPECT_EQ(counts.outcomes, 3);
    EXPECT_EQ(counts.results, 4);
    EXPECT_EQ(counts.mechanisms, 2);
    EXPECT_EQ(counts.targets, 3);
    EXPECT_EQ(counts.claims, 2);
    EXPECT_EQ(counts.sources, 3);
    EXPECT_EQ(counts.discrepancies, 1);
    EXPECT_EQ(counts.dosingProtocols, 2);

    EXPECT_EQ(m_catalogue.distinctValues(StudyColumn::Condition),
              QStringList({QStringLiteral("stroke"), QStringLiteral("traumatic_brain_injury")}));
    EXPECT_EQ(m_catalogue.distinctValues(StudyColumn::Species),
              QStringList({QStringLiteral("human"), QStringLiteral("rat")}));
    EXPECT_EQ(m_catalogue.distinctValues(StudyColumn::Design).size(), 3);
    EXPECT_EQ(m_catalogue.info(QStringLiteral("build_id")), QStringLiteral("fixture"));
    EXPECT_TRUE(m_catalogue.info(QStringLiteral("no-such-key")).isNull());
}

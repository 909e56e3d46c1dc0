// The user's RoB 2 and GRADE appraisals through the Catalogue facade (appraisalrepository.h):
// stored and read back, one assessment per trial and outcome, replaced only at its version, a
// failed write changing nothing, the bundled catalogue holding none.
#include "catalogue/catalogue.h"
#include "testcatalogue.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;
using namespace eb::catalogue::test;

RobAssessment robOf(const QString &study, const QString &outcome)
{
    RobAssessment a;
    a.studySlug = study;
    a.outcomeSlug = outcome;
    for (const RobDomain d : allRobDomains()) {
        a.domain(d) = {QStringLiteral("low"), {}};
    }
    a.domain(RobDomain::MissingData) = {QStringLiteral("some_concerns"),
                                        QStringLiteral("12% lost to follow-up, unbalanced")};
    a.overall = {QStringLiteral("some_concerns"), QStringLiteral("D3")};
    a.assessor = QStringLiteral("Tester");
    return a;
}

GradeAssessment gradeOf(const QString &outcome)
{
    GradeAssessment g;
    g.outcomeSlug = outcome;
    g.start = QStringLiteral("randomised");
    for (const GradeDomain d : allGradeDomains()) {
        g.rating(d) = {0, QStringLiteral("no concern")};
    }
    g.rating(GradeDomain::Imprecision) = {2, QStringLiteral("one small trial, CI crosses 1")};
    return g;
}

class Appraisals : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(openFixture(catalogue)) << qPrintable(catalogue.lastError());
    }
    Catalogue catalogue;
};

TEST_F(Appraisals, ARobAssessmentIsStoredAndReadBack)
{
    const AppraisalWrite w =
        catalogue.saveRobAssessment(robOf(QStringLiteral("trial-a"), QStringLiteral("arat")));
    ASSERT_TRUE(w.committed) << qPrintable(w.problems.value(0).message);
    EXPECT_EQ(w.version, 1);
    const auto all = catalogue.robAssessments();
    ASSERT_EQ(all.size(), 1);
    const RobAssessment &a = all.first();
    EXPECT_EQ(a.studyName, QStringLiteral("Trial A"));
    EXPECT_EQ(a.outcomeSlug, QStringLiteral("arat"));
    EXPECT_EQ(a.domain(RobDomain::MissingData).judgement, QStringLiteral("some_concerns"));
    EXPECT_EQ(a.domain(RobDomain::MissingData).reason,
              QStringLiteral("12% lost to follow-up, unbalanced"));
    EXPECT_TRUE(a.domain(RobDomain::Randomisation).reason.isNull()); // blank stays NULL
    EXPECT_EQ(a.overall.judgement, QStringLiteral("some_concerns"));
    EXPECT_EQ(a.assessor, QStringLiteral("Tester"));
    EXPECT_FALSE(a.updatedAt.isEmpty());
    EXPECT_TRUE(catalogue.robAssessments(QStringLiteral("trial-b")).isEmpty());
    EXPECT_EQ(catalogue.robAssessments({}, QStringLiteral("arat")).size(), 1);
}

TEST_F(Appraisals, ASecondAssessmentOfTheSamePairIsRefusedUnlessItNamesTheVersion)
{
    RobAssessment a = robOf(QStringLiteral("trial-a"), QStringLiteral("arat"));
    ASSERT_TRUE(catalogue.saveRobAssessment(a).committed);
    a.overall = {QStringLiteral("high"), QStringLiteral("several concerns together")};
    const AppraisalWrite again = catalogue.saveRobAssessment(a);
    EXPECT_FALSE(again.committed);
    ASSERT_EQ(again.problems.size(), 1);
    EXPECT_EQ(again.problems.first().rule, QStringLiteral("exists"));
    EXPECT_EQ(catalogue.robAssessments().first().overall.judgement,
              QStringLiteral("some_concerns"));

    a.version = 1;
    const AppraisalWrite replaced = catalogue.saveRobAssessment(a);
    ASSERT_TRUE(replaced.committed);
    EXPECT_EQ(replaced.version, 2);
    EXPECT_EQ(catalogue.robAssessments().first().overall.judgement, QStringLiteral("high"));

    // An edit that started from version 1 is now stale.
    a.overall = {QStringLiteral("some_concerns"), QStringLiteral("back")};
    const AppraisalWrite stale = catalogue.saveRobAssessment(a);
    EXPECT_FALSE(stale.committed);
    EXPECT_EQ(stale.problems.first().rule, QStringLiteral("version"));
    EXPECT_EQ(catalogue.robAssessments().first().version, 2);
}

TEST_F(Appraisals, AnInvalidOrUnknownAssessmentWritesNothing)
{
    RobAssessment lenient = robOf(QStringLiteral("trial-a"), QStringLiteral("arat"));
    lenient.domain(RobDomain::Selection) = {QStringLiteral("high"),
                                            QStringLiteral("outcome switched")};
    lenient.overall = {QStringLiteral("low"), {}};
    const AppraisalWrite w = catalogue.saveRobAssessment(lenient);
    EXPECT_FALSE(w.committed);
    ASSERT_FALSE(w.problems.isEmpty());
    EXPECT_EQ(w.problems.last().rule, QStringLiteral("rob-overall"));

    const AppraisalWrite unknown =
        catalogue.saveRobAssessment(robOf(QStringLiteral("no-such-trial"), QStringLiteral("arat")));
    EXPECT_FALSE(unknown.committed);
    EXPECT_EQ(unknown.problems.first().rule, QStringLiteral("reference"));
    EXPECT_EQ(unknown.problems.first().column, QStringLiteral("study"));
    EXPECT_TRUE(catalogue.robAssessments().isEmpty());
}

TEST_F(Appraisals, ADeleteNamesTheVersion)
{
    ASSERT_TRUE(
        catalogue.saveRobAssessment(robOf(QStringLiteral("trial-a"), QStringLiteral("arat")))
            .committed);
    EXPECT_FALSE(catalogue.deleteRobAssessment(QStringLiteral("trial-a"), QStringLiteral("arat"), 5)
                     .committed);
    EXPECT_EQ(catalogue.robAssessments().size(), 1);
    EXPECT_TRUE(catalogue.deleteRobAssessment(QStringLiteral("trial-a"), QStringLiteral("arat"), 1)
                    .committed);
    EXPECT_TRUE(catalogue.robAssessments().isEmpty());
}

TEST_F(Appraisals, AGradeRatingIsStoredAndGivesItsCertainty)
{
    const AppraisalWrite w = catalogue.saveGradeAssessment(gradeOf(QStringLiteral("nihss")));
    ASSERT_TRUE(w.committed) << qPrintable(w.problems.value(0).message);
    const auto all = catalogue.gradeAssessments();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().rating(GradeDomain::Imprecision).levels, 2);
    EXPECT_EQ(all.first().rating(GradeDomain::Imprecision).reason,
              QStringLiteral("one small trial, CI crosses 1"));
    EXPECT_EQ(gradeCertaintyLevel(all.first()), 2); // high - 2 = low

    GradeAssessment missingReason = gradeOf(QStringLiteral("arat"));
    missingReason.rating(GradeDomain::Indirectness).reason.clear();
    const AppraisalWrite refused = catalogue.saveGradeAssessment(missingReason);
    EXPECT_FALSE(refused.committed);
    EXPECT_EQ(refused.problems.first().column, QStringLiteral("indirectness_reason"));
    EXPECT_EQ(catalogue.gradeAssessments().size(), 1);

    EXPECT_TRUE(catalogue.deleteGradeAssessment(QStringLiteral("nihss"), 1).committed);
    EXPECT_TRUE(catalogue.gradeAssessments().isEmpty());
}

TEST(AppraisalsBundled, TheBundledCatalogueHoldsNone)
{
    Catalogue bundled;
    ASSERT_TRUE(bundled.open(bundledFile(), OpenMode::ReadOnly)) << qPrintable(bundled.lastError());
    EXPECT_GE(bundled.schemaVersion(), 11);
    EXPECT_TRUE(bundled.robAssessments().isEmpty());
    EXPECT_TRUE(bundled.gradeAssessments().isEmpty());
    EXPECT_TRUE(bundled.lastError().isEmpty());
}

} // namespace

// The appraisal rules (model/appraisal.h): RoB 2's overall judgement against its domains, the
// reasons required, and the GRADE certainty a rating gives.
#include "model/appraisal.h"

#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

RobAssessment allLow()
{
    RobAssessment a;
    a.studySlug = QStringLiteral("t");
    a.outcomeSlug = QStringLiteral("o");
    for (const RobDomain d : allRobDomains()) {
        a.domain(d) = {QStringLiteral("low"), {}};
    }
    a.overall = {QStringLiteral("low"), {}};
    return a;
}

QStringList rules(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems) {
        out << p.column + QLatin1Char(':') + p.rule;
    }
    return out;
}

TEST(RobRules, AllLowIsValidAndTheWorstDomainBoundsTheOverall)
{
    RobAssessment a = allLow();
    EXPECT_TRUE(validateRob(a).isEmpty());
    a.domain(RobDomain::Deviations) = {QStringLiteral("high"), QStringLiteral("open label")};
    EXPECT_EQ(robWorstJudgement(a), QStringLiteral("high"));
    EXPECT_EQ(rules(validateRob(a)), QStringList{QStringLiteral("overall:rob-overall")});
    a.overall = {QStringLiteral("high"), QStringLiteral("D2")};
    EXPECT_TRUE(validateRob(a).isEmpty());
}

TEST(RobRules, SomeConcernsInSeveralDomainsMayBeJudgedHighOverall)
{
    RobAssessment a = allLow();
    a.domain(RobDomain::MissingData) = {QStringLiteral("some_concerns"), QStringLiteral("x")};
    a.domain(RobDomain::Measurement) = {QStringLiteral("some_concerns"), QStringLiteral("y")};
    a.overall = {QStringLiteral("high"), QStringLiteral("two domains with concerns")};
    EXPECT_TRUE(validateRob(a).isEmpty());
}

TEST(RobRules, AJudgementAboveLowNeedsAReasonAndAKeyMustBeKnown)
{
    RobAssessment a = allLow();
    a.domain(RobDomain::Selection) = {QStringLiteral("some_concerns"), {}};
    a.domain(RobDomain::Randomisation) = {QStringLiteral("unclear"), {}};
    a.overall = {QStringLiteral("some_concerns"), QStringLiteral("D5")};
    EXPECT_EQ(rules(validateRob(a)), (QStringList{QStringLiteral("randomisation:key"),
                                                  QStringLiteral("selection_reason:required")}));
    a.studySlug.clear();
    EXPECT_TRUE(rules(validateRob(a)).contains(QStringLiteral("study:required")));
}

GradeAssessment noConcerns(const QString &start)
{
    GradeAssessment g;
    g.outcomeSlug = QStringLiteral("o");
    g.start = start;
    for (const GradeDomain d : allGradeDomains()) {
        g.rating(d) = {0, QStringLiteral("r")};
    }
    return g;
}

TEST(GradeRules, CertaintyStartsHighOrLowAndMovesByLevelsWithinOneToFour)
{
    GradeAssessment g = noConcerns(QStringLiteral("randomised"));
    EXPECT_EQ(gradeCertaintyLevel(g), 4);
    g.rating(GradeDomain::RiskOfBias).levels = 1;
    EXPECT_EQ(gradeCertaintyLevel(g), 3);
    g.rating(GradeDomain::Imprecision).levels = 2;
    g.rating(GradeDomain::PublicationBias).levels = 1;
    EXPECT_EQ(gradeCertaintyLevel(g), 1); // 4 - 4, held at very low

    GradeAssessment o = noConcerns(QStringLiteral("observational"));
    EXPECT_EQ(gradeCertaintyLevel(o), 2);
    o.rating(GradeDomain::LargeEffect).levels = 2;
    o.rating(GradeDomain::DoseResponse).levels = 1;
    EXPECT_EQ(gradeCertaintyLevel(o), 4); // 2 + 3, held at high
}

TEST(GradeRules, EachRatingNeedsAReasonAndALevelInItsRange)
{
    GradeAssessment g = noConcerns(QStringLiteral("randomised"));
    EXPECT_TRUE(validateGrade(g).isEmpty());
    g.rating(GradeDomain::DoseResponse) = {2, QStringLiteral("r")};
    g.rating(GradeDomain::Inconsistency).reason = QStringLiteral("  ");
    g.start = QStringLiteral("cohort");
    EXPECT_EQ(rules(validateGrade(g)), (QStringList{QStringLiteral("start:key"),
                                                    QStringLiteral("inconsistency_reason:required"),
                                                    QStringLiteral("dose_response:range")}));
}

} // namespace

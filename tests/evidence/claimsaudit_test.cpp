// The claims audit (review::claimsAudit) on hand-made records: the filters, the counts over all
// claims, and the working recomputed from the records on both sides of a discrepancy.
#include "evidence/claimsaudit.h"
#include "model/vocabulary.h"

#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;
using eb::review::ClaimsAuditInput;

ClaimRecord claim(qint64 id, const char *topic, const char *verdict)
{
    ClaimRecord c;
    c.id = id;
    c.slug = QStringLiteral("claim-%1").arg(id);
    c.topic = QString::fromLatin1(topic);
    c.verdict = QString::fromLatin1(verdict);
    c.verdictNote = QStringLiteral("note %1").arg(id);
    return c;
}

ArmSummaryRecord arm(const char *role, double mean, double sd)
{
    ArmSummaryRecord a;
    a.armRole = QString::fromLatin1(role);
    a.mean = mean;
    a.sd = sd;
    return a;
}

// Claim 1: the article's ratio 2.9, discrepant; the publication's arms give 21.0 / 7.6.
ClaimsAuditInput input()
{
    ClaimsAuditInput in;
    in.claims = {claim(1, "tbi", "discrepant"), claim(2, "stroke", "consistent"),
                 claim(3, "tbi", "not_verified")};
    ResultRecord arms;
    arms.id = 100;
    arms.arms = {arm("treatment", 21.0, 5.0), arm("control", 7.6, 12.1)};
    ResultRecord ratio;
    ratio.id = 101;
    ratio.derivedFromId = 100;
    in.results = {{100, arms}, {101, ratio}};
    DiscrepancyRecord d;
    d.id = 7;
    d.claimId = 1;
    d.sourceValue = QStringLiteral("2.76");
    d.explanation = QStringLiteral("The article rounds differently.");
    in.discrepancies = {d};
    DiscrepancyLinkRecord link;
    link.discrepancyId = 7;
    link.side = QStringLiteral("derived");
    link.entity = QStringLiteral("result");
    link.entityId = 101;
    in.discrepancyLinks = {link};
    return in;
}

} // namespace

TEST(ClaimsAudit, RecomputesTheWorkingOfADiscrepancy)
{
    const auto audit = eb::review::claimsAudit(input());
    ASSERT_EQ(audit.rows.size(), 3);
    const auto &row = audit.rows.at(0);
    EXPECT_EQ(row.sourceReports, QStringLiteral("2.76"));
    EXPECT_EQ(row.computed, QStringLiteral("2.76"));
    EXPECT_EQ(row.working, (QStringList{QStringLiteral("21.0 / 7.6 = 2.76"),
                                        QStringLiteral("The article rounds differently.")}));
    EXPECT_EQ(row.links.size(), 1);
    // Without a discrepancy, the verdict note is what the sources report.
    EXPECT_EQ(audit.rows.at(1).sourceReports, QStringLiteral("note 2"));
    EXPECT_TRUE(audit.rows.at(1).working.isEmpty());
}

TEST(ClaimsAudit, FiltersKeepTheCountsOfAllClaims)
{
    const auto byTopic = eb::review::claimsAudit(input(), {}, QStringLiteral("tbi"));
    ASSERT_EQ(byTopic.rows.size(), 2);
    EXPECT_EQ(byTopic.rows.at(1).claim.id, 3);
    const auto byVerdict =
        eb::review::claimsAudit(input(), QStringLiteral("consistent"), QStringLiteral("tbi"));
    EXPECT_TRUE(byVerdict.rows.isEmpty());
    EXPECT_EQ(byVerdict.verdictCounts.value(QStringLiteral("discrepant")), 1);
    EXPECT_EQ(byVerdict.verdictCounts.value(QStringLiteral("consistent")), 1);
    EXPECT_EQ(byVerdict.verdictCounts.value(QStringLiteral("not_verified")), 1);
}

TEST(ClaimsAudit, VerdictsAreTheVocabularysInItsOrder)
{
    EXPECT_EQ(eb::review::claimVerdicts(),
              eb::catalogue::vocabulary::keys(eb::catalogue::vocabulary::List::Verdict));
}

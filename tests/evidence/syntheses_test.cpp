// Syntheses face to face (review::synthesesByCondition) on hand-made records: only synthesis
// designs, grouped by condition and sponsor, harms apart from benefits, reported results only.
#include "evidence/syntheses.h"
#include "model/records.h"

#include <gtest/gtest.h>

namespace {

using eb::catalogue::ResultRecord;
using eb::catalogue::StudyDetail;

StudyDetail review(qint64 id, const char *design, const char *condition, const char *sponsor)
{
    StudyDetail s;
    s.id = id;
    s.name = QStringLiteral("Review %1").arg(id);
    s.design = QString::fromLatin1(design);
    s.condition = QString::fromLatin1(condition);
    s.sponsorship = QString::fromLatin1(sponsor);
    return s;
}

ResultRecord result(qint64 id, const char *domain, const char *origin)
{
    ResultRecord r;
    r.id = id;
    r.outcomeDomain = QString::fromLatin1(domain);
    r.origin = QString::fromLatin1(origin);
    return r;
}

} // namespace

TEST(Syntheses, ByConditionThenSponsorWithHarmsApart)
{
    StudyDetail industry = review(1, "meta_analysis", "stroke", "industry");
    industry.results = {result(10, "motor", "reported"), result(11, "mortality", "reported"),
                        result(12, "motor", "derived")};
    industry.components = {
        eb::catalogue::StudyRef{5, QStringLiteral("t"), QStringLiteral("Trial")}};
    StudyDetail independent = review(2, "systematic_review", "stroke", "independent");
    independent.results = {result(20, "safety", "reported")};
    const StudyDetail unknown = review(3, "ipd_meta_analysis", "traumatic_brain_injury", "unknown");
    const StudyDetail trial = review(4, "rct", "stroke", "industry");

    const auto out = eb::review::synthesesByCondition({industry, trial, independent, unknown});
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).condition, QStringLiteral("stroke"));
    ASSERT_EQ(out.at(0).industry.size(), 1);
    ASSERT_EQ(out.at(0).independent.size(), 1);
    EXPECT_TRUE(out.at(0).unknownSponsor.isEmpty());
    const auto &i = out.at(0).industry.at(0);
    EXPECT_EQ(i.includes, QStringList{QStringLiteral("Trial")});
    ASSERT_EQ(i.benefits.size(), 1); // the derived result is left out
    EXPECT_EQ(i.benefits.at(0).id, 10);
    ASSERT_EQ(i.harms.size(), 1);
    EXPECT_EQ(i.harms.at(0).id, 11);
    EXPECT_EQ(out.at(0).independent.at(0).harms.size(), 1);
    EXPECT_EQ(out.at(1).condition, QStringLiteral("traumatic_brain_injury"));
    EXPECT_EQ(out.at(1).unknownSponsor.size(), 1);
}

// Studies side by side (review::compareStudies) on hand-made records: the vocabulary's design
// words, "not reported" spelled out, and which rows differ.
#include "evidence/studycompare.h"
#include "model/records.h"

#include <gtest/gtest.h>

namespace {

using eb::catalogue::StudyDetail;

StudyDetail detail(const char *name, std::optional<int> enrolled)
{
    StudyDetail s;
    s.name = QString::fromLatin1(name);
    s.design = QStringLiteral("rct");
    s.sponsorship = QStringLiteral("industry");
    s.nEnrolled = enrolled;
    return s;
}

const eb::review::CompareRow *row(const eb::review::StudyComparison &c, const char *key)
{
    for (const auto &r : c.rows) {
        if (r.key == QLatin1String(key)) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST(StudyCompare, OneValuePerStudyAndWhetherTheyDiffer)
{
    const auto comparison =
        eb::review::compareStudies({detail("A", 120), detail("B", std::nullopt)});
    ASSERT_EQ(comparison.studies.size(), 2);
    const auto *design = row(comparison, "design");
    ASSERT_NE(design, nullptr);
    EXPECT_EQ(design->values,
              QStringList(2, QStringLiteral("Randomised controlled trial"))); // the vocabulary's
    EXPECT_FALSE(design->differs);
    const auto *enrolled = row(comparison, "n_enrolled");
    ASSERT_NE(enrolled, nullptr);
    EXPECT_EQ(enrolled->values,
              (QStringList{QStringLiteral("120"), QStringLiteral("not reported")}));
    EXPECT_TRUE(enrolled->differs);
    const auto *outcomes = row(comparison, "outcomes");
    ASSERT_NE(outcomes, nullptr);
    EXPECT_EQ(outcomes->values, QStringList(2, QStringLiteral("none recorded")));
}

TEST(StudyCompare, EffectsAreTheReportedOnesWithTheOutcomesShortName)
{
    StudyDetail s = detail("A", 120);
    eb::catalogue::ResultRecord r;
    r.outcomeName = QStringLiteral("National Institutes of Health Stroke Scale");
    r.outcomeAbbreviation = QStringLiteral("NIHSS");
    r.timepoint = QStringLiteral("day 90");
    r.origin = QStringLiteral("reported");
    r.metric = eb::stats::Metric::MannWhitney;
    r.estimate = 0.59;
    r.ciLow = 0.52;
    r.ciHigh = 0.66;
    r.sourceShortLabel = QStringLiteral("Paper 2020");
    eb::catalogue::ResultRecord derived = r;
    derived.origin = QStringLiteral("derived");
    s.results = {r, derived};
    const auto comparison = eb::review::compareStudies({s});
    const auto *effects = row(comparison, "effects");
    ASSERT_NE(effects, nullptr);
    EXPECT_EQ(effects->values,
              QStringList{QStringLiteral("NIHSS, day 90: MW 0.59 (0.52 to 0.66) [Paper 2020]")});
}

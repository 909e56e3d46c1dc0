#include "stats/intervals.h"
#include "stats/summarydata.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace eb::stats;

TEST(SummaryData, CasiWithAssumedArms)
{
    // Chen 2013 CASI change at week 12: 21.0 +/- 20.4 vs 7.6 +/- 12.1; 32 completers, arm
    // sizes not reported (16/16 assumed). metafor escalc SMD gives g = 0.7788013689985791,
    // vi = 0.13447705581803221 for 16/16 (fixtures/escalc_smd.csv, row 1).
    const AssumedArmSizes arms = assumeEqualArms(32);
    EXPECT_DOUBLE_EQ(arms.n1, 16.0);
    EXPECT_NE(arms.note.find("not reported"), std::string::npos);
    auto r = standardizedMeanDifference(21.0, 20.4, 7.6, 12.1, arms);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->armSizesAssumed);
    EXPECT_NE(r->assumption.find("16/16"), std::string::npos);
    EXPECT_NEAR(r->g, 0.7788013689985791, 1e-14);
    EXPECT_NEAR(r->variance, 0.13447705581803221, 1e-14);
    EXPECT_NEAR(r->ciLow, r->g - 1.959963984540054 * std::sqrt(r->variance), 1e-12);
    EXPECT_GT(r->d, r->g); // the correction shrinks d
    EXPECT_NEAR(r->correction, r->g / r->d, 1e-15);

    auto plain = standardizedMeanDifference({21.0, 20.4, 16}, {7.6, 12.1, 16});
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain->armSizesAssumed);
    EXPECT_TRUE(plain->assumption.empty());
}

TEST(SummaryData, SmdCorrectionFactorExact)
{
    // c(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)); m = 2: Gamma(1)/(1 * Gamma(0.5)) =
    // 1/sqrt(pi).
    auto r = standardizedMeanDifference({1.0, 1.0, 2}, {0.0, 1.0, 2});
    ASSERT_TRUE(r.ok());
    EXPECT_NEAR(r->correction, 1.0 / std::sqrt(M_PI), 1e-15);
    // Large m: c(m) ~ 1 - 3/(4m - 1).
    auto big = standardizedMeanDifference({1.0, 1.0, 500}, {0.0, 1.0, 500});
    EXPECT_NEAR(big->correction, 1.0 - 3.0 / (4.0 * 998.0 - 1.0), 1e-7);
}

TEST(SummaryData, SmdRefusesBadInput)
{
    EXPECT_EQ(standardizedMeanDifference({1, 1, 0}, {0, 1, 10}).error().field, "n1");
    EXPECT_EQ(standardizedMeanDifference({1, -1, 10}, {0, 1, 10}).error().field, "sd1");
    EXPECT_EQ(standardizedMeanDifference({1, 1, 10}, {std::nan(""), 1, 10}).error().field, "m2");
    EXPECT_FALSE(standardizedMeanDifference({1, 0, 10}, {0, 0, 10}).ok());
    EXPECT_FALSE(standardizedMeanDifference({1, 1, 1}, {0, 1, 2}).ok()); // m = 1
}

// SD = 1e200 squares to inf; the message used to claim the pooled SD was 0.
TEST(SummaryData, SmdSaysWhenAnSdSquaresPastDoubleRange)
{
    const auto both = standardizedMeanDifference({1, 1e200, 10}, {0, 1e200, 10});
    ASSERT_FALSE(both.ok());
    EXPECT_EQ(both.error().field, "sd1");
    EXPECT_NE(both.error().message.find("overflow"), std::string::npos);
    EXPECT_EQ(both.error().message.find("is 0"), std::string::npos);
    const auto second = standardizedMeanDifference({1, 1, 10}, {0, 1e200, 10});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().field, "sd2");
    EXPECT_NE(second.error().message.find("overflow"), std::string::npos);
    // Each square fits, their weighted sum does not.
    const auto sum = standardizedMeanDifference({1, 1e154, 1e5}, {0, 1e154, 1e5});
    ASSERT_FALSE(sum.ok());
    EXPECT_NE(sum.error().message.find("overflow"), std::string::npos);
    // A zero SD in both groups keeps its own message.
    const auto zero = standardizedMeanDifference({1, 0, 10}, {0, 0, 10});
    ASSERT_FALSE(zero.ok());
    EXPECT_NE(zero.error().message.find("is 0"), std::string::npos);
}

TEST(SummaryData, TwoByTwoZeroCells)
{
    // A zero cell: 1/2 added to all four cells, as metafor's escalc does by default.
    auto rr = logRiskRatio({0, 50, 4, 46});
    ASSERT_TRUE(rr.ok());
    EXPECT_TRUE(rr->continuityCorrected);
    EXPECT_NEAR(rr->yi, std::log(0.5 / 51.0) - std::log(4.5 / 51.0), 1e-14);
    EXPECT_FALSE(rr->note.empty());
    auto noZero = logOddsRatio({12, 88, 20, 80});
    ASSERT_TRUE(noZero.ok());
    EXPECT_FALSE(noZero->continuityCorrected);
    EXPECT_NEAR(noZero->yi, std::log(12.0 * 80.0 / (88.0 * 20.0)), 1e-14);
    EXPECT_NEAR(noZero->vi, 1.0 / 12 + 1.0 / 88 + 1.0 / 20 + 1.0 / 80, 1e-15);
    EXPECT_FALSE(riskDifference({-1, 10, 2, 10}).ok());
    EXPECT_FALSE(riskDifference({0, 0, 2, 10}).ok());
}

TEST(Intervals, CiFromEstimateAndP)
{
    auto d = ciFromEstimateAndP(Metric::CohensD, 0.3, 0.04);
    ASSERT_TRUE(d.ok());
    EXPECT_NEAR(d->se, 0.14607433189469446, 1e-14);
    EXPECT_NEAR(d->ciLow, 0.3 - 1.959963984540054 * d->se, 1e-14);
    // Property: the interval from p excludes no effect exactly when p < 0.05.
    auto orCi = ciFromEstimateAndP(Metric::OddsRatio, 2.0, 0.05);
    ASSERT_TRUE(orCi.ok());
    EXPECT_NEAR(orCi->ciLow, 1.0, 1e-9);
    auto mw = ciFromEstimateAndP(Metric::MannWhitney, 0.62, 0.01);
    ASSERT_TRUE(mw.ok());
    EXPECT_GT(mw->ciLow, 0.5);
    EXPECT_LT(mw->ciLow, 0.62);
    EXPECT_FALSE(ciFromEstimateAndP(Metric::CohensD, 0.0, 0.5).ok());
    EXPECT_FALSE(ciFromEstimateAndP(Metric::CohensD, 0.3, 0.0).ok());
    EXPECT_FALSE(ciFromEstimateAndP(Metric::OddsRatio, -1.0, 0.2).ok());
    EXPECT_FALSE(ciFromEstimateAndP(Metric::MannWhitney, 1.0, 0.2).ok());
}

TEST(Intervals, SeFromCi)
{
    // Cochrane: RR 2.39 (1.10 to 5.23): SE of ln RR = 0.39773718052232021 (R).
    auto se = seFromRatioCi(1.10, 5.23);
    ASSERT_TRUE(se.ok());
    EXPECT_NEAR(*se, 0.39773718052232021, 1e-14);
    auto plain = seFromCi(0.1, 0.5, 0.90);
    ASSERT_TRUE(plain.ok());
    EXPECT_NEAR(*plain, 0.4 / (2.0 * 1.6448536269514722), 1e-14);
    EXPECT_FALSE(seFromCi(0.5, 0.1).ok());
    EXPECT_FALSE(seFromRatioCi(0.0, 2.0).ok());
}

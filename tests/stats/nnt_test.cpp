#include "stats/nnt.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace eb::stats;

TEST(Nnt, KraemerKupferTable)
{
    struct Case
    {
        double mw;
        NntValue::Kind kind;
        double magnitude;
    };
    const Case cases[] = {
        {0.59, NntValue::Kind::Benefit, 1.0 / 0.18}, {0.75, NntValue::Kind::Benefit, 2.0},
        {0.99, NntValue::Kind::Benefit, 1.0 / 0.98}, {0.40, NntValue::Kind::Harm, 5.0},
        {0.5, NntValue::Kind::Infinite, 0.0},
    };
    for (const Case &c : cases) {
        auto r = nntFromMw(c.mw);
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->estimate.kind, c.kind) << c.mw;
        EXPECT_NEAR(r->estimate.magnitude, c.magnitude, 1e-12) << c.mw;
    }
    EXPECT_EQ(nntFromMw(0.5)->estimate.text(), "infinite");
    EXPECT_FALSE(nntFromMw(0.0).ok());
    EXPECT_FALSE(nntFromMw(1.0).ok());
}

TEST(Nnt, AltmanIntervalCrossingNoEffect)
{
    // RD 0.05 (-0.02 to 0.12): NNTB 20, CI NNTB 8.3 to infinity to NNTH 50.
    auto r = nntFromRiskDifference(0.05, -0.02, 0.12, true);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->estimate.kind, NntValue::Kind::Benefit);
    EXPECT_NEAR(r->estimate.magnitude, 20.0, 1e-12);
    EXPECT_TRUE(r->ciPassesInfinity);
    EXPECT_EQ(r->benefitEnd->kind, NntValue::Kind::Benefit);
    EXPECT_NEAR(r->benefitEnd->magnitude, 1.0 / 0.12, 1e-12);
    EXPECT_EQ(r->harmEnd->kind, NntValue::Kind::Harm);
    EXPECT_NEAR(r->harmEnd->magnitude, 50.0, 1e-12);
    EXPECT_EQ(r->ciText(), "NNTB 8.3 to infinity to NNTH 50.0");
}

TEST(Nnt, HarmfulEventFlipsSign)
{
    // Deaths 10% vs 15%: RD = -0.05 of a harmful event is a benefit, NNTB 20.
    auto r = nntFromRiskDifference(-0.05, -0.09, -0.01, false);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->estimate.kind, NntValue::Kind::Benefit);
    EXPECT_NEAR(r->estimate.magnitude, 20.0, 1e-12);
    EXPECT_FALSE(r->ciPassesInfinity);
    EXPECT_NEAR(r->benefitEnd->magnitude, 1.0 / 0.09, 1e-12);
    EXPECT_NEAR(r->harmEnd->magnitude, 100.0, 1e-9);
    EXPECT_EQ(r->harmEnd->kind, NntValue::Kind::Benefit);
    EXPECT_EQ(r->ciText(), "NNTB 11.1 to NNTB 100.0");
}

TEST(Nnt, IntervalTouchingZeroAndHarmOnly)
{
    auto touching = nntFromDifference(0.1, 0.0, 0.2, "f", "a");
    ASSERT_TRUE(touching.ok());
    EXPECT_TRUE(touching->ciPassesInfinity);
    EXPECT_TRUE(touching->harmEnd->isInfinite());
    EXPECT_EQ(touching->ciText(), "NNTB 5.0 to infinity");
    auto harm = nntFromDifference(-0.1, -0.2, -0.05, "f", "a");
    ASSERT_TRUE(harm.ok());
    EXPECT_EQ(harm->ciText(), "NNTH 5.0 to NNTH 20.0");
    auto zero = nntFromDifference(0.0, -0.1, 0.1, "f", "a");
    ASSERT_TRUE(zero.ok());
    EXPECT_TRUE(zero->estimate.isInfinite());
    EXPECT_EQ(zero->ciText(), "NNTB 10.0 to infinity to NNTH 10.0");
}

TEST(Nnt, FurukawaAndValidation)
{
    auto r = nntFromD(0.5, 0.2);
    ASSERT_TRUE(r.ok());
    EXPECT_NEAR(r->estimate.magnitude, 6.0125791178549113, 1e-12);
    auto zeroD = nntFromD(0.0, 0.3);
    ASSERT_TRUE(zeroD.ok());
    EXPECT_TRUE(zeroD->estimate.isInfinite());
    EXPECT_FALSE(nntFromD(0.5, 1.0).ok());
    EXPECT_FALSE(nntFromD(0.5, 0.2, 0.6, 0.9).ok()); // CI does not contain d
    EXPECT_FALSE(nntFromRiskDifference(1.5, std::nullopt, std::nullopt, true).ok());
    EXPECT_FALSE(nntFromRiskDifference(0.1, 0.2, 0.3, true).ok());
}

TEST(Nnt, ADenormalDifferenceIsInfiniteNeverAnOverflowedMagnitude)
{
    // 1/5e-324 overflows a double: the NNT is infinite, not "NNTB inf".
    for (const double r : {5e-324, -5e-324, 1e-320, -1e-310}) {
        const auto nnt = nntFromDifference(r, std::nullopt, std::nullopt, "f", "a");
        ASSERT_TRUE(nnt.ok()) << r;
        EXPECT_TRUE(nnt->estimate.isInfinite()) << r;
        EXPECT_EQ(nnt->estimate.text(), "infinite") << r;
    }
    // Small but normal: a finite, huge magnitude (the front ends bound its text).
    const auto small = nntFromDifference(1e-62, std::nullopt, std::nullopt, "f", "a");
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(small->estimate.kind, NntValue::Kind::Benefit);
    EXPECT_TRUE(std::isfinite(small->estimate.magnitude));
    // Furukawa with a denormal control event rate.
    const auto furukawa = nntFromD(0.5, 1e-320);
    if (furukawa.ok()) {
        EXPECT_TRUE(std::isfinite(furukawa->estimate.magnitude));
        const std::string text = furukawa->estimate.text();
        EXPECT_TRUE(text == "infinite" || text.find("inf") == std::string::npos) << text;
    }
}

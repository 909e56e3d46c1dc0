#include "fixturecsv.h"
#include "stats/metaanalysis.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace eb::stats;
using eb::stats::test::relativeDifference;

namespace {

struct Data
{
    std::vector<double> yi;
    std::vector<double> vi;
};

Data randomData(std::size_t k, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> v(0.01, 0.5);
    std::normal_distribution<double> z(0.0, 1.0);
    Data d;
    for (std::size_t i = 0; i < k; ++i) {
        d.vi.push_back(v(rng));
        d.yi.push_back(0.3 + std::sqrt(0.08 + d.vi.back()) * z(rng));
    }
    return d;
}

constexpr PoolMethod kMethods[] = {PoolMethod::FixedEffect, PoolMethod::DerSimonianLaird,
                                   PoolMethod::Reml, PoolMethod::PauleMandel};

} // namespace

TEST(MetaAnalysis, InvariantToRowOrder)
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const Data d = randomData(3 + seed * 3, seed);
        std::vector<std::size_t> order(d.yi.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937(seed + 100));
        Data shuffled;
        for (std::size_t i : order) {
            shuffled.yi.push_back(d.yi[i]);
            shuffled.vi.push_back(d.vi[i]);
        }
        for (PoolMethod m : kMethods) {
            for (bool knha : {false, true}) {
                PoolOptions o;
                o.method = m;
                o.knappHartung = knha;
                auto a = pool(d.yi, d.vi, o);
                auto b = pool(shuffled.yi, shuffled.vi, o);
                ASSERT_TRUE(a.ok() && b.ok());
                EXPECT_LE(relativeDifference(a->estimate, b->estimate), 1e-9);
                EXPECT_LE(relativeDifference(a->se, b->se), 1e-9);
                // tau2 near the boundary ends within the 1e-10 threshold of 0 (as metafor).
                EXPECT_LE(relativeDifference(a->tau2, b->tau2, 1e-9), 1e-6)
                    << seed << " " << poolMethodKey(m) << " " << a->tau2 << " " << b->tau2;
                EXPECT_LE(relativeDifference(a->q, b->q), 1e-9);
                EXPECT_LE(relativeDifference(a->piHigh, b->piHigh), 1e-9);
                // Weights follow their rows.
                for (std::size_t j = 0; j < order.size(); ++j) {
                    EXPECT_LE(relativeDifference(b->weightsPercent[j], a->weightsPercent[order[j]]),
                              1e-8);
                }
            }
        }
    }
}

TEST(MetaAnalysis, OutputsAreConsistent)
{
    const Data d = randomData(30, 99);
    for (PoolMethod m : kMethods) {
        PoolOptions o;
        o.method = m;
        auto r = pool(d.yi, d.vi, o);
        ASSERT_TRUE(r.ok());
        EXPECT_LT(r->ciLow, r->estimate);
        EXPECT_LT(r->estimate, r->ciHigh);
        EXPECT_LE(r->piLow, r->ciLow);
        EXPECT_GE(r->piHigh, r->ciHigh);
        EXPECT_NEAR(std::accumulate(r->weightsPercent.begin(), r->weightsPercent.end(), 0.0), 100.0,
                    1e-9);
        EXPECT_GE(r->tau2, 0.0);
        EXPECT_DOUBLE_EQ(r->tau * r->tau, r->tau2);
        EXPECT_DOUBLE_EQ(r->qDf, 29.0);
    }
}

TEST(MetaAnalysis, FixedEffectByHand)
{
    // Two studies: est = (1*4 + 3*1)/(4 + 1) with weights 1/0.25 and 1/1.
    const std::vector<double> y{1.0, 3.0};
    const std::vector<double> v{0.25, 1.0};
    PoolOptions o;
    o.method = PoolMethod::FixedEffect;
    auto r = pool(y, v, o);
    ASSERT_TRUE(r.ok());
    EXPECT_DOUBLE_EQ(r->estimate, 1.4);
    EXPECT_DOUBLE_EQ(r->se, std::sqrt(0.2));
    EXPECT_NEAR(r->q, 4.0 * 0.16 + 1.0 * 2.56, 1e-12);
    EXPECT_NEAR(r->weightsPercent[0], 80.0, 1e-12);
    EXPECT_NEAR(r->weightsPercent[1], 20.0, 1e-12);
}

TEST(MetaAnalysis, SingleStudyFixedEffect)
{
    const std::vector<double> y{0.4};
    const std::vector<double> v{0.04};
    PoolOptions o;
    o.method = PoolMethod::FixedEffect;
    auto r = pool(y, v, o);
    ASSERT_TRUE(r.ok());
    EXPECT_DOUBLE_EQ(r->estimate, 0.4);
    EXPECT_DOUBLE_EQ(r->se, 0.2);
    EXPECT_DOUBLE_EQ(r->qP, 1.0);
    EXPECT_DOUBLE_EQ(r->i2, 0.0);
    EXPECT_DOUBLE_EQ(r->h2, 1.0);
}

TEST(MetaAnalysis, RefusesBadInput)
{
    const std::vector<double> y{0.1, 0.2, 0.3};
    const std::vector<double> v{0.1, 0.0, 0.1};
    auto r = pool(y, v);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "row 2, vi");

    const std::vector<double> yNan{0.1, std::nan(""), 0.3};
    const std::vector<double> vOk{0.1, 0.1, 0.1};
    auto n = pool(yNan, vOk);
    ASSERT_FALSE(n.ok());
    EXPECT_EQ(n.error().field, "row 2, yi");

    const std::vector<double> one{0.1};
    const std::vector<double> oneV{0.1};
    for (PoolMethod m : {PoolMethod::DerSimonianLaird, PoolMethod::Reml, PoolMethod::PauleMandel}) {
        PoolOptions o;
        o.method = m;
        auto k1 = pool(one, oneV, o);
        ASSERT_FALSE(k1.ok());
        EXPECT_EQ(k1.error().field, "k");
    }
    EXPECT_FALSE(pool(std::vector<double>{}, std::vector<double>{}).ok());

    const std::vector<double> same{0.2, 0.2, 0.2};
    PoolOptions kh;
    kh.knappHartung = true;
    auto s = pool(same, vOk, kh);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, "knha");

    PoolOptions badLevel;
    badLevel.level = 95.0;
    EXPECT_FALSE(pool(y, vOk, badLevel).ok());

    const std::vector<double> sei{0.1, -0.2};
    auto se = variancesFromStandardErrors(sei);
    ASSERT_FALSE(se.ok());
    EXPECT_EQ(se.error().field, "row 2, sei");
}

// Finite input whose squares overflow used to reach Boost's chi-squared cdf with Q = inf,
// which threw boost::wrapexcept<std::domain_error> and aborted `evidence pool`.
TEST(MetaAnalysis, ExtremeFiniteInputIsRefusedNotThrown)
{
    const std::vector<std::pair<std::vector<double>, std::vector<double>>> cases{
        {{1e200, -1e200}, {1.0, 1.0}},
        {{1e308, -1e308}, {1e-308, 1e-308}},
        {{1e200, -1e200, 0.5}, {1.0, 1.0, 1e-300}},
    };
    for (const auto &[y, v] : cases) {
        for (PoolMethod m : {PoolMethod::FixedEffect, PoolMethod::DerSimonianLaird,
                             PoolMethod::Reml, PoolMethod::PauleMandel}) {
            for (bool knha : {false, true}) {
                PoolOptions o;
                o.method = m;
                o.knappHartung = knha;
                Result<PoolResult> r = makeError("none", "not run");
                EXPECT_NO_THROW(r = pool(y, v, o)) << poolMethodKey(m) << " " << y[0];
                ASSERT_FALSE(r.ok()) << poolMethodKey(m) << " " << y[0];
                EXPECT_EQ(r.error().field, "yi");
                EXPECT_NE(r.error().message.find("too extreme"), std::string::npos);
            }
        }
    }
}

TEST(MetaAnalysis, LargeKRemlConverges)
{
    // k = 100,000 in O(k) memory: REML must converge to the data-generating tau^2 = 0.08.
    const Data d = randomData(100000, 5);
    auto r = pool(d.yi, d.vi);
    ASSERT_TRUE(r.ok());
    EXPECT_NEAR(r->tau2, 0.08, 0.005);
    EXPECT_NEAR(r->estimate, 0.3, 0.01);
    EXPECT_LT(r->iterations, 100);
}

TEST(MetaAnalysis, MethodKeys)
{
    for (PoolMethod m : kMethods) {
        EXPECT_EQ(poolMethodFromKey(poolMethodKey(m)), m);
    }
    EXPECT_EQ(poolMethodFromKey("reml"), PoolMethod::Reml);
    EXPECT_FALSE(poolMethodFromKey("HS").has_value());
}

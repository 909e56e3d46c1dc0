// Agreement with metafor 3.8 rma()/predict()/escalc(): fixtures made by
// fixtures/make_fixtures.R. Every output must agree to a relative difference of 1e-6.
#include "fixturecsv.h"
#include "stats/metaanalysis.h"
#include "stats/summarydata.h"

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>

using namespace eb::stats;
using eb::stats::test::FixtureCsv;
using eb::stats::test::relativeDifference;

namespace {

constexpr double kTolerance = 1e-6;

struct Data
{
    std::vector<double> yi;
    std::vector<double> vi;
};

std::map<std::string, Data> loadDatasets(const std::string &prefix = "pool")
{
    const FixtureCsv csv(prefix + "_datasets.csv");
    std::map<std::string, Data> sets;
    for (std::size_t r = 0; r < csv.size(); ++r) {
        Data &d = sets[csv.text(r, "dataset")];
        d.yi.push_back(*csv.number(r, "yi"));
        d.vi.push_back(*csv.number(r, "vi"));
    }
    return sets;
}

double g_worst = 0.0;
std::string g_worstWhere;
// The same, leaving out REML fits whose tau^2 ends below the 1e-10 threshold (boundary
// noise, see expectClose).
double g_worstInterior = 0.0;
std::string g_worstInteriorWhere;
bool g_atBoundary = false;

// `zeroBelow`: the size below which a value counts as 0. REML's tau^2 at the zero
// boundary ends wherever step halving stops within the 1e-10 threshold of 0 (in metafor as
// here), so tau^2 below 1e-10 (tau below 1e-5, I^2 below 1e-6 %) is zero to the precision
// either program iterates to; everything else is compared relative to its size.
void expectClose(double actual, double expected, const std::string &where, double zeroBelow = 0.0)
{
    const double diff = relativeDifference(actual, expected, zeroBelow);
    if (diff > g_worst) {
        g_worst = diff;
        g_worstWhere = where;
    }
    if (!g_atBoundary && diff > g_worstInterior) {
        g_worstInterior = diff;
        g_worstInteriorWhere = where;
    }
    EXPECT_LE(diff, kTolerance) << where << ": engine " << actual << ", metafor " << expected;
}

} // namespace

TEST(Metafor, KnownBcgValues)
{
    const Data bcg = loadDatasets().at("bcg");
    PoolOptions dl;
    dl.method = PoolMethod::DerSimonianLaird;
    auto a = pool(bcg.yi, bcg.vi, dl);
    ASSERT_TRUE(a.ok());
    EXPECT_NEAR(a->tau2, 0.3087603, 5e-8);
    EXPECT_NEAR(a->estimate, -0.7141172, 5e-8);
    auto b = pool(bcg.yi, bcg.vi); // REML is the default, as in metafor
    ASSERT_TRUE(b.ok());
    EXPECT_NEAR(b->tau2, 0.3132433, 5e-8);
    EXPECT_NEAR(b->estimate, -0.7145323, 5e-8);
    EXPECT_NEAR(b->se, 0.1797815, 5e-8);
}

namespace {

// Compares every fit of `prefix`_expected.csv (and its weights, when given) with the engine.
void compareFixtures(const std::string &prefix, const FixtureCsv *weights)
{
    const auto sets = loadDatasets(prefix);
    const FixtureCsv expected(prefix + "_expected.csv");
    ASSERT_GE(expected.size(), 80u);
    std::size_t weightRow = 0;
    for (std::size_t r = 0; r < expected.size(); ++r) {
        const std::string name = expected.text(r, "dataset");
        const std::string method = expected.text(r, "method");
        const bool knha = expected.text(r, "knha") == "1";
        const std::string where = name + " " + method + (knha ? " knha" : "");
        PoolOptions options;
        options.method = *poolMethodFromKey(method);
        options.knappHartung = knha;
        const Data &data = sets.at(name);
        auto res = pool(data.yi, data.vi, options);
        ASSERT_TRUE(res.ok()) << where << ": " << res.error().message;
        const double expectedTau2 = *expected.number(r, "tau2");
        g_atBoundary = method == "REML" && expectedTau2 > 0.0 && expectedTau2 < 1e-10;
        EXPECT_EQ(res->k, static_cast<std::size_t>(*expected.number(r, "k")));
        expectClose(res->estimate, *expected.number(r, "estimate"), where + " estimate");
        expectClose(res->se, *expected.number(r, "se"), where + " se");
        expectClose(res->ciLow, *expected.number(r, "ci_low"), where + " ci_low");
        expectClose(res->ciHigh, *expected.number(r, "ci_high"), where + " ci_high");
        expectClose(res->statistic, *expected.number(r, "stat"), where + " z/t");
        expectClose(res->p, *expected.number(r, "p"), where + " p");
        expectClose(res->tau2, *expected.number(r, "tau2"), where + " tau2", 1e-10);
        expectClose(res->tau, *expected.number(r, "tau"), where + " tau", 1e-5);
        expectClose(res->i2, *expected.number(r, "i2"), where + " i2", 1e-6);
        expectClose(res->h2, *expected.number(r, "h2"), where + " h2");
        expectClose(res->q, *expected.number(r, "q"), where + " q");
        expectClose(res->qDf, *expected.number(r, "q_df"), where + " q_df");
        expectClose(res->qP, *expected.number(r, "q_p"), where + " q_p");
        // metafor's predict() gives no PI for a fixed-effect model; ours is the CI (tau2 = 0).
        const double piLow = expected.number(r, "pi_low").value_or(*expected.number(r, "ci_low"));
        const double piHigh =
            expected.number(r, "pi_high").value_or(*expected.number(r, "ci_high"));
        expectClose(res->piLow, piLow, where + " pi_low");
        expectClose(res->piHigh, piHigh, where + " pi_high");
        ASSERT_EQ(res->weightsPercent.size(), res->k);
        if (weights == nullptr) {
            continue;
        }
        for (std::size_t i = 0; i < res->k; ++i, ++weightRow) {
            ASSERT_EQ(weights->text(weightRow, "dataset"), name);
            ASSERT_EQ(weights->text(weightRow, "method"), method);
            expectClose(res->weightsPercent[i], *weights->number(weightRow, "weight"),
                        where + " weight " + std::to_string(i + 1));
        }
    }
    if (weights != nullptr) {
        EXPECT_EQ(weightRow, weights->size());
    }
}

} // namespace

TEST(Metafor, EveryOutputOfEveryFixture)
{
    const FixtureCsv weights("pool_weights.csv");
    compareFixtures("pool", &weights);
}

TEST(Metafor, SixtyRandomDataSetsOfEveryShape)
{
    compareFixtures("stress", nullptr);
    std::printf("worst relative difference against metafor: %.3g (%s); leaving out REML "
                "tau^2 below 1e-10: %.3g (%s)\n",
                g_worst, g_worstWhere.c_str(), g_worstInterior, g_worstInteriorWhere.c_str());
}

TEST(Metafor, EscalcSmdAndMd)
{
    const FixtureCsv csv("escalc_smd.csv");
    ASSERT_GE(csv.size(), 5u);
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const ArmSummary t{*csv.number(r, "m1"), *csv.number(r, "sd1"), *csv.number(r, "n1")};
        const ArmSummary c{*csv.number(r, "m2"), *csv.number(r, "sd2"), *csv.number(r, "n2")};
        auto smd = standardizedMeanDifference(t, c);
        ASSERT_TRUE(smd.ok()) << smd.error().message;
        const std::string where = "smd row " + std::to_string(r + 1);
        expectClose(smd->g, *csv.number(r, "smd_yi"), where + " g");
        expectClose(smd->variance, *csv.number(r, "smd_vi"), where + " vi");
        expectClose(smd->meanDifference, *csv.number(r, "md_yi"), where + " md");
        expectClose(smd->meanDifferenceVariance, *csv.number(r, "md_vi"), where + " md vi");
    }
}

TEST(Metafor, Escalc2x2IncludingZeroCells)
{
    const FixtureCsv csv("escalc_2x2.csv");
    ASSERT_GE(csv.size(), 15u);
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const TwoByTwo table{*csv.number(r, "a"), *csv.number(r, "b"), *csv.number(r, "c"),
                             *csv.number(r, "d")};
        const std::string measure = csv.text(r, "measure");
        auto e = measure == "RR"   ? logRiskRatio(table)
                 : measure == "OR" ? logOddsRatio(table)
                                   : riskDifference(table);
        ASSERT_TRUE(e.ok()) << e.error().message;
        const bool zero = table.a == 0 || table.b == 0 || table.c == 0 || table.d == 0;
        EXPECT_EQ(e->continuityCorrected, zero);
        const std::string where = measure + " row " + std::to_string(r + 1);
        expectClose(e->yi, *csv.number(r, "yi"), where + " yi");
        expectClose(e->vi, *csv.number(r, "vi"), where + " vi");
    }
}

// leave1out, cumul, influence, regtest, ranktest and trimfill against metafor 3.8
// (fixtures/make_fixtures.R): every figure to 1e-6 relative.
#include "methodsfixtures.h"
#include "stats/sensitivity.h"
#include "stats/smallstudy.h"

using namespace eb::stats;
using eb::stats::test::Agreement;
using eb::stats::test::FixtureCsv;

namespace {

PoolOptions optionsFor(const FixtureCsv &csv, std::size_t r)
{
    PoolOptions options;
    options.method = *poolMethodFromKey(csv.text(r, "method"));
    options.knappHartung = csv.text(r, "knha") == "1";
    return options;
}

std::string label(const FixtureCsv &csv, std::size_t r, bool withKnha = true)
{
    return csv.text(r, "dataset") + " " + csv.text(r, "method") +
           (withKnha && csv.text(r, "knha") == "1" ? " knha" : "");
}

void checkRefit(Agreement &agree, const RefitRow &row, const FixtureCsv &csv, std::size_t r,
                const std::string &where)
{
    agree.check(row.estimate, csv, r, "estimate", where);
    agree.check(row.se, csv, r, "se", where);
    agree.check(row.statistic, csv, r, "stat", where);
    agree.check(row.p, csv, r, "p", where);
    agree.check(row.ciLow, csv, r, "ci_low", where);
    agree.check(row.ciHigh, csv, r, "ci_high", where);
    agree.check(row.q, csv, r, "q", where);
    agree.check(row.qP, csv, r, "q_p", where);
    agree.check(row.tau2, csv, r, "tau2", where, 1e-10);
    agree.check(row.i2, csv, r, "i2", where, 1e-6);
    agree.check(row.h2, csv, r, "h2", where);
}

} // namespace

TEST(MetaforMethods, LeaveOneOut)
{
    Agreement agree("leave1out");
    const auto sets = eb::stats::test::loadMethodsDatasets();
    const FixtureCsv csv("leave1out_expected.csv");
    ASSERT_EQ(csv.size(), 5u * (13u + 12u));
    for (std::size_t r = 0; r < csv.size();) {
        const auto &d = sets.at(csv.text(r, "dataset"));
        const auto rows = leaveOneOut(d.yi, d.vi, optionsFor(csv, r));
        ASSERT_TRUE(rows.ok()) << label(csv, r) << ": " << rows.error().message;
        for (std::size_t i = 0; i < rows->size(); ++i, ++r) {
            checkRefit(agree, (*rows)[i], csv, r, label(csv, r) + " -" + std::to_string(i + 1));
        }
    }
}

TEST(MetaforMethods, Cumulative)
{
    Agreement agree("cumul");
    const auto sets = eb::stats::test::loadMethodsDatasets();
    const FixtureCsv csv("cumul_expected.csv");
    ASSERT_EQ(csv.size(), 5u * (13u + 12u));
    for (std::size_t r = 0; r < csv.size();) {
        const auto &d = sets.at(csv.text(r, "dataset"));
        std::vector<std::size_t> order;
        for (std::size_t j = 0; j < d.yi.size(); ++j) {
            order.push_back(static_cast<std::size_t>(*csv.number(r + j, "study")) - 1);
        }
        const auto rows = cumulative(d.yi, d.vi, order, optionsFor(csv, r));
        ASSERT_TRUE(rows.ok()) << label(csv, r) << ": " << rows.error().message;
        for (std::size_t j = 0; j < rows->size(); ++j, ++r) {
            EXPECT_EQ((*rows)[j].study, order[j]);
            checkRefit(agree, (*rows)[j], csv, r, label(csv, r) + " +" + std::to_string(j + 1));
        }
    }
}

TEST(MetaforMethods, Influence)
{
    Agreement agree("influence");
    const auto sets = eb::stats::test::loadMethodsDatasets();
    const FixtureCsv csv("influence_expected.csv");
    ASSERT_EQ(csv.size(), 5u * (13u + 12u));
    std::size_t flagged = 0;
    for (std::size_t r = 0; r < csv.size();) {
        const auto &d = sets.at(csv.text(r, "dataset"));
        const auto rows = influence(d.yi, d.vi, optionsFor(csv, r));
        ASSERT_TRUE(rows.ok()) << label(csv, r) << ": " << rows.error().message;
        for (std::size_t i = 0; i < rows->size(); ++i, ++r) {
            const InfluenceRow &row = (*rows)[i];
            const std::string where = label(csv, r) + " " + std::to_string(i + 1);
            agree.check(row.rstudent, csv, r, "rstudent", where);
            agree.check(row.dffits, csv, r, "dffits", where);
            agree.check(row.cookD, csv, r, "cook_d", where);
            agree.check(row.covR, csv, r, "cov_r", where);
            agree.check(row.tau2Del, csv, r, "tau2_del", where, 1e-10);
            agree.check(row.qeDel, csv, r, "qe_del", where);
            agree.check(row.hat, csv, r, "hat", where);
            agree.check(row.weight, csv, r, "weight", where);
            agree.check(row.dfbeta, csv, r, "dfbs", where);
            EXPECT_EQ(row.influential, csv.text(r, "inf") == "1") << where;
            flagged += row.influential ? 1 : 0;
        }
    }
    EXPECT_GT(flagged, 0u); // the fixtures exercise the flag
}

TEST(MetaforMethods, RegtestAndRanktest)
{
    Agreement agree("regtest / ranktest");
    const auto sets = eb::stats::test::loadMethodsDatasets();
    const FixtureCsv csv("regtest_expected.csv");
    ASSERT_EQ(csv.size(), 4u * 5u);
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const auto &d = sets.at(csv.text(r, "dataset"));
        const std::string where = label(csv, r);
        const auto reg = regTest(d.yi, d.vi, optionsFor(csv, r));
        ASSERT_TRUE(reg.ok()) << where << ": " << reg.error().message;
        agree.check(reg->statistic, csv, r, "reg_stat", where);
        agree.check(reg->p, csv, r, "reg_p", where);
        agree.check(reg->limitEstimate, csv, r, "limit", where);
        agree.check(reg->limitCiLow, csv, r, "limit_ci_low", where);
        agree.check(reg->limitCiHigh, csv, r, "limit_ci_high", where);
        const auto rank = rankTest(d.yi, d.vi);
        ASSERT_TRUE(rank.ok()) << where << ": " << rank.error().message;
        agree.check(rank->tau, csv, r, "rank_tau", where);
        agree.check(rank->p, csv, r, "rank_p", where);
    }
}

TEST(MetaforMethods, TrimFill)
{
    Agreement agree("trimfill");
    const auto sets = eb::stats::test::loadMethodsDatasets();
    const FixtureCsv csv("trimfill_expected.csv");
    ASSERT_EQ(csv.size(), 4u * 3u * 2u);
    std::size_t filled = 0;
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const auto &d = sets.at(csv.text(r, "dataset"));
        const bool r0 = csv.text(r, "estimator") == "R0";
        const std::string where = label(csv, r, false) + " " + csv.text(r, "estimator");
        PoolOptions options;
        options.method = *poolMethodFromKey(csv.text(r, "method"));
        const auto res =
            trimFill(d.yi, d.vi, r0 ? TrimFillEstimator::R0 : TrimFillEstimator::L0, options);
        ASSERT_TRUE(res.ok()) << where << ": " << res.error().message;
        EXPECT_EQ(res->rightSide, csv.text(r, "side") == "right") << where;
        EXPECT_EQ(res->k0, static_cast<std::size_t>(*csv.number(r, "k0"))) << where;
        EXPECT_EQ(res->filledYi.size(), res->k0);
        filled += res->k0;
        agree.check(res->seK0, csv, r, "se_k0", where);
        EXPECT_EQ(res->pK0.has_value(), r0);
        if (r0) {
            agree.check(*res->pK0, csv, r, "p_k0", where);
        }
        agree.check(res->adjusted.estimate, csv, r, "estimate", where);
        agree.check(res->adjusted.se, csv, r, "se", where);
        agree.check(res->adjusted.ciLow, csv, r, "ci_low", where);
        agree.check(res->adjusted.ciHigh, csv, r, "ci_high", where);
        agree.check(res->adjusted.tau2, csv, r, "tau2", where, 1e-10);
        agree.check(res->adjusted.q, csv, r, "q", where);
    }
    EXPECT_GT(filled, 0u);
}

TEST(MetaforMethods, RankTestFallsBackToTheNormalApproximationWithTies)
{
    const std::vector<double> y{0.1, 0.5, -0.2, 0.3, 0.8, 0.0};
    const std::vector<double> v{0.1, 0.1, 0.2, 0.2, 0.3, 0.3};
    const auto res = rankTest(y, v);
    ASSERT_TRUE(res.ok());
    EXPECT_FALSE(res->exact);
    EXPECT_GT(res->p, 0.0);
    EXPECT_LE(res->p, 1.0);
}

TEST(MetaforMethods, FunnelDataHoldsTheRegions)
{
    const std::vector<double> y{0.1, 0.5, -0.2};
    const std::vector<double> v{0.04, 0.09, 0.16};
    const auto res = funnelData(y, v);
    ASSERT_TRUE(res.ok());
    EXPECT_DOUBLE_EQ(res->maxSe, 0.4);
    ASSERT_EQ(res->contours.size(), 3u);
    EXPECT_NEAR(res->contours[1].z, 1.959963985, 1e-9);
    EXPECT_NEAR(res->contours[2].z, 2.575829304, 1e-9);
}

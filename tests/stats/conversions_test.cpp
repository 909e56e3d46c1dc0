#include "stats/benchmarks.h"
#include "stats/conversions.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace eb::stats;

namespace {

// Expected values from R 4 (pnorm, qnorm), 17 digits.
struct DRow
{
    double d, mw, logOr, u3, ovl;
};
constexpr DRow kDTable[] = {
    {-1.0, 0.23975006109347674, -1.81379936423421784, 0.15865525393145705, 0.61707507745197387},
    {-0.3, 0.41600201428631828, -0.54413980927026540, 0.38208857781104733, 0.88076461525951499},
    {0.0, 0.5, 0.0, 0.5, 1.0},
    {0.2, 0.55623145800914242, 0.36275987284684358, 0.57925970943910299, 0.92034432544594202},
    {0.5, 0.63816319508411845, 0.90689968211710892, 0.69146246127401301, 0.80258734863415260},
    {0.8, 0.71419617752333420, 1.45103949138737431, 0.78814460141660336, 0.68915651677935164},
    {1.5, 0.85557781682675760, 2.72069904635132698, 0.93319279873114191, 0.45325470475373647},
};

} // namespace

TEST(Conversions, ElementaryTransformsMatchR)
{
    for (const DRow &row : kDTable) {
        SCOPED_TRACE(row.d);
        EXPECT_NEAR(mwFromD(row.d), row.mw, 1e-15);
        EXPECT_NEAR(logOrFromD(row.d), row.logOr, 1e-14);
        EXPECT_NEAR(u3FromD(row.d), row.u3, 1e-15);
        EXPECT_NEAR(ovlFromD(row.d), row.ovl, 1e-15);
        EXPECT_NEAR(dFromMw(row.mw), row.d, 1e-13);
        EXPECT_NEAR(dFromLogOr(row.logOr), row.d, 1e-14);
        EXPECT_NEAR(dFromU3(row.u3), row.d, 1e-13);
        EXPECT_NEAR(absDFromOvl(row.ovl), std::abs(row.d), 1e-13);
    }
    EXPECT_NEAR(dFromMw(0.62), 0.4320150735745894, 1e-14);
}

// The elementary transforms leave range checks to their callers; out of range they must give
// inf or NaN (which the callers refuse), never throw as Boost's default policy does.
TEST(Conversions, ElementaryTransformsNeverThrow)
{
    double d = 0.0;
    EXPECT_NO_THROW(d = dFromMw(0.0));
    EXPECT_TRUE(std::isinf(d) && d < 0.0);
    EXPECT_NO_THROW(d = dFromMw(1.0));
    EXPECT_TRUE(std::isinf(d) && d > 0.0);
    EXPECT_NO_THROW(d = dFromU3(1.5));
    EXPECT_FALSE(std::isfinite(d));
    EXPECT_NO_THROW(d = mwFromD(std::nan("")));
    EXPECT_FALSE(std::isfinite(d));
}

TEST(Conversions, ReportFromMwWithCi)
{
    // CAPTAIN II: MW 0.59 (0.52 to 0.66).
    auto report = convertEffect({Scale::MannWhitney, 0.59, 0.52, 0.66, std::nullopt});
    ASSERT_TRUE(report.ok()) << report.error().message;
    const ConvertedValue *mw = report->find(Scale::MannWhitney);
    ASSERT_NE(mw, nullptr);
    EXPECT_FALSE(mw->derived);
    EXPECT_DOUBLE_EQ(mw->estimate, 0.59);
    const ConvertedValue *d = report->find(Scale::CohensD);
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->derived);
    EXPECT_NEAR(d->estimate, dFromMw(0.59), 1e-15);
    EXPECT_NEAR(*d->ciLow, dFromMw(0.52), 1e-15);
    EXPECT_NEAR(*d->ciHigh, dFromMw(0.66), 1e-15);
    const ConvertedValue *orRow = report->find(Scale::OddsRatio);
    ASSERT_NE(orRow, nullptr);
    EXPECT_NEAR(orRow->estimate, std::exp(dFromMw(0.59) * M_PI / std::sqrt(3.0)), 1e-13);
    EXPECT_NE(orRow->formula.find("pi"), std::string::npos);
    EXPECT_NE(report->assumption.find("equal variance"), std::string::npos);
    // Kraemer & Kupfer: 1/(2*0.59-1) = 5.56; CI 1/(2*0.66-1)=3.125 to 1/(2*0.52-1)=25.
    EXPECT_EQ(report->nntKraemer.estimate.kind, NntValue::Kind::Benefit);
    EXPECT_NEAR(report->nntKraemer.estimate.magnitude, 5.5555555555555571, 1e-12);
    EXPECT_NEAR(report->nntKraemer.benefitEnd->magnitude, 3.125, 1e-12);
    EXPECT_NEAR(report->nntKraemer.harmEnd->magnitude, 25.0, 1e-10);
    EXPECT_FALSE(report->nntKraemer.ciPassesInfinity);
    EXPECT_EQ(report->nntKraemer.ciText(), "NNTB 3.1 to NNTB 25.0");
    EXPECT_EQ(report->mwBand, "small-to-medium superiority");
    EXPECT_FALSE(report->nntFurukawa.has_value());
}

TEST(Conversions, FromEveryScaleRoundTrips)
{
    // Property: converting from X and reading X back from another conversion's row gives X.
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> dDist(-2.5, 2.5);
    for (int i = 0; i < 500; ++i) {
        const double d = dDist(rng);
        auto fromD = convertEffect({Scale::CohensD, d, std::nullopt, std::nullopt, std::nullopt});
        ASSERT_TRUE(fromD.ok());
        for (Scale s : {Scale::MannWhitney, Scale::LogOddsRatio, Scale::OddsRatio, Scale::U3}) {
            const double value = fromD->find(s)->estimate;
            auto back = convertEffect({s, value, std::nullopt, std::nullopt, std::nullopt});
            ASSERT_TRUE(back.ok()) << back.error().message;
            EXPECT_NEAR(back->find(Scale::CohensD)->estimate, d, 1e-12 * (1.0 + std::abs(d)));
            for (Scale t : {Scale::MannWhitney, Scale::LogOddsRatio, Scale::U3, Scale::Overlap}) {
                EXPECT_NEAR(back->find(t)->estimate, fromD->find(t)->estimate,
                            1e-12 * (1.0 + std::abs(fromD->find(t)->estimate)));
            }
        }
    }
}

TEST(Conversions, CiLimitsStayOrdered)
{
    // Property: for any valid input interval every converted interval is ordered and holds
    // its estimate (OVL included, although it is not monotone in d).
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> dDist(-2.0, 2.0);
    std::uniform_real_distribution<double> wDist(0.0, 1.0);
    for (int i = 0; i < 1000; ++i) {
        const double d = dDist(rng);
        const double low = d - wDist(rng);
        const double high = d + wDist(rng);
        for (Scale from : {Scale::CohensD, Scale::HedgesG, Scale::MannWhitney, Scale::LogOddsRatio,
                           Scale::OddsRatio}) {
            EffectInput in{Scale::CohensD, d, low, high, 0.3};
            if (from != Scale::CohensD && from != Scale::HedgesG) {
                auto base = convertEffect(in);
                ASSERT_TRUE(base.ok());
                const ConvertedValue *row = base->find(from);
                in = EffectInput{from, row->estimate, *row->ciLow, *row->ciHigh, 0.3};
            } else {
                in.from = from;
            }
            auto report = convertEffect(in);
            ASSERT_TRUE(report.ok()) << report.error().message;
            for (const ConvertedValue &row : report->values) {
                ASSERT_TRUE(row.ciLow && row.ciHigh);
                EXPECT_LE(*row.ciLow, row.estimate + 1e-12) << scaleKey(row.scale);
                EXPECT_LE(row.estimate, *row.ciHigh + 1e-12) << scaleKey(row.scale);
            }
        }
    }
}

TEST(Conversions, OverlapIntervalAcrossZeroReachesOne)
{
    auto report = convertEffect({Scale::CohensD, 0.1, -0.2, 0.5, std::nullopt});
    ASSERT_TRUE(report.ok());
    const ConvertedValue *ovl = report->find(Scale::Overlap);
    EXPECT_DOUBLE_EQ(*ovl->ciHigh, 1.0);
    EXPECT_NEAR(*ovl->ciLow, ovlFromD(0.5), 1e-15);
}

TEST(Conversions, FurukawaNntWithCer)
{
    auto report = convertEffect({Scale::CohensD, 0.5, std::nullopt, std::nullopt, 0.2});
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->nntFurukawa.has_value());
    EXPECT_NEAR(report->nntFurukawa->estimate.magnitude, 6.0125791178549113, 1e-12);
    EXPECT_EQ(report->nntFurukawa->estimate.kind, NntValue::Kind::Benefit);
}

TEST(Conversions, RefusesInvalidInput)
{
    struct Case
    {
        EffectInput input;
        const char *field;
    };
    const double nan = std::nan("");
    const double inf = HUGE_VAL;
    const Case cases[] = {
        {{Scale::MannWhitney, 0.0, {}, {}, {}}, "value"},
        {{Scale::MannWhitney, 1.0, {}, {}, {}}, "value"},
        {{Scale::MannWhitney, 1.2, {}, {}, {}}, "value"},
        {{Scale::MannWhitney, 0.6, 0.5, 1.0, {}}, "ci_high"},
        {{Scale::MannWhitney, 0.6, 0.62, 0.7, {}}, "ci"},
        {{Scale::MannWhitney, 0.6, 0.5, {}, {}}, "ci_high"},
        {{Scale::OddsRatio, 0.0, {}, {}, {}}, "value"},
        {{Scale::OddsRatio, -1.0, {}, {}, {}}, "value"},
        {{Scale::OddsRatio, 2.0, 0.0, 3.0, {}}, "ci_low"},
        {{Scale::CohensD, nan, {}, {}, {}}, "value"},
        {{Scale::CohensD, inf, {}, {}, {}}, "value"},
        {{Scale::CohensD, 0.3, nan, 0.5, {}}, "ci_low"},
        {{Scale::CohensD, 0.3, 0.6, 0.9, {}}, "ci"},
        {{Scale::CohensD, 0.3, {}, {}, 1.0}, "cer"},
        {{Scale::CohensD, 0.3, {}, {}, 0.0}, "cer"},
        {{Scale::Overlap, 0.5, {}, {}, {}}, "from"},
    };
    for (const Case &c : cases) {
        auto report = convertEffect(c.input);
        ASSERT_FALSE(report.ok()) << c.field;
        EXPECT_EQ(report.error().field, c.field);
        EXPECT_FALSE(report.error().message.empty());
    }
}

TEST(Conversions, EquivalentsForCatalogueResults)
{
    auto mw = equivalentsForResult(eb::stats::Metric::MannWhitney, 0.62);
    ASSERT_TRUE(mw.ok());
    EXPECT_NEAR(mw->find(Scale::CohensD)->estimate, 0.4320150735745894, 1e-14);
    EXPECT_TRUE(mw->find(Scale::CohensD)->derived);
    EXPECT_TRUE(mw->find(Scale::OddsRatio)->derived);
    EXPECT_FALSE(mw->find(Scale::MannWhitney)->derived);
    EXPECT_FALSE(mw->find(Scale::MannWhitney)->ciLow.has_value());

    auto g = equivalentsForResult(eb::stats::Metric::HedgesG, 0.7, 0.0, 1.4);
    ASSERT_TRUE(g.ok());
    EXPECT_FALSE(g->values.front().derived);
    EXPECT_EQ(g->values.front().scale, Scale::HedgesG);
    EXPECT_TRUE(g->find(Scale::CohensD)->derived);
    EXPECT_TRUE(g->nntKraemer.ciPassesInfinity);

    EXPECT_FALSE(equivalentsForResult(eb::stats::Metric::RiskRatio, 2.0).ok());
    EXPECT_FALSE(equivalentsForResult(eb::stats::Metric::MannWhitney, 1.5).ok());
}

TEST(Conversions, ScaleForMetricIsTheOneMapping)
{
    EXPECT_EQ(scaleForMetric(Metric::MannWhitney), Scale::MannWhitney);
    EXPECT_EQ(scaleForMetric(Metric::CohensD), Scale::CohensD);
    EXPECT_EQ(scaleForMetric(Metric::Smd), Scale::CohensD);
    EXPECT_EQ(scaleForMetric(Metric::HedgesG), Scale::HedgesG);
    EXPECT_EQ(scaleForMetric(Metric::OddsRatio), Scale::OddsRatio);
    EXPECT_EQ(scaleForMetric(Metric::LogOddsRatio), Scale::LogOddsRatio);
    for (Metric m :
         {Metric::RiskRatio, Metric::LogRiskRatio, Metric::RiskDifference, Metric::MeanDifference,
          Metric::MeanChangeDifference, Metric::Nnt, Metric::None}) {
        EXPECT_FALSE(scaleForMetric(m).has_value()) << metricKey(m);
        EXPECT_FALSE(equivalentsForResult(m, 0.5).ok()) << metricKey(m);
    }
    // Every mapped metric converts through equivalentsForResult with that scale as input.
    for (Metric m : {Metric::MannWhitney, Metric::CohensD, Metric::Smd, Metric::HedgesG,
                     Metric::OddsRatio, Metric::LogOddsRatio}) {
        const auto report = equivalentsForResult(m, 0.6);
        ASSERT_TRUE(report.ok()) << metricKey(m);
        EXPECT_EQ(report->input.from, *scaleForMetric(m));
    }
}

TEST(Conversions, ScaleKeys)
{
    for (Scale s : {Scale::MannWhitney, Scale::CohensD, Scale::HedgesG, Scale::LogOddsRatio,
                    Scale::OddsRatio, Scale::U3, Scale::Overlap}) {
        EXPECT_EQ(scaleFromKey(scaleKey(s)), s);
    }
    EXPECT_EQ(scaleFromKey("logor"), Scale::LogOddsRatio);
    EXPECT_FALSE(scaleFromKey("auc").has_value());
}

TEST(Benchmarks, TablesCarryTheirSource)
{
    const BenchmarkTable &mw = mwBenchmarks();
    ASSERT_EQ(mw.points.size(), 7u);
    const double expected[] = {0.29, 0.36, 0.44, 0.50, 0.56, 0.64, 0.71};
    for (std::size_t i = 0; i < 7; ++i) {
        EXPECT_DOUBLE_EQ(mw.points[i].value, expected[i]);
    }
    EXPECT_NE(mw.source.find("10.1002/bimj.201800107"), std::string_view::npos);
    EXPECT_NE(cohensDBenchmarks().source.find("Cohen"), std::string_view::npos);
    // MW benchmarks are Phi(d/sqrt 2) of Cohen's 0.2/0.5/0.8, to two decimals.
    EXPECT_NEAR(mwFromD(0.2), 0.56, 0.005);
    EXPECT_NEAR(mwFromD(0.5), 0.64, 0.005);
    EXPECT_NEAR(mwFromD(0.8), 0.71, 0.005);
}

TEST(Benchmarks, BandEdges)
{
    struct Case
    {
        double mw;
        const char *band;
    };
    const Case cases[] = {
        {0.05, "large inferiority"},
        {0.29, "large inferiority"},
        {0.30, "medium-to-large inferiority"},
        {0.36, "medium-to-large inferiority"},
        {0.40, "small-to-medium inferiority"},
        {0.44, "small-to-medium inferiority"},
        {0.47, "equality-to-small inferiority"},
        {0.50, "equality"},
        {0.54, "equality-to-small superiority"},
        {0.56, "small-to-medium superiority"},
        {0.62, "small-to-medium superiority"},
        {0.64, "medium-to-large superiority"},
        {0.70, "medium-to-large superiority"},
        {0.71, "large superiority"},
        {0.95, "large superiority"},
    };
    for (const Case &c : cases) {
        EXPECT_EQ(benchmarkBand(c.mw), c.band) << c.mw;
    }
    EXPECT_EQ(cohensDBand(0.0), "equality");
    EXPECT_EQ(cohensDBand(0.1), "equality-to-small superiority");
    EXPECT_EQ(cohensDBand(0.2), "small-to-medium superiority");
    EXPECT_EQ(cohensDBand(0.79), "medium-to-large superiority");
    EXPECT_EQ(cohensDBand(-0.8), "large inferiority");
    EXPECT_EQ(benchmarkBand(eb::stats::Metric::HedgesG, 0.66), "medium-to-large superiority");
    EXPECT_FALSE(benchmarkBand(eb::stats::Metric::RiskRatio, 2.0).has_value());
}

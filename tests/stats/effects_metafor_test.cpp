// escalc (RR, OR, RD, PETO, SMD, MD, ROM), rma.mh / rma.peto, subgroups and meta-regression
// against metafor 3.8 (fixtures/make_fixtures.R): every figure to 1e-6 relative.
#include "methodsfixtures.h"
#include "stats/effectsize.h"
#include "stats/mantelhaenszel.h"
#include "stats/metaregression.h"
#include "stats/subgroups.h"

using namespace eb::stats;
using eb::stats::test::Agreement;
using eb::stats::test::FixtureCsv;

namespace {

struct Counts
{
    std::vector<TwoByTwo> tables;
    std::vector<double> year;
    std::vector<double> ablat;
    std::vector<std::string> alloc;
};

std::map<std::string, Counts> loadCounts()
{
    const FixtureCsv csv("methods_counts.csv");
    std::map<std::string, Counts> sets;
    for (std::size_t r = 0; r < csv.size(); ++r) {
        Counts &c = sets[csv.text(r, "dataset")];
        c.tables.push_back(TwoByTwo{*csv.number(r, "ai"), *csv.number(r, "bi"),
                                    *csv.number(r, "ci"), *csv.number(r, "di")});
        c.year.push_back(csv.number(r, "year").value_or(0.0));
        c.ablat.push_back(csv.number(r, "ablat").value_or(0.0));
        c.alloc.push_back(csv.text(r, "alloc"));
    }
    return sets;
}

PoolOptions optionsFor(const FixtureCsv &csv, std::size_t r)
{
    PoolOptions options;
    options.method = *poolMethodFromKey(csv.text(r, "method"));
    options.knappHartung = csv.text(r, "knha") == "1";
    return options;
}

} // namespace

TEST(MetaforMethods, EscalcFromCounts)
{
    Agreement agree("escalc RR/OR/RD/PETO");
    const auto sets = loadCounts();
    const FixtureCsv csv("escalc_counts.csv");
    ASSERT_EQ(csv.size(), 4u * (13u + 6u));
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const auto measure = effectMeasureFromKey(csv.text(r, "measure"));
        ASSERT_TRUE(measure.has_value());
        const std::size_t i = static_cast<std::size_t>(*csv.number(r, "i")) - 1;
        const std::string where =
            csv.text(r, "dataset") + " " + csv.text(r, "measure") + " " + std::to_string(i + 1);
        const auto e = effectFromCounts(*measure, sets.at(csv.text(r, "dataset")).tables[i]);
        ASSERT_TRUE(e.ok()) << where << ": " << e.error().message;
        agree.check(e->yi, csv, r, "yi", where);
        agree.check(e->vi, csv, r, "vi", where);
        EXPECT_EQ(e->continuityCorrected, csv.text(r, "corrected") == "1") << where;
    }
}

TEST(MetaforMethods, EscalcFromMeans)
{
    Agreement agree("escalc SMD/MD/ROM");
    const FixtureCsv csv("escalc_means.csv");
    ASSERT_GE(csv.size(), 3u * 9u);
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const auto measure = effectMeasureFromKey(csv.text(r, "measure"));
        ASSERT_TRUE(measure.has_value());
        const std::string where = csv.text(r, "measure") + " " + csv.text(r, "i");
        const ArmSummary g1{*csv.number(r, "m1i"), *csv.number(r, "sd1i"), *csv.number(r, "n1i")};
        const ArmSummary g2{*csv.number(r, "m2i"), *csv.number(r, "sd2i"), *csv.number(r, "n2i")};
        const auto e = effectFromMeans(*measure, g1, g2);
        ASSERT_TRUE(e.ok()) << where << ": " << e.error().message;
        agree.check(e->yi, csv, r, "yi", where);
        agree.check(e->vi, csv, r, "vi", where);
    }
}

TEST(MetaforMethods, EscalcRefusesNamingTheField)
{
    const auto negative = effectFromCounts(EffectMeasure::PETO, TwoByTwo{-1, 5, 2, 3});
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().field, "ai");
    const auto rom =
        effectFromMeans(EffectMeasure::ROM, ArmSummary{2, 1, 10}, ArmSummary{-1, 1, 10});
    ASSERT_FALSE(rom.ok());
    EXPECT_EQ(rom.error().field, "m2i");
    const auto wrong =
        effectFromMeans(EffectMeasure::RR, ArmSummary{2, 1, 10}, ArmSummary{1, 1, 10});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, "measure");
}

TEST(MetaforMethods, MantelHaenszelAndPeto)
{
    Agreement agree("rma.mh / rma.peto");
    const auto sets = loadCounts();
    const FixtureCsv csv("mh_expected.csv");
    ASSERT_EQ(csv.size(), 8u);
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const std::string where = csv.text(r, "dataset") + " " + csv.text(r, "measure");
        const auto &tables = sets.at(csv.text(r, "dataset")).tables;
        const auto measure = *effectMeasureFromKey(csv.text(r, "measure"));
        const auto res =
            measure == EffectMeasure::PETO ? petoPool(tables) : mantelHaenszel(measure, tables);
        ASSERT_TRUE(res.ok()) << where << ": " << res.error().message;
        EXPECT_EQ(res->k, static_cast<std::size_t>(*csv.number(r, "k")));
        for (const auto &[value, column] :
             std::vector<std::pair<double, std::string>>{{res->estimate, "estimate"},
                                                         {res->se, "se"},
                                                         {res->z, "z"},
                                                         {res->p, "p"},
                                                         {res->ciLow, "ci_low"},
                                                         {res->ciHigh, "ci_high"},
                                                         {res->q, "q"},
                                                         {res->qDf, "q_df"},
                                                         {res->qP, "q_p"},
                                                         {res->i2, "i2"},
                                                         {res->h2, "h2"}}) {
            agree.check(value, csv, r, column, where);
        }
        const bool hasCmh = csv.number(r, "cmh").has_value();
        EXPECT_EQ(res->cmh.has_value(), hasCmh) << where;
        if (hasCmh && res->cmh) {
            agree.check(*res->cmh, csv, r, "cmh", where);
            agree.check(*res->cmhP, csv, r, "cmh_p", where);
        }
        const bool hasTarone = csv.number(r, "tarone").has_value();
        EXPECT_EQ(res->tarone.has_value(), hasTarone) << where;
        if (hasTarone && res->tarone) {
            agree.check(*res->tarone, csv, r, "tarone", where);
            agree.check(*res->taroneP, csv, r, "tarone_p", where);
        }
    }
}

// The share of each table in the MH and Peto estimates (metafor's weights()), for the data
// sets of mh_expected.csv and the two trials of the Pool window's test (mh_two_trials.csv).
TEST(MetaforMethods, MantelHaenszelAndPetoWeights)
{
    Agreement agree("weights of rma.mh / rma.peto");
    auto sets = loadCounts();
    const FixtureCsv two("mh_two_trials.csv");
    for (std::size_t r = 0; r < two.size(); ++r) {
        sets["two_trials"].tables.push_back(
            TwoByTwo{*two.number(r, "ai"), *two.number(r, "n1i") - *two.number(r, "ai"),
                     *two.number(r, "ci"), *two.number(r, "n2i") - *two.number(r, "ci")});
    }
    const FixtureCsv csv("mh_weights.csv");
    ASSERT_EQ(csv.size(), 4u * (13u + 6u + 2u));
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const std::size_t i = static_cast<std::size_t>(*csv.number(r, "i")) - 1;
        const std::string where =
            csv.text(r, "dataset") + " " + csv.text(r, "measure") + " " + std::to_string(i + 1);
        const auto &tables = sets.at(csv.text(r, "dataset")).tables;
        const auto measure = *effectMeasureFromKey(csv.text(r, "measure"));
        const auto res =
            measure == EffectMeasure::PETO ? petoPool(tables) : mantelHaenszel(measure, tables);
        ASSERT_TRUE(res.ok()) << where << ": " << res.error().message;
        ASSERT_EQ(res->weightsPercent.size(), tables.size()) << where;
        agree.check(res->weightsPercent[i], csv, r, "weight", where);
    }
}

TEST(MetaforMethods, Subgroups)
{
    Agreement agree("subgroups (Q between)");
    const auto bcg = eb::stats::test::loadMethodsDatasets().at("bcg");
    const auto labels = loadCounts().at("bcg").alloc;
    const FixtureCsv csv("subgroup_expected.csv");
    ASSERT_EQ(csv.size(), 5u * 4u);
    for (std::size_t r = 0; r < csv.size(); r += 4) {
        const std::string where =
            csv.text(r, "method") + (csv.text(r, "knha") == "1" ? " knha" : "");
        const auto res = subgroupAnalysis(bcg.yi, bcg.vi, labels, optionsFor(csv, r));
        ASSERT_TRUE(res.ok()) << where << ": " << res.error().message;
        ASSERT_EQ(res->groups.size(), 3u);
        for (std::size_t g = 0; g < 3; ++g) {
            const std::string w = where + " " + csv.text(r + g, "group");
            EXPECT_EQ(res->groups[g].label, csv.text(r + g, "group"));
            EXPECT_EQ(res->groups[g].result.k, static_cast<std::size_t>(*csv.number(r + g, "k")));
            agree.check(res->groups[g].result.estimate, csv, r + g, "estimate", w);
            agree.check(res->groups[g].result.se, csv, r + g, "se", w);
            agree.check(res->groups[g].result.tau2, csv, r + g, "tau2", w, 1e-10);
        }
        // The "between" row: Q in the estimate column, df in se, p in tau2.
        agree.check(res->qBetween, csv, r + 3, "estimate", where + " Q between");
        agree.check(res->df, csv, r + 3, "se", where + " df");
        agree.check(res->p, csv, r + 3, "tau2", where + " p");
    }
}

TEST(MetaforMethods, MetaRegression)
{
    Agreement agree("rma(mods = ~ ...)");
    const auto bcg = eb::stats::test::loadMethodsDatasets().at("bcg");
    const auto counts = loadCounts().at("bcg");
    const FixtureCsv csv("metareg_expected.csv");
    const FixtureCsv coefs("metareg_coefs.csv");
    ASSERT_EQ(csv.size(), 10u);
    std::size_t c = 0;
    for (std::size_t r = 0; r < csv.size(); ++r) {
        const std::string mods = csv.text(r, "mods");
        const std::string where =
            mods + " " + csv.text(r, "method") + (csv.text(r, "knha") == "1" ? " knha" : "");
        DesignMatrix x{{"ablat"}, {counts.ablat}};
        if (mods == "ablat+year") {
            x.names.push_back("year");
            x.columns.push_back(counts.year);
        }
        const auto res = metaRegression(bcg.yi, bcg.vi, x, optionsFor(csv, r));
        ASSERT_TRUE(res.ok()) << where << ": " << res.error().message;
        EXPECT_EQ(res->p, static_cast<std::size_t>(*csv.number(r, "p")));
        agree.check(res->tau2, csv, r, "tau2", where, 1e-10);
        agree.check(res->i2, csv, r, "i2", where, 1e-6);
        agree.check(res->h2, csv, r, "h2", where);
        agree.check(res->qe, csv, r, "qe", where);
        agree.check(res->qeP, csv, r, "qe_p", where);
        agree.check(res->qm, csv, r, "qm", where);
        agree.check(res->qmP, csv, r, "qm_p", where);
        agree.check(res->qmDf, csv, r, "qm_df1", where);
        EXPECT_EQ(res->qmDfDenom.has_value(), csv.number(r, "qm_df2").has_value()) << where;
        ASSERT_TRUE(res->r2.has_value()) << where;
        agree.check(*res->r2, csv, r, "r2", where, 1e-6);
        for (std::size_t j = 0; j < res->p; ++j, ++c) {
            const std::string w = where + " " + coefs.text(c, "coef");
            EXPECT_EQ(res->coefficients[j].name, coefs.text(c, "coef"));
            agree.check(res->coefficients[j].estimate, coefs, c, "estimate", w);
            agree.check(res->coefficients[j].se, coefs, c, "se", w);
            agree.check(res->coefficients[j].statistic, coefs, c, "stat", w);
            agree.check(res->coefficients[j].p, coefs, c, "p", w);
            agree.check(res->coefficients[j].ciLow, coefs, c, "ci_low", w);
            agree.check(res->coefficients[j].ciHigh, coefs, c, "ci_high", w);
        }
    }
    EXPECT_EQ(c, coefs.size());
}

TEST(MetaforMethods, MetaRegressionRefusesARankDeficientDesign)
{
    const std::vector<double> y{0.1, 0.2, 0.3, 0.4};
    const std::vector<double> v{0.1, 0.1, 0.2, 0.2};
    const DesignMatrix constant{{"dose"}, {{2, 2, 2, 2}}};
    const auto res = metaRegression(y, v, constant);
    ASSERT_FALSE(res.ok());
    EXPECT_EQ(res.error().field, "mods");
}

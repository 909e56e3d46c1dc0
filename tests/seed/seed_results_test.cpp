// Every result the article prints, and the verified results of the primary publications and
// the independent reviews, are in the bundled catalogue with their exact values. Each case
// names every column it checks; an omitted optional means the column must be NULL ("not
// reported"), so a CI or p that was filled in without a source fails too.
#include "seedcatalogue.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

using namespace eb::seedtest;

namespace {

struct ResultCase
{
    const char *study;
    const char *source;
    const char *outcome;
    const char *metric;
    const char *where = ""; // extra condition to single out one row
    std::optional<double> estimate{};
    std::optional<double> ciLow{};
    std::optional<double> ciHigh{};
    std::optional<std::string> pOperator{};
    std::optional<double> p{};
    std::optional<qlonglong> n{};
    std::optional<qlonglong> days{};
    // The source prints the interval but not its level: ci_level stays NULL (issue 9).
    bool levelNotPrinted = false;
};

std::ostream &operator<<(std::ostream &os, const ResultCase &c)
{
    return os << c.study << " / " << c.source << " / " << c.outcome << " / " << c.metric << " "
              << c.where;
}

class ResultValues : public ::testing::TestWithParam<ResultCase>
{
};

TEST_P(ResultValues, ExactValuesAndNullWhereNotReported)
{
    const ResultCase &c = GetParam();
    const auto found = rows(
        QStringLiteral("SELECT r.estimate, r.ci_low, r.ci_high, r.p_operator, r.p_value, r.n, "
                       "r.timepoint_days, r.ci_level FROM result r "
                       "JOIN study s ON s.id = r.study_id JOIN source src ON src.id = r.source_id "
                       "JOIN outcome_measure o ON o.id = r.outcome_id "
                       "WHERE s.slug = ? AND src.slug = ? AND o.slug = ? AND r.metric = ? "
                       "AND r.origin = 'reported' ") +
            QString::fromUtf8(c.where),
        {QString::fromUtf8(c.study), QString::fromUtf8(c.source), QString::fromUtf8(c.outcome),
         QString::fromUtf8(c.metric)});
    ASSERT_EQ(found.size(), 1u);
    const QVariantList &r = found.front();
    EXPECT_EQ(optionalDouble(r[0]), c.estimate);
    EXPECT_EQ(optionalDouble(r[1]), c.ciLow);
    EXPECT_EQ(optionalDouble(r[2]), c.ciHigh);
    const std::optional<std::string> op =
        r[3].isNull() ? std::nullopt : std::optional(r[3].toString().toStdString());
    EXPECT_EQ(op, c.pOperator);
    EXPECT_EQ(optionalDouble(r[4]), c.p);
    EXPECT_EQ(optionalInt(r[5]), c.n);
    EXPECT_EQ(optionalInt(r[6]), c.days);
    // A CI level exactly where a CI is stored with its level printed.
    if (c.ciLow && !c.levelNotPrinted)
        EXPECT_EQ(optionalDouble(r[7]), std::optional(95.0));
    else
        EXPECT_FALSE(optionalDouble(r[7]).has_value());
}

// The article's numbers (source 'article') and the same results as the publications report them.
INSTANTIATE_TEST_SUITE_P(Article, ResultValues,
                         ::testing::Values(ResultCase{.study = "cars-meta-analysis",
                                                      .source = "article",
                                                      .outcome = "arat",
                                                      .metric = "mw",
                                                      .estimate = 0.62,
                                                      .pOperator = "<",
                                                      .p = 0.0001,
                                                      .n = 442,
                                                      .days = 90},
                                           ResultCase{.study = "cars-meta-analysis",
                                                      .source = "article",
                                                      .outcome = "nihss-early",
                                                      .metric = "nnt",
                                                      .estimate = 7.1},
                                           ResultCase{.study = "captain-ii",
                                                      .source = "article",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.timepoint_days = 90",
                                                      .estimate = 0.59,
                                                      .ciLow = 0.52,
                                                      .ciHigh = 0.66,
                                                      .pOperator = "=",
                                                      .p = 0.0119,
                                                      .n = 139,
                                                      .days = 90},
                                           ResultCase{.study = "captain-ii",
                                                      .source = "article",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "none",
                                                      .days = 10},
                                           ResultCase{.study = "chen-2013-mild-tbi",
                                                      .source = "article",
                                                      .outcome = "casi",
                                                      .metric = "mean_change_difference",
                                                      .pOperator = "<",
                                                      .p = 0.05,
                                                      .n = 32},
                                           ResultCase{.study = "article-aphasia-trial",
                                                      .source = "article",
                                                      .outcome = "wab",
                                                      .metric = "none",
                                                      .days = 90},
                                           ResultCase{.study = "zhang-2020-rat-chi",
                                                      .source = "article",
                                                      .outcome = "neuroblasts-dg",
                                                      .metric = "none"},
                                           ResultCase{.study = "zhang-2020-rat-chi",
                                                      .source = "article",
                                                      .outcome = "neuronal-loss-dg-ca3",
                                                      .metric = "none"}));

INSTANTIATE_TEST_SUITE_P(Publications, ResultValues,
                         ::testing::Values(ResultCase{.study = "cars-meta-analysis",
                                                      .source = "guekht-2017",
                                                      .outcome = "arat",
                                                      .metric = "mw",
                                                      .estimate = 0.62,
                                                      .pOperator = "<",
                                                      .p = 0.0001,
                                                      .n = 442,
                                                      .days = 90},
                                           ResultCase{.study = "cars-meta-analysis",
                                                      .source = "guekht-2017",
                                                      .outcome = "nihss-early",
                                                      .metric = "nnt",
                                                      .estimate = 7.1,
                                                      .ciLow = 4,
                                                      .ciHigh = 22},
                                           ResultCase{.study = "cars-meta-analysis",
                                                      .source = "guekht-2017",
                                                      .outcome = "nihss-early",
                                                      .metric = "mw",
                                                      .estimate = 0.59,
                                                      .pOperator = "<",
                                                      .p = 0.002},
                                           ResultCase{.study = "cars-1",
                                                      .source = "muresanu-2016",
                                                      .outcome = "arat",
                                                      .metric = "mw",
                                                      .estimate = 0.71,
                                                      .ciLow = 0.63,
                                                      .ciHigh = 0.79,
                                                      .pOperator = "<",
                                                      .p = 0.0001,
                                                      .days = 90},
                                           ResultCase{.study = "cars-1",
                                                      .source = "muresanu-2016",
                                                      .outcome = "cars-global-12",
                                                      .metric = "mw",
                                                      .estimate = 0.62,
                                                      .ciLow = 0.58,
                                                      .ciHigh = 0.65,
                                                      .pOperator = "<",
                                                      .p = 0.0001},
                                           ResultCase{.study = "cars-2",
                                                      .source = "cars-2-abstract-2015",
                                                      .outcome = "arat",
                                                      .metric = "none",
                                                      .days = 90},
                                           ResultCase{.study = "bornstein-2018-meta-analysis",
                                                      .source = "bornstein-2018",
                                                      .outcome = "nihss-early",
                                                      .metric = "mw",
                                                      .estimate = 0.60,
                                                      .pOperator = "<",
                                                      .p = 0.0001,
                                                      .n = 1879},
                                           ResultCase{.study = "bornstein-2018-meta-analysis",
                                                      .source = "bornstein-2018",
                                                      .outcome = "nihss-early",
                                                      .metric = "nnt",
                                                      .estimate = 7.7,
                                                      .ciLow = 5.2,
                                                      .ciHigh = 15.0},
                                           ResultCase{.study = "escas",
                                                      .source = "escas-preprint",
                                                      .outcome = "wab",
                                                      .metric = "none",
                                                      .pOperator = "<",
                                                      .p = 0.001},
                                           ResultCase{.study = "jianu-2010",
                                                      .source = "jianu-2010",
                                                      .outcome = "wab-aq",
                                                      .metric = "none",
                                                      .pOperator = "<",
                                                      .p = 0.05},
                                           ResultCase{.study = "captain-ii",
                                                      .source = "muresanu-2020",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .estimate = 0.59,
                                                      .ciLow = 0.52,
                                                      .ciHigh = 0.66,
                                                      .pOperator = "=",
                                                      .p = 0.0119,
                                                      .n = 139,
                                                      .days = 90},
                                           ResultCase{.study = "captain-ii",
                                                      .source = "captain-ii-manufacturer-website",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.timepoint_days = 10",
                                                      .estimate = 0.54,
                                                      .days = 10},
                                           ResultCase{.study = "captain-ii",
                                                      .source = "captain-ii-manufacturer-website",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.timepoint_days = 30",
                                                      .estimate = 0.576,
                                                      .days = 30},
                                           ResultCase{.study = "captain-i",
                                                      .source = "poon-2020",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.population = 'ITT'",
                                                      .estimate = 0.63,
                                                      .ciLow = 0.48,
                                                      .ciHigh = 0.77},
                                           ResultCase{.study = "captain-i",
                                                      .source = "poon-2020",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.population = 'per-protocol'",
                                                      .estimate = 0.69,
                                                      .ciLow = 0.53,
                                                      .ciHigh = 0.85,
                                                      .pOperator = "=",
                                                      .p = 0.0240,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "captain-meta-analysis",
                                                      .source = "vester-2021",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.timepoint_days = 30",
                                                      .estimate = 0.60,
                                                      .ciLow = 0.52,
                                                      .ciHigh = 0.66,
                                                      .pOperator = "=",
                                                      .p = 0.0156,
                                                      .n = 185,
                                                      .days = 30},
                                           ResultCase{.study = "captain-meta-analysis",
                                                      .source = "vester-2021",
                                                      .outcome = "captain-ensemble",
                                                      .metric = "mw",
                                                      .where = "AND r.timepoint_days = 90",
                                                      .estimate = 0.60,
                                                      .ciLow = 0.52,
                                                      .ciHigh = 0.68,
                                                      .pOperator = "=",
                                                      .p = 0.0146,
                                                      .n = 185,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "chen-2013-mild-tbi",
                                                      .source = "chen-2013",
                                                      .outcome = "casi",
                                                      .metric = "mean_change_difference",
                                                      .pOperator = "=",
                                                      .p = 0.0461,
                                                      .n = 32},
                                           ResultCase{.study = "zhang-2020-rat-chi",
                                                      .source = "zhang-2020",
                                                      .outcome = "neuronal-loss-dg-ca3",
                                                      .metric = "none",
                                                      .pOperator = "<",
                                                      .p = 0.05}));

// The independent reviews: the Cochrane summary of findings and the other meta-analyses.
INSTANTIATE_TEST_SUITE_P(Independent, ResultValues,
                         ::testing::Values(ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2023",
                                                      .outcome = "all-cause-death",
                                                      .metric = "rr",
                                                      .estimate = 0.96,
                                                      .ciLow = 0.65,
                                                      .ciHigh = 1.41,
                                                      .n = 1689},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2023",
                                                      .outcome = "non-death-attrition",
                                                      .metric = "rr",
                                                      .estimate = 0.72,
                                                      .ciLow = 0.38,
                                                      .ciHigh = 1.39,
                                                      .n = 1689},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2023",
                                                      .outcome = "sae-people",
                                                      .metric = "rr",
                                                      .estimate = 1.16,
                                                      .ciLow = 0.81,
                                                      .ciHigh = 1.66,
                                                      .n = 1335},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2023",
                                                      .outcome = "sae-fatal",
                                                      .metric = "rr",
                                                      .estimate = 0.90,
                                                      .ciLow = 0.59,
                                                      .ciHigh = 1.38,
                                                      .n = 1335},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2023",
                                                      .outcome = "sae-nonfatal",
                                                      .metric = "rr",
                                                      .estimate = 2.39,
                                                      .ciLow = 1.10,
                                                      .ciHigh = 5.23,
                                                      .n = 1335},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2023",
                                                      .outcome = "adverse-events",
                                                      .metric = "rr",
                                                      .estimate = 1.03,
                                                      .ciLow = 0.92,
                                                      .ciHigh = 1.14,
                                                      .n = 1607},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2020",
                                                      .outcome = "sae-nonfatal",
                                                      .metric = "rr",
                                                      .estimate = 2.15,
                                                      .ciLow = 1.01,
                                                      .ciHigh = 4.55,
                                                      .n = 1435,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "cochrane-2023-stroke",
                                                      .source = "cochrane-2020",
                                                      .outcome = "all-cause-death",
                                                      .metric = "rr",
                                                      .estimate = 0.89,
                                                      .ciLow = 0.60,
                                                      .ciHigh = 1.31,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "wang-2017-meta-analysis",
                                                      .source = "wang-2017",
                                                      .outcome = "mrs-response",
                                                      .metric = "rr",
                                                      .estimate = 1.33,
                                                      .ciLow = 0.79,
                                                      .ciHigh = 2.24,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "wang-2017-meta-analysis",
                                                      .source = "wang-2017",
                                                      .outcome = "nihss-response",
                                                      .metric = "rr",
                                                      .estimate = 1.03,
                                                      .ciLow = 0.83,
                                                      .ciHigh = 1.28,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "wang-2017-meta-analysis",
                                                      .source = "wang-2017",
                                                      .outcome = "barthel",
                                                      .metric = "rr",
                                                      .estimate = 0.95,
                                                      .ciLow = 0.84,
                                                      .ciHigh = 1.08,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "wang-2017-meta-analysis",
                                                      .source = "wang-2017",
                                                      .outcome = "adverse-events",
                                                      .metric = "rr",
                                                      .estimate = 0.98,
                                                      .ciLow = 0.88,
                                                      .ciHigh = 1.09,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "wang-2017-meta-analysis",
                                                      .source = "wang-2017",
                                                      .outcome = "sae-people",
                                                      .metric = "rr",
                                                      .estimate = 1.20,
                                                      .ciLow = 0.86,
                                                      .ciHigh = 1.66,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "wang-2017-meta-analysis",
                                                      .source = "wang-2017",
                                                      .outcome = "all-cause-death",
                                                      .metric = "rr",
                                                      .estimate = 0.86,
                                                      .ciLow = 0.57,
                                                      .ciHigh = 1.31,
                                                      .days = 90,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "el-sayed-2018-meta-analysis",
                                                      .source = "el-sayed-2018",
                                                      .outcome = "gos",
                                                      .metric = "or",
                                                      .estimate = 3.019,
                                                      .ciLow = 1.76,
                                                      .ciHigh = 5.16,
                                                      .n = 112,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "el-sayed-2018-meta-analysis",
                                                      .source = "el-sayed-2018",
                                                      .outcome = "cognition",
                                                      .metric = "or",
                                                      .estimate = 3.4,
                                                      .ciLow = 1.82,
                                                      .ciHigh = 5.21,
                                                      .pOperator = "<",
                                                      .p = 0.001,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "el-sayed-2018-meta-analysis",
                                                      .source = "el-sayed-2018",
                                                      .outcome = "survival",
                                                      .metric = "or",
                                                      .estimate = 2.81,
                                                      .ciLow = 0.905,
                                                      .ciHigh = 8.76,
                                                      .n = 103,
                                                      .levelNotPrinted = true},
                                           ResultCase{.study = "ghaffarpasand-2019-meta-analysis",
                                                      .source = "ghaffarpasand-2019",
                                                      .outcome = "gos",
                                                      .metric = "smd",
                                                      .estimate = 0.30,
                                                      .ciLow = 0.18,
                                                      .ciHigh = 0.42,
                                                      .pOperator = "<",
                                                      .p = 0.001,
                                                      .levelNotPrinted = true}));

TEST(SeedNumbers, DerivedThreeFoldRatio)
{
    const auto found = rows(QStringLiteral(
        "SELECT r.estimate, r.derivation, d.id IS NOT NULL FROM result r "
        "LEFT JOIN result d ON d.id = r.derived_from_id WHERE r.origin = 'derived' "
        "AND r.study_id = (SELECT id FROM study WHERE slug = 'chen-2013-mild-tbi')"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found.front()[0].toDouble(), 2.76);
    EXPECT_TRUE(found.front()[1].toString().contains(QStringLiteral("21.0 / 7.6")));
    EXPECT_TRUE(found.front()[2].toBool());
}

} // namespace

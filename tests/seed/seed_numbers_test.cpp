// Every number of the article, and the verified numbers of the primary publications, are in
// the bundled catalogue with their exact values. Each case names every column it checks; an
// omitted optional means the column must be NULL ("not reported"), so a CI or p that was
// filled in without a source fails too.
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

// Arm-level summaries: the article's and the publication's CASI arms are separate rows with
// their own sources (placebo SD 11.6 versus 12.1); arm sizes stay unknown.
struct ArmCase
{
    const char *study;
    const char *source;
    const char *outcome;
    const char *role;
    std::optional<qlonglong> n{};
    std::optional<double> mean{};
    std::optional<double> sd{};
    std::optional<qlonglong> events{};
    std::optional<qlonglong> total{};
};

std::ostream &operator<<(std::ostream &os, const ArmCase &c)
{
    return os << c.study << " / " << c.source << " / " << c.outcome << " / " << c.role;
}

class ArmValues : public ::testing::TestWithParam<ArmCase>
{
};

TEST_P(ArmValues, ExactValues)
{
    const ArmCase &c = GetParam();
    const auto found =
        rows(QStringLiteral("SELECT a.n, a.mean, a.sd, a.events, a.total FROM arm_summary a "
                            "JOIN result r ON r.id = a.result_id JOIN study s ON s.id = r.study_id "
                            "JOIN source src ON src.id = a.source_id "
                            "JOIN outcome_measure o ON o.id = r.outcome_id "
                            "WHERE s.slug = ? AND src.slug = ? AND o.slug = ? AND a.arm_role = ? "
                            "AND r.source_id = a.source_id AND r.origin = 'reported'"),
             {QString::fromUtf8(c.study), QString::fromUtf8(c.source), QString::fromUtf8(c.outcome),
              QString::fromUtf8(c.role)});
    ASSERT_EQ(found.size(), 1u);
    const QVariantList &r = found.front();
    EXPECT_EQ(optionalInt(r[0]), c.n);
    EXPECT_EQ(optionalDouble(r[1]), c.mean);
    EXPECT_EQ(optionalDouble(r[2]), c.sd);
    EXPECT_EQ(optionalInt(r[3]), c.events);
    EXPECT_EQ(optionalInt(r[4]), c.total);
}

INSTANTIATE_TEST_SUITE_P(
    Arms, ArmValues,
    ::testing::Values(
        ArmCase{"chen-2013-mild-tbi", "article", "casi", "treatment", {}, 21.0, 20.4},
        ArmCase{"chen-2013-mild-tbi", "article", "casi", "control", {}, 7.6, 11.6},
        ArmCase{"chen-2013-mild-tbi", "chen-2013", "casi", "treatment", {}, 21.0, 20.4},
        ArmCase{"chen-2013-mild-tbi", "chen-2013", "casi", "control", {}, 7.6, 12.1},
        ArmCase{"zhang-2020-rat-chi", "article", "neuroblasts-dg", "treatment", 13},
        ArmCase{"zhang-2020-rat-chi", "article", "neuroblasts-dg", "control", 13},
        ArmCase{"zhang-2020-rat-chi", "zhang-2020", "neuroblasts-dg", "treatment", 13},
        ArmCase{"zhang-2020-rat-chi", "zhang-2020", "neuronal-loss-dg-ca3", "control", 13},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "all-cause-death",
                "control",
                {},
                {},
                {},
                47,
                767},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "all-cause-death",
                "treatment",
                {},
                {},
                {},
                53,
                922},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "non-death-attrition",
                "control",
                {},
                {},
                {},
                111,
                767},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "non-death-attrition",
                "treatment",
                {},
                {},
                {},
                80,
                922},
        ArmCase{
            "cochrane-2023-stroke", "cochrane-2023", "sae-people", "control", {}, {}, {}, 50, 668},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "sae-people",
                "treatment",
                {},
                {},
                {},
                58,
                667},
        ArmCase{
            "cochrane-2023-stroke", "cochrane-2023", "sae-fatal", "control", {}, {}, {}, 42, 668},
        ArmCase{
            "cochrane-2023-stroke", "cochrane-2023", "sae-fatal", "treatment", {}, {}, {}, 38, 667},
        ArmCase{
            "cochrane-2023-stroke", "cochrane-2023", "sae-nonfatal", "control", {}, {}, {}, 8, 668},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "sae-nonfatal",
                "treatment",
                {},
                {},
                {},
                20,
                667},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "adverse-events",
                "control",
                {},
                {},
                {},
                314,
                732},
        ArmCase{"cochrane-2023-stroke",
                "cochrane-2023",
                "adverse-events",
                "treatment",
                {},
                {},
                {},
                339,
                875}));

// Study-level numbers: N, centres and verified arm sizes; NULL where not verified.
struct StudyCase
{
    const char *slug;
    std::optional<qlonglong> enrolled{};
    std::optional<qlonglong> analysed{};
    std::optional<qlonglong> centres{};
};

std::ostream &operator<<(std::ostream &os, const StudyCase &c)
{
    return os << c.slug;
}

class StudyNumbers : public ::testing::TestWithParam<StudyCase>
{
};

TEST_P(StudyNumbers, ExactValues)
{
    const StudyCase &c = GetParam();
    const auto found =
        rows(QStringLiteral("SELECT n_enrolled, n_analysed, centres FROM study WHERE slug = ?"),
             {QString::fromUtf8(c.slug)});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(optionalInt(found.front()[0]), c.enrolled);
    EXPECT_EQ(optionalInt(found.front()[1]), c.analysed);
    EXPECT_EQ(optionalInt(found.front()[2]), c.centres);
}

INSTANTIATE_TEST_SUITE_P(
    Studies, StudyNumbers,
    ::testing::Values(StudyCase{"cars-meta-analysis", {}, 442},
                      StudyCase{"cars-1"}, // 205 or 208: not verified
                      StudyCase{"cars-2", 240, 231, 15}, StudyCase{"article-aphasia-trial"},
                      StudyCase{"escas", 132, 123}, StudyCase{"jianu-2010", 156},
                      StudyCase{"captain-i", 46}, StudyCase{"captain-ii", 142, 139, 1},
                      StudyCase{"captain-meta-analysis", {}, 185},
                      StudyCase{"chen-2013-mild-tbi", {}, 32}, StudyCase{"zhang-2020-rat-chi"},
                      StudyCase{"cochrane-2023-stroke", {}, 1773},
                      StudyCase{"bornstein-2018-meta-analysis", {}, 1879}));

struct ArmSizeCase
{
    const char *study;
    const char *role;
    std::optional<qlonglong> randomised{};
    std::optional<qlonglong> analysed{};
};

std::ostream &operator<<(std::ostream &os, const ArmSizeCase &c)
{
    return os << c.study << " / " << c.role;
}

class ArmSizes : public ::testing::TestWithParam<ArmSizeCase>
{
};

TEST_P(ArmSizes, ExactValues)
{
    const ArmSizeCase &c = GetParam();
    const auto found = rows(QStringLiteral("SELECT a.n_randomised, a.n_analysed FROM study_arm a "
                                           "JOIN study s ON s.id = a.study_id "
                                           "WHERE s.slug = ? AND a.role = ?"),
                            {QString::fromUtf8(c.study), QString::fromUtf8(c.role)});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(optionalInt(found.front()[0]), c.randomised);
    EXPECT_EQ(optionalInt(found.front()[1]), c.analysed);
}

INSTANTIATE_TEST_SUITE_P(Arms, ArmSizes,
                         ::testing::Values(ArmSizeCase{"cars-2", "treatment", 120},
                                           ArmSizeCase{"cars-2", "control", 120},
                                           ArmSizeCase{"captain-i", "treatment", 22},
                                           ArmSizeCase{"captain-i", "control", 24},
                                           ArmSizeCase{"jianu-2010", "treatment", {}, 52},
                                           ArmSizeCase{"jianu-2010", "control", {}, 104},
                                           ArmSizeCase{"zhang-2020-rat-chi", "treatment", 13},
                                           ArmSizeCase{"zhang-2020-rat-chi", "control", 13},
                                           // 16/16 is an assumption, not a fact.
                                           ArmSizeCase{"chen-2013-mild-tbi", "treatment"},
                                           ArmSizeCase{"chen-2013-mild-tbi", "control"}));

// Dosing statements and protocols, with the ranges exactly as stated.
struct DosingCase
{
    const char *slug;
    const char *origin;
    std::optional<double> volumeMin{};
    std::optional<double> volumeMax{};
    std::optional<double> mgMin{};
    std::optional<double> mgMax{};
    std::optional<qlonglong> daysMin{};
    std::optional<qlonglong> daysMax{};
};

std::ostream &operator<<(std::ostream &os, const DosingCase &c)
{
    return os << c.slug;
}

class DosingValues : public ::testing::TestWithParam<DosingCase>
{
};

TEST_P(DosingValues, ExactValues)
{
    const DosingCase &c = GetParam();
    const auto found = rows(QStringLiteral("SELECT origin, volume_ml_min, volume_ml_max, mg_min, "
                                           "mg_max, duration_days_min, duration_days_max "
                                           "FROM dosing_protocol WHERE slug = ?"),
                            {QString::fromUtf8(c.slug)});
    ASSERT_EQ(found.size(), 1u);
    const QVariantList &r = found.front();
    EXPECT_EQ(r[0].toString().toStdString(), c.origin);
    EXPECT_EQ(optionalDouble(r[1]), c.volumeMin);
    EXPECT_EQ(optionalDouble(r[2]), c.volumeMax);
    EXPECT_EQ(optionalDouble(r[3]), c.mgMin);
    EXPECT_EQ(optionalDouble(r[4]), c.mgMax);
    EXPECT_EQ(optionalInt(r[5]), c.daysMin);
    EXPECT_EQ(optionalInt(r[6]), c.daysMax);
}

INSTANTIATE_TEST_SUITE_P(
    Dosing, DosingValues,
    ::testing::Values(
        DosingCase{"article-standard-protocol", "reported", 5, 30, 215, 1290, 10, 20},
        DosingCase{"article-standard-protocol-mg-derived", "derived", 5, 30, 1076, 6456},
        DosingCase{"article-stated-mg-volume-derived", "derived", 1, 6, 215.2, 1291.2},
        DosingCase{"article-treatment-duration", "reported", {}, {}, {}, {}, 10, 30},
        DosingCase{"article-infusion-rate", "reported"}, DosingCase{"article-route", "reported"},
        DosingCase{"cars-meta-analysis-protocol", "reported", 30, 30, {}, {}, 21, 21},
        DosingCase{"captain-ii-protocol", "reported", 10, 50},
        DosingCase{"chen-2013-protocol", "reported", 30, 30, {}, {}, 5, 5},
        DosingCase{"zhang-2020-rat-protocol", "reported", 2.5, 2.5, {}, {}, 10, 10},
        DosingCase{"product-concentration", "reported", 1, 1, 215.2, 215.2}));

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

TEST(SeedNumbers, RouteAndSupervisionStatements)
{
    EXPECT_EQ(scalar(QStringLiteral("SELECT route FROM dosing_protocol WHERE slug = ?"),
                     {QStringLiteral("article-route")})
                  .toString(),
              QStringLiteral("iv_or_im"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT route FROM dosing_protocol WHERE slug = ?"),
                     {QStringLiteral("zhang-2020-rat-protocol")})
                  .toString(),
              QStringLiteral("ip"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT per_kg FROM dosing_protocol WHERE slug = ?"),
                     {QStringLiteral("zhang-2020-rat-protocol")})
                  .toInt(),
              1);
}

} // namespace

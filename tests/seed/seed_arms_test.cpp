// The bundled catalogue's arm-level numbers (each arm's summary of a result), each study's N
// and centres, and each arm's size, with their exact values; an omitted optional means the
// column must be NULL ("not reported"), so a number filled in without a source fails too.
#include "seedcatalogue.h"

#include <gtest/gtest.h>
#include <optional>

using namespace eb::seedtest;

namespace {

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

} // namespace

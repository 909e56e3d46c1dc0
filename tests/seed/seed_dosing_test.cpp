// The bundled catalogue's dosing statements and protocols: ranges, route and per-kg dosing
// exactly as stated; an omitted optional means the column must be NULL ("not stated").
#include "seedcatalogue.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

using namespace eb::seedtest;

namespace {

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

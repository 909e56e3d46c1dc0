// derivedValues(): what the detail pane and `evidence catalogue show` list under a result as
// derived by this program.
#include "evidence/derivedvalues.h"

#include <gtest/gtest.h>

using eb::catalogue::ResultRecord;
using eb::evidence::derivedValues;

namespace {

ResultRecord result(const char *metric, double estimate)
{
    ResultRecord r;
    r.metric = *eb::stats::metricFromKey(metric);
    r.estimate = estimate;
    return r;
}

QString valueOf(const eb::evidence::DerivedGroup &group, const char *label)
{
    for (const auto &value : group.values) {
        if (value.label == QLatin1String(label)) {
            return value.valueText;
        }
    }
    return QStringLiteral("<missing>");
}

} // namespace

TEST(DerivedValues, AnMwResultGetsDOrAndNnt)
{
    ResultRecord r = result("mw", 0.59);
    r.ciLow = 0.52;
    r.ciHigh = 0.66;
    const auto groups = derivedValues(r);
    ASSERT_EQ(groups.size(), 1);
    // d = sqrt(2) * PhiInv(0.59) = 0.32; OR = exp(d * pi / sqrt(3)) = 1.79; NNT = 1 / 0.18.
    EXPECT_EQ(valueOf(groups[0], "d"), QStringLiteral("0.32 (0.07 to 0.58)"));
    EXPECT_EQ(valueOf(groups[0], "OR"), QStringLiteral("1.79 (1.14 to 2.88)"));
    EXPECT_TRUE(valueOf(groups[0], "NNT").startsWith(QStringLiteral("NNTB 5.6")));
    EXPECT_FALSE(groups[0].assumesArmSizes);
}

TEST(DerivedValues, AConversionPastTheRangeOfADoubleIsNamedNotPrinted)
{
    // ln OR = 800: OR = exp(800) overflows a double.
    const auto groups = derivedValues(result("log_or", 800.0));
    ASSERT_FALSE(groups.isEmpty());
    EXPECT_EQ(valueOf(groups[0], "OR"), QStringLiteral("too extreme to show"));
    for (const auto &value : groups[0].values) {
        EXPECT_FALSE(value.valueText.contains(QStringLiteral("inf"))) << value.label.toStdString();
        EXPECT_FALSE(value.valueText.contains(QStringLiteral("nan"))) << value.label.toStdString();
    }
}

TEST(DerivedValues, APOnlyResultHasNone)
{
    ResultRecord r;
    r.metric = eb::stats::Metric::None;
    EXPECT_TRUE(derivedValues(r).isEmpty());
}

// The one formatting of numbers that the detail pane, the command line and the charts share.
#include "evidence/format.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace eb::evidence;
using eb::stats::NntResult;
using eb::stats::NntValue;

TEST(Format, PValueReadsTheSameWithAnEmptyOrAnEqualsOperator)
{
    const struct
    {
        std::optional<double> p;
        const char *op;
        const char *text; // formatP
        const char *cell; // formatPValueCell
    } cases[] = {
        {0.0119, "", "p = 0.0119", "0.0119"},
        {0.0119, "=", "p = 0.0119", "0.0119"},
        {0.0119, " = ", "p = 0.0119", "0.0119"},
        {0.0001, "<", "p < 0.0001", "< 0.0001"},
        {0.05, ">", "p > 0.05", "> 0.05"},
        {0.5, "≤", "p ≤ 0.5", "≤ 0.5"},
        {std::nullopt, "", "p not reported", "not reported"},
        {std::nullopt, "<", "p not reported", "not reported"},
    };
    for (const auto &c : cases) {
        const QString op = QString::fromUtf8(c.op);
        EXPECT_EQ(formatP(c.p, op), QString::fromUtf8(c.text)) << c.op;
        EXPECT_EQ(formatPValueCell(c.p, op), QString::fromUtf8(c.cell)) << c.op;
    }
}

TEST(Format, AComputedPValueIsRoundedAndBoundedBelow)
{
    EXPECT_EQ(formatComputedP(0.12), QStringLiteral("p = 0.120"));
    EXPECT_EQ(formatComputedP(0.001), QStringLiteral("p = 0.001"));
    EXPECT_EQ(formatComputedP(0.00099), QStringLiteral("p < 0.001"));
    EXPECT_EQ(formatComputedP(0), QStringLiteral("p < 0.001"));
    EXPECT_EQ(formatComputedP(1), QStringLiteral("p = 1.000"));
    EXPECT_EQ(formatComputedP(0.00002, 4), QStringLiteral("p < 0.0001"));
    EXPECT_FALSE(formatComputedP(std::numeric_limits<double>::quiet_NaN())
                     .contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

TEST(Format, EstimateWithItsIntervalOrNotReported)
{
    EXPECT_EQ(formatEstimate(0.59, 0.52, 0.66), QStringLiteral("0.59 (0.52 to 0.66)"));
    EXPECT_EQ(formatEstimate(0.59, std::nullopt, std::nullopt),
              QStringLiteral("0.59 (CI not reported)"));
    EXPECT_EQ(formatEstimate(std::nullopt, 0.52, 0.66), QStringLiteral("not reported"));
    EXPECT_EQ(notReported(), QStringLiteral("not reported"));
}

TEST(Format, ValuesNeverReadNanOrInf)
{
    const double values[] = {std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity()};
    for (double v : values) {
        for (const QString &text :
             {formatValue(v), formatChartNumber(v, 2), formatCiLevel(v), formatEstimate(v, v, v)}) {
            EXPECT_FALSE(text.contains(QStringLiteral("nan"), Qt::CaseInsensitive))
                << text.toStdString();
            EXPECT_FALSE(text.contains(QStringLiteral("inf"), Qt::CaseInsensitive))
                << text.toStdString();
        }
    }
    EXPECT_EQ(formatValue(442), QStringLiteral("442"));
    EXPECT_EQ(formatValue(0.0001), QStringLiteral("0.0001"));
    EXPECT_EQ(formatChartNumber(-0.001, 2), QStringLiteral("0.00"));
    EXPECT_EQ(formatChartNumber(-0.5, 2), QStringLiteral("−0.50"));
    EXPECT_EQ(formatChartNumber(1e300, 2), QStringLiteral("1.00e+300"));
}

TEST(Format, ConfidenceLevelIsPrintedAsGiven)
{
    const struct
    {
        double level;
        const char *text;
    } cases[] = {
        {95, "95"},   {97.5, "97.5"}, {99.9, "99.9"}, {99.9999999999, "99.9999999999"}, // not "100"
        {1.5, "1.5"},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(formatCiLevel(c.level), QLatin1String(c.text)) << c.text;
    }
}

TEST(Format, NntIsBoundedAndNeverInf)
{
    const struct
    {
        NntValue value;
        const char *text;
    } cases[] = {
        {{NntValue::Kind::Benefit, 7.14}, "NNTB 7.1"},
        {{NntValue::Kind::Harm, 12}, "NNTH 12.0"},
        {{NntValue::Kind::Infinite, 0}, "infinite"},
        {{NntValue::Kind::Benefit, 999999.9}, "NNTB 999999.9"},
        {{NntValue::Kind::Benefit, 1e6}, "NNTB > 10^6"},
        {{NntValue::Kind::Benefit, 1e62}, "NNTB > 10^6"}, // not a 63-digit integer
        {{NntValue::Kind::Harm, 1e300}, "NNTH > 10^6"},
        {{NntValue::Kind::Benefit, std::numeric_limits<double>::infinity()}, "NNTB > 10^6"},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(formatNnt(c.value), QLatin1String(c.text)) << c.text;
    }
}

TEST(Format, NntIntervalListsTheSmallerEndFirstOrPassesThroughInfinity)
{
    const auto nnt = [](double r, double lo, double hi) {
        auto result = eb::stats::nntFromDifference(r, lo, hi, "f", "a");
        EXPECT_TRUE(result.ok());
        return *result;
    };
    EXPECT_EQ(formatNntCi(nnt(0.2, 0.1, 0.25)), QStringLiteral("NNTB 4.0 to NNTB 10.0"));
    EXPECT_EQ(formatNntCi(nnt(-0.2, -0.25, -0.1)), QStringLiteral("NNTH 4.0 to NNTH 10.0"));
    EXPECT_EQ(formatNntCi(nnt(0.1, -0.05, 0.2)),
              QStringLiteral("NNTB 5.0 to infinity to NNTH 20.0"));
    EXPECT_EQ(formatNntCi(nnt(0.1, 1e-70, 0.2)), QStringLiteral("NNTB 5.0 to NNTB > 10^6"));
    EXPECT_EQ(formatNntCi(NntResult{}), QString());
    // The engine's own text agrees below the bound.
    const NntResult plain = nnt(0.2, 0.1, 0.25);
    EXPECT_EQ(formatNntCi(plain), QString::fromStdString(plain.ciText()));
    EXPECT_EQ(formatNnt(plain.estimate), QString::fromStdString(plain.estimate.text()));
}

TEST(Format, InputIsElidedToOneShortLine)
{
    EXPECT_EQ(elidedInput(QStringLiteral("abc")), QStringLiteral("abc"));
    EXPECT_EQ(elidedInput(QStringLiteral("a\nb\tc")), QStringLiteral("a b c"));
    const QString huge(1 << 20, QLatin1Char('x'));
    EXPECT_EQ(elidedInput(huge), QString(59, QLatin1Char('x')) + QStringLiteral("…"));
    const QString exact(60, QLatin1Char('y'));
    EXPECT_EQ(elidedInput(exact), exact);
    EXPECT_EQ(elidedInput(exact + QLatin1Char('z')).size(), 60);
    EXPECT_EQ(elidedInput(QStringLiteral("abcdef"), 4), QStringLiteral("abc…"));
}

#include "charts/axisscale.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace eb::charts::axisscale;

TEST(AxisScale, NiceStepRoundsUpToOneTwoTwoPointFiveOrFiveTimesAPowerOfTen)
{
    const struct
    {
        double raw;
        double expected;
    } cases[] = {
        {0.1, 0.1},
        {0.12, 0.2},
        {0.0162, 0.02},
        {0.23, 0.25},
        {0.3, 0.5},
        {0.07, 0.1},
        {1.0, 1.0},
        {1.5, 2.0},
        {2.4, 2.5},
        {4.0, 5.0},
        {6.0, 10.0},
        {1234, 2000},
        {0.108, 0.2},
        {0, 1.0},
        {-3, 1.0},
        {std::numeric_limits<double>::quiet_NaN(), 1.0},
        {std::numeric_limits<double>::infinity(), 1.0},
    };
    for (const auto &c : cases) {
        EXPECT_NEAR(niceStep(c.raw), c.expected, 1e-12 * std::max(1.0, c.expected))
            << "raw " << c.raw;
    }
}

TEST(AxisScale, DecimalsForStepAreTheFewestThatPrintEveryMultipleExactly)
{
    const struct
    {
        double step;
        int maxDecimals;
        int expected;
    } cases[] = {
        {1, 6, 0},       {100, 6, 0},  {0.5, 6, 1},
        {2.5, 6, 1},     {0.25, 6, 2}, {0.05, 6, 2},
        {0.0025, 6, 4},  {1e-7, 6, 6}, {0.0001, 4, 4},
        {0.00025, 4, 4}, {0.2, 4, 1},  {std::numeric_limits<double>::infinity(), 6, 0},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(decimalsForStep(c.step, c.maxDecimals), c.expected) << "step " << c.step;
    }
}

TEST(AxisScale, LogRangeSnapsOutwardToPowersOfTwoOrOneTwoFiveOrDecades)
{
    const struct
    {
        double low;
        double high;
        LogSnap snap;
        double base;
        double expectedLow;
        double expectedHigh;
    } cases[] = {
        {0.6, 1.7, LogSnap::OneTwoFive, 2, 0.5, 2},
        {0.5, 2, LogSnap::OneTwoFive, 2, 0.5, 2}, // already on powers of two
        {0.951, 3.68, LogSnap::OneTwoFive, 2, 0.5, 4},
        {0.6, 1.7, LogSnap::WholeDecades, 2, 0.5, 2}, // base 2 ignores the snap
        {0.3, 40, LogSnap::OneTwoFive, 10, 0.2, 50},
        {0.3, 40, LogSnap::WholeDecades, 10, 0.1, 100},
        {0.03, 3, LogSnap::OneTwoFive, 10, 0.02, 5},
        {0.03, 3, LogSnap::WholeDecades, 10, 0.01, 10},
        {0.01, 10, LogSnap::WholeDecades, 10, 0.01, 10},
        // Not a range: the default.
        {0, 1, LogSnap::OneTwoFive, 2, 0.5, 2},
        {2, 1, LogSnap::OneTwoFive, 2, 0.5, 2},
        {std::numeric_limits<double>::quiet_NaN(), 1, LogSnap::OneTwoFive, 2, 0.5, 2},
    };
    for (const auto &c : cases) {
        const LogRange r = logRange(c.low, c.high, c.snap);
        EXPECT_EQ(r.base, c.base) << c.low << " to " << c.high;
        EXPECT_NEAR(r.low, c.expectedLow, 1e-12) << c.low << " to " << c.high;
        EXPECT_NEAR(r.high, c.expectedHigh, 1e-9) << c.low << " to " << c.high;
    }
}

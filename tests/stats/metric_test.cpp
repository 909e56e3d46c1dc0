#include "stats/metric.h"

#include <gtest/gtest.h>

using eb::stats::Metric;

TEST(Metric, KeysRoundTrip)
{
    for (Metric m :
         {Metric::MannWhitney, Metric::CohensD, Metric::HedgesG, Metric::Smd, Metric::OddsRatio,
          Metric::LogOddsRatio, Metric::RiskRatio, Metric::LogRiskRatio, Metric::RiskDifference,
          Metric::MeanDifference, Metric::MeanChangeDifference, Metric::Nnt, Metric::None}) {
        const auto back = eb::stats::metricFromKey(eb::stats::metricKey(m));
        ASSERT_TRUE(back.has_value());
        EXPECT_EQ(*back, m);
    }
    EXPECT_FALSE(eb::stats::metricFromKey("auc").has_value());
}

TEST(Metric, NoEffectValues)
{
    EXPECT_DOUBLE_EQ(*eb::stats::noEffectValue(Metric::MannWhitney), 0.5);
    EXPECT_DOUBLE_EQ(*eb::stats::noEffectValue(Metric::RiskRatio), 1.0);
    EXPECT_DOUBLE_EQ(*eb::stats::noEffectValue(Metric::HedgesG), 0.0);
    EXPECT_FALSE(eb::stats::noEffectValue(Metric::Nnt).has_value());
    EXPECT_TRUE(eb::stats::isRatio(Metric::OddsRatio));
    EXPECT_FALSE(eb::stats::isRatio(Metric::LogOddsRatio));
}

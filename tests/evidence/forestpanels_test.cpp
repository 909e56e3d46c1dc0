// The Chart tab's panels: every result on its own scale, rows told apart by source, drawn once
// when two sources agree, sorted by time, converted only from arm summaries (marked derived),
// and footnotes in words. Hand-made records; the window tests check the bundled catalogue and
// tests/charts/chartpanels_test.cpp the drawn plots.
#include "../common/captainresult.h"
#include "evidence/forestpanels.h"
#include "model/records.h"

#include <gtest/gtest.h>

namespace {

using namespace eb;
using catalogue::ResultRecord;

ResultRecord result(qint64 id, const char *metric, std::optional<double> estimate,
                    std::optional<double> lo, std::optional<double> hi)
{
    return eb::testing::captainResult(id, metric, estimate, lo, hi);
}

ResultRecord harm(qint64 id, const char *study, double rr, double lo, double hi)
{
    ResultRecord r = result(id, "rr", rr, lo, hi);
    r.studySlug = QString::fromLatin1(study).toLower();
    r.studyName = QString::fromLatin1(study);
    r.outcomeSlug = QStringLiteral("sae-people");
    r.outcomeName = QStringLiteral("People with serious adverse events");
    r.outcomeDirection = QStringLiteral("lower_better");
    r.higherFavours = QStringLiteral("control");
    r.sourceShortLabel = QString::fromLatin1(study);
    return r;
}

TEST(ForestPanels, HarmRatiosGetTheirOwnPanelFavouringControlAbove1)
{
    ResultRecord none = harm(3, "Zhang 2017", 1, 1, 1);
    none.metric = stats::Metric::None;
    none.estimate.reset();
    none.ciLow.reset();
    none.ciHigh.reset();
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults(
        {harm(1, "Cochrane 2023", 1.16, 0.81, 1.66), harm(2, "Wang 2017", 1.2, 0.86, 1.66), none});
    ASSERT_EQ(panels.panels.size(), 1);
    const evidence::ForestSpec &spec = panels.panels.first();
    EXPECT_EQ(spec.metric, stats::Metric::RiskRatio);
    ASSERT_EQ(spec.rows.size(), 2);
    EXPECT_FALSE(spec.rows.at(0).favoursAboveNull);
    EXPECT_FALSE(spec.rows.at(1).favoursAboveNull);
    EXPECT_FALSE(spec.axisMin.has_value()); // a log axis snaps itself, whatever the width
    ASSERT_EQ(panels.notDrawn.size(), 1);
    const QString words = panels.notDrawn.first();
    EXPECT_TRUE(words.contains(QStringLiteral("Zhang 2017"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("no effect size reported")));
    for (const QString &key : {QStringLiteral("(rr)"), QStringLiteral("(none)"),
                               QStringLiteral("unnamed metric"), QStringLiteral("none")}) {
        EXPECT_FALSE(words.contains(key)) << words.toStdString();
    }
}

TEST(ForestPanels, OnePanelPerScaleAndDirection)
{
    ResultRecord benefit = result(1, "rr", 1.33, 0.79, 2.24);
    ResultRecord harmRr = harm(2, "CAPTAIN II", 1.2, 0.86, 1.66);
    ResultRecord mw = result(3, "mw", 0.59, 0.52, 0.66);
    ResultRecord oddsRatio = result(4, "or", 3.0, 1.76, 5.16);
    const evidence::ForestPanels panels =
        evidence::forestPanelsFromResults({benefit, harmRr, mw, oddsRatio});
    ASSERT_EQ(panels.panels.size(), 4);
    EXPECT_EQ(panels.panels.at(0).metric, stats::Metric::RiskRatio);
    EXPECT_TRUE(panels.panels.at(0).rows.first().favoursAboveNull);
    EXPECT_EQ(panels.panels.at(1).metric, stats::Metric::RiskRatio);
    EXPECT_FALSE(panels.panels.at(1).rows.first().favoursAboveNull);
    EXPECT_EQ(panels.panels.at(2).metric, stats::Metric::MannWhitney);
    EXPECT_EQ(panels.panels.at(3).metric, stats::Metric::OddsRatio);
    // Nothing converted: each value on its own scale.
    EXPECT_DOUBLE_EQ(*panels.panels.at(3).rows.first().estimate, 3.0);
    EXPECT_FALSE(panels.panels.at(3).rows.first().derived);
    EXPECT_TRUE(panels.notDrawn.isEmpty());
}

TEST(ForestPanels, TwoSourcesWithTheSameNumbersAreOneRowWithBothInTheTooltip)
{
    ResultRecord article = result(15, "mw", 0.59, 0.52, 0.66);
    article.sourceShortLabel = QStringLiteral("The article (secondary summary)");
    article.sourceSlug = QStringLiteral("article");
    const ResultRecord publication = result(16, "mw", 0.59, 0.52, 0.66);
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults({article, publication});
    ASSERT_EQ(panels.panels.size(), 1);
    ASSERT_EQ(panels.panels.first().rows.size(), 1);
    const evidence::ForestRow &row = panels.panels.first().rows.first();
    EXPECT_TRUE(row.note.contains(QStringLiteral("the article"))) << row.note.toStdString();
    EXPECT_TRUE(row.note.contains(QStringLiteral("Muresanu 2020")));
}

TEST(ForestPanels, TwoSourcesWithDifferentNumbersAreLabelledBySource)
{
    ResultRecord article = result(15, "mw", 0.60, 0.52, 0.66);
    article.sourceShortLabel = QStringLiteral("The article (secondary summary)");
    const ResultRecord publication = result(16, "mw", 0.59, 0.52, 0.66);
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults({article, publication});
    ASSERT_EQ(panels.panels.size(), 1);
    const QList<evidence::ForestRow> &rows = panels.panels.first().rows;
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).timepoint, QStringLiteral("day 90, the article"));
    EXPECT_EQ(rows.at(1).timepoint, QStringLiteral("day 90, Muresanu 2020"));
}

TEST(ForestPanels, TimePointsSortByTime)
{
    ResultRecord day90 = result(1, "mw", 0.59, 0.52, 0.66);
    ResultRecord day10 = result(2, "mw", 0.54, std::nullopt, std::nullopt);
    day10.timepoint = QStringLiteral("day 10");
    day10.timepointDays = 10;
    ResultRecord day30 = result(3, "mw", 0.576, std::nullopt, std::nullopt);
    day30.timepoint = QStringLiteral("day 30");
    day30.timepointDays = 30;
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults({day90, day30, day10});
    ASSERT_EQ(panels.panels.size(), 1);
    const QList<evidence::ForestRow> &rows = panels.panels.first().rows;
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows.at(0).timepoint.startsWith(QStringLiteral("day 10")));
    EXPECT_TRUE(rows.at(1).timepoint.startsWith(QStringLiteral("day 30")));
    EXPECT_TRUE(rows.at(2).timepoint.startsWith(QStringLiteral("day 90")));
}

TEST(ForestPanels, ArmSummariesAreDrawnAsADerivedMeanDifference)
{
    ResultRecord casi =
        result(24, "mean_change_difference", std::nullopt, std::nullopt, std::nullopt);
    casi.n = 32;
    catalogue::ArmSummaryRecord treatment;
    treatment.armRole = QStringLiteral("treatment");
    treatment.mean = 21.0;
    treatment.sd = 20.4;
    catalogue::ArmSummaryRecord control;
    control.armRole = QStringLiteral("control");
    control.mean = 7.6;
    control.sd = 12.1;
    casi.arms = {treatment, control};
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults({casi});
    ASSERT_EQ(panels.panels.size(), 1);
    const evidence::ForestSpec &spec = panels.panels.first();
    EXPECT_EQ(spec.metric, stats::Metric::MeanChangeDifference);
    ASSERT_EQ(spec.rows.size(), 1);
    const evidence::ForestRow &row = spec.rows.first();
    ASSERT_TRUE(row.estimate.has_value());
    EXPECT_NEAR(*row.estimate, 13.4, 1e-9);
    EXPECT_TRUE(row.derived);
    EXPECT_TRUE(row.derivation.contains(QStringLiteral("16"))) << row.derivation.toStdString();
    EXPECT_TRUE(row.derivation.contains(QStringLiteral("not reported")));
    EXPECT_TRUE(spec.footnote.contains(QStringLiteral("derived")));
    EXPECT_TRUE(panels.notDrawn.isEmpty());
    // A linear axis has fixed ends around every value and the no-effect line.
    ASSERT_TRUE(spec.axisMin && spec.axisMax);
    EXPECT_LT(*spec.axisMin, std::min(0.0, *row.ciLow));
    EXPECT_GT(*spec.axisMax, *row.ciHigh);
}

} // namespace

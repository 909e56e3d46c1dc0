// The distribution and time-course charts, and the glue that feeds charts from results.
#include "charts/chartexport.h"
#include "charts/distributionchart.h"
#include "charts/timecoursechart.h"
#include "evidence/distributiondata.h"
#include "evidence/forestdata.h"
#include "evidence/format.h"
#include "evidence/pooledrows.h"
#include "evidence/timecoursedata.h"
#include "model/records.h"

#include <QAreaSeries>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace eb::charts;
using namespace eb::evidence;
using eb::stats::Metric;

namespace {

QStringList texts(const QList<QGraphicsSimpleTextItem *> &items)
{
    QStringList list;
    for (auto *item : items) {
        list << item->text();
    }
    return list;
}

} // namespace

TEST(DistributionChart, ValuesFromTheEngineAreWrittenOnTheChart)
{
    QString error;
    const auto spec = distributionFor(Metric::MannWhitney, 0.62, &error);
    ASSERT_TRUE(spec.has_value()) << error.toStdString();
    // d = sqrt(2) * Phi^-1(0.62) = 0.4330
    EXPECT_NEAR(spec->d, std::sqrt(2.0) * 0.30548, 1e-3);
    DistributionChart chart(*spec);
    chart.resize(QSizeF(1000, 620));
    const QStringList all = texts(chart.textItems());
    for (const QString &expected : {QStringLiteral("MW = 0.62"), QStringLiteral("d = 0.43"),
                                    QStringLiteral("U3 = 66.7%"), QStringLiteral("OVL = 82.9%")}) {
        EXPECT_TRUE(all.contains(expected)) << expected.toStdString();
    }
    // NNT = 1 / (2 * 0.62 - 1) = 4.17
    EXPECT_TRUE(all.filter(QStringLiteral("NNT")).join(QString()).contains(QStringLiteral("4.2")));
}

TEST(DistributionChart, MeansSitAtZeroAndD)
{
    DistributionSpec spec;
    spec.d = 0.8;
    DistributionChart chart(spec);
    chart.resize(QSizeF(900, 600));
    const QRectF area = chart.plotArea();
    const QLineF control = chart.controlMeanLine()->line();
    const QLineF treatment = chart.treatmentMeanLine()->line();
    const double x0 = chart.valuePosition(0, 0).x();
    const double xd = chart.valuePosition(0.8, 0).x();
    EXPECT_NEAR(chart.controlMeanLine()->mapToScene(control.p1()).x(), x0, 1.0);
    EXPECT_NEAR(chart.treatmentMeanLine()->mapToScene(treatment.p1()).x(), xd, 1.0);
    // 0.8 SD apart on an axis of whole SDs.
    EXPECT_GT(xd - x0, 0.05 * area.width());
    EXPECT_NEAR(chart.controlMeanLine()->mapToScene(control.p1()).y(), area.bottom(), 1.0);
    // The overlap area is the smaller of the two densities: at x = d/2 both are equal.
    const auto points = chart.overlapSeries()->upperSeries()->points();
    ASSERT_FALSE(points.isEmpty());
    for (const QPointF &p : points) {
        const double c = std::exp(-p.x() * p.x() / 2) / std::sqrt(2 * M_PI);
        const double t = std::exp(-(p.x() - 0.8) * (p.x() - 0.8) / 2) / std::sqrt(2 * M_PI);
        EXPECT_NEAR(p.y(), std::min(c, t), 1e-12);
    }
}

TEST(DistributionChart, LabelsDoNotOverlapForSmallEffects)
{
    for (double d : {0.0, 0.05, -0.3, 2.5}) {
        DistributionSpec spec;
        spec.d = d;
        spec.mw = 0.5;
        spec.footnote = QStringLiteral("A long note on the assumptions that will wrap onto a "
                                       "second line of text at this width, to check wrapping.");
        DistributionChart chart(spec);
        chart.resize(QSizeF(700, 500));
        const auto items = chart.textItems();
        for (int i = 0; i < items.size(); ++i) {
            const QRectF a = items[i]->mapRectToScene(items[i]->boundingRect());
            EXPECT_TRUE(QRectF(0, 0, 700, 500).contains(a)) << items[i]->text().toStdString();
            for (int j = i + 1; j < items.size(); ++j) {
                const QRectF o = a.intersected(items[j]->mapRectToScene(items[j]->boundingRect()));
                EXPECT_FALSE(o.width() > 0.5 && o.height() > 0.5)
                    << items[i]->text().toStdString() << " / " << items[j]->text().toStdString()
                    << " d=" << d;
            }
        }
    }
}

TEST(DistributionChart, OutOfRangeInputIsRefused)
{
    QString error;
    EXPECT_FALSE(distributionFor(Metric::MannWhitney, 1.2, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(distributionFor(Metric::OddsRatio, -1, &error).has_value());
    EXPECT_FALSE(distributionFor(Metric::RiskDifference, 0.1, &error).has_value());
}

TEST(TimeCourseChart, PointsAreOrderedByDayAndDrawnWithTheirCi)
{
    TimeCourseSpec spec;
    spec.metric = Metric::MannWhitney;
    spec.points = {
        {QStringLiteral("NIHSS"), QStringLiteral("day 90"), 90, 0.6, 0.52, 0.68, false, {}},
        {QStringLiteral("NIHSS"), QStringLiteral("day 10"), 10, 0.55, 0.5, 0.6, false, {}},
        {QStringLiteral("NIHSS"),
         QStringLiteral("day 30"),
         30,
         0.58,
         std::nullopt,
         std::nullopt,
         true,
         {}}};
    TimeCourseChart chart(spec);
    chart.resize(QSizeF(900, 600));
    EXPECT_EQ(chart.timepoints(), (QStringList{QStringLiteral("day 10"), QStringLiteral("day 30"),
                                               QStringLiteral("day 90")}));
    EXPECT_LT(chart.pointPosition(1).x(), chart.pointPosition(2).x());
    EXPECT_LT(chart.pointPosition(2).x(), chart.pointPosition(0).x());
    // Higher MW is higher on the chart.
    EXPECT_LT(chart.pointPosition(0).y(), chart.pointPosition(1).y());
    // Two whiskers (day 30 has no CI), each with two caps: 6 segments.
    const QPainterPath path = chart.whiskers()->path();
    int moves = 0;
    for (int i = 0; i < path.elementCount(); ++i) {
        moves += path.elementAt(i).isMoveTo() ? 1 : 0;
    }
    EXPECT_EQ(moves, 6);
}

TEST(TimeCourseChart, TwoValuesOnOneSpotStayFilled)
{
    // One result reported by two sources: identical markers must not cancel out.
    TimeCourseSpec spec;
    spec.points = {
        {QStringLiteral("ARAT"), QStringLiteral("day 90"), 90, 0.6, 0.5, 0.7, false, {}},
        {QStringLiteral("ARAT"), QStringLiteral("day 90"), 90, 0.6, 0.5, 0.7, false, {}},
        {QStringLiteral("ARAT"), QStringLiteral("day 30"), 30, 0.55, 0.5, 0.6, false, {}}};
    TimeCourseChart chart(spec);
    chart.resize(QSizeF(800, 500));
    const QImage image = renderImage(chart, 96);
    const QPointF c = chart.pointPosition(0);
    const QColor colour = image.pixelColor(static_cast<int>(c.x()), static_cast<int>(c.y() - 2));
    EXPECT_LT(colour.lightness(), 200) << colour.name().toStdString();
}

TEST(DistributionChart, ADBeyondTheDrawableRangeKeepsItsTrueValueInTheLabels)
{
    QString error;
    const auto spec = distributionFor(Metric::CohensD, 8.0, &error);
    ASSERT_TRUE(spec.has_value()) << error.toStdString();
    ASSERT_GT(spec->d, kMaxDrawnD);
    DistributionChart chart(*spec);
    chart.resize(QSizeF(1000, 620));
    const QStringList all = texts(chart.textItems());
    // The value the engine computed, never the drawing limit.
    EXPECT_TRUE(all.contains(QStringLiteral("d = 8.00")))
        << all.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("d = 6.00")));
    // MW of d = 8 is Phi(8 / sqrt 2), 1.00 to two decimals.
    EXPECT_TRUE(all.contains(QStringLiteral("MW = 1.00")));
    // The curve is drawn at the edge, and the chart says so.
    const QLineF treatment = chart.treatmentMeanLine()->line();
    EXPECT_NEAR(chart.treatmentMeanLine()->mapToScene(treatment.p1()).x(),
                chart.valuePosition(kMaxDrawnD, 0).x(), 1.0);
    EXPECT_TRUE(all.join(QLatin1Char(' ')).contains(QStringLiteral("the true d is 8.00")))
        << all.join(QLatin1Char('|')).toStdString();
}

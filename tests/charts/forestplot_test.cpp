#include "chartfixtures.h"
#include "charts/forestplot.h"

#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QLogValueAxis>
#include <QValueAxis>
#include <cmath>
#include <gtest/gtest.h>

using namespace eb::charts;
using namespace eb::evidence;
using eb::charts::testing::segments;
using eb::charts::testing::smallMwSpec;

namespace {

// The x position of a value computed from the axis alone: its range and the plot area.
double axisX(const ForestPlot &plot, double value)
{
    const QRectF area = plot.plotArea();
    if (auto *log = qobject_cast<QLogValueAxis *>(plot.valueAxis())) {
        return area.left() +
               std::log(value / log->min()) / std::log(log->max() / log->min()) * area.width();
    }
    auto *axis = qobject_cast<QValueAxis *>(plot.valueAxis());
    return area.left() + (value - axis->min()) / (axis->max() - axis->min()) * area.width();
}

double rowY(const ForestPlot &plot, int slot)
{
    return plot.plotArea().top() + (slot + 0.5) * plot.rowPitch();
}

} // namespace

TEST(ForestPlot, WhiskerEndsSitOnTheAxisPositionsOfTheCiLimits)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    const auto lines = segments(plot.whiskers());
    ASSERT_EQ(lines.size(), 5u);
    ASSERT_EQ(plot.arrowCount(), 0);
    for (int row = 0; row < 5; ++row) {
        const ForestRow &r = plot.spec().rows.at(row);
        const int slot = plot.slotOfRow(row);
        const QLineF &line = lines.at(static_cast<std::size_t>(row)); // input order kept
        const double left = std::min(line.x1(), line.x2());
        const double right = std::max(line.x1(), line.x2());
        EXPECT_NEAR(left, axisX(plot, *r.ciLow), 1.0) << r.study.toStdString();
        EXPECT_NEAR(right, axisX(plot, *r.ciHigh), 1.0) << r.study.toStdString();
        // Qt Charts' own mapping agrees with the axis arithmetic.
        EXPECT_NEAR(left, plot.valuePosition(*r.ciLow, slot).x(), 1.0);
        EXPECT_NEAR(line.y1(), rowY(plot, slot), 1.0);
        const QRectF marker = plot.markerRect(row);
        EXPECT_NEAR(marker.center().x(), axisX(plot, *r.estimate), 1.0);
        EXPECT_NEAR(marker.center().y(), rowY(plot, slot), 1.0);
    }
}

TEST(ForestPlot, WhiskersFollowTheAxisAfterAResize)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    plot.resize(QSizeF(700, 900));
    const auto lines = segments(plot.whiskers());
    ASSERT_EQ(lines.size(), 5u);
    const ForestRow &r = plot.spec().rows.at(2);
    EXPECT_NEAR(std::max(lines[2].x1(), lines[2].x2()), axisX(plot, *r.ciHigh), 1.0);
    EXPECT_NEAR(lines[2].y1(), rowY(plot, plot.slotOfRow(2)), 1.0);
}

TEST(ForestPlot, NoEffectLineIsAtHalfForMw)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(900, 500));
    const QLineF line = plot.noEffectLine()->line();
    ASSERT_TRUE(plot.noEffectLine()->isVisible());
    const double x = plot.noEffectLine()->mapToScene(line.p1()).x();
    EXPECT_NEAR(x, axisX(plot, 0.5), 1.0);
    EXPECT_NEAR(plot.noEffectLine()->mapToScene(line.p1()).y(), plot.plotArea().top(), 1.0);
    EXPECT_NEAR(plot.noEffectLine()->mapToScene(line.p2()).y(), plot.plotArea().bottom(), 1.0);
}

TEST(ForestPlot, NoEffectLineIsAtZeroForD)
{
    ForestSpec spec = smallMwSpec();
    spec.metric = eb::stats::Metric::CohensD;
    for (ForestRow &row : spec.rows) {
        *row.estimate = (*row.estimate - 0.5) * 4;
        *row.ciLow = (*row.ciLow - 0.5) * 4;
        *row.ciHigh = (*row.ciHigh - 0.5) * 4;
    }
    ForestPlot plot(spec);
    plot.resize(QSizeF(900, 500));
    const double x = plot.noEffectLine()->mapToScene(plot.noEffectLine()->line().p1()).x();
    EXPECT_NEAR(x, axisX(plot, 0.0), 1.0);
    EXPECT_LT(plot.axisLow(), 0.0);
}

TEST(ForestPlot, RatiosUseALogAxisWithTheNoEffectLineAtOne)
{
    ForestSpec spec = smallMwSpec();
    spec.metric = eb::stats::Metric::OddsRatio;
    const double ors[][3] = {
        {1.5, 1.1, 2.0}, {0.8, 0.5, 1.3}, {2.5, 1.2, 5.2}, {1.0, 0.7, 1.4}, {3.0, 1.5, 6.0}};
    for (int i = 0; i < 5; ++i) {
        spec.rows[i].estimate = ors[i][0];
        spec.rows[i].ciLow = ors[i][1];
        spec.rows[i].ciHigh = ors[i][2];
    }
    ForestPlot plot(spec);
    plot.resize(QSizeF(900, 500));
    ASSERT_NE(qobject_cast<QLogValueAxis *>(plot.valueAxis()), nullptr);
    const double x = plot.noEffectLine()->mapToScene(plot.noEffectLine()->line().p1()).x();
    EXPECT_NEAR(x, axisX(plot, 1.0), 1.0);
    const auto lines = segments(plot.whiskers());
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_NEAR(lines[2].x1(), axisX(plot, 1.2), 1.0);
    EXPECT_NEAR(lines[2].x2(), axisX(plot, 5.2), 1.0);
    // Equal ratios are equal distances on a log axis: 0.5..1 is as wide as 1..2.
    EXPECT_NEAR(axisX(plot, 1.0) - axisX(plot, 0.5), axisX(plot, 2.0) - axisX(plot, 1.0), 0.01);
}

TEST(ForestPlot, PooledDiamondSpansThePooledCi)
{
    ForestSpec spec = smallMwSpec();
    PooledSummary pooled;
    pooled.estimate = 0.62;
    pooled.ciLow = 0.57;
    pooled.ciHigh = 0.67;
    pooled.piLow = 0.50;
    pooled.piHigh = 0.74;
    pooled.tau2 = 0.0123;
    pooled.i2 = 45.2;
    pooled.q = 7.3;
    pooled.qDf = 4;
    pooled.qP = 0.12;
    pooled.method = QStringLiteral("REML");
    spec.pooled = pooled;
    ForestPlot plot(spec);
    plot.resize(QSizeF(1000, 600));
    ASSERT_TRUE(plot.pooledDiamond()->isVisible());
    const QRectF diamond =
        plot.pooledDiamond()->mapRectToScene(plot.pooledDiamond()->boundingRect());
    // boundingRect includes half the pen width on each side.
    const double pen = plot.pooledDiamond()->pen().widthF() / 2;
    EXPECT_NEAR(diamond.left() + pen, axisX(plot, 0.57), 1.0);
    EXPECT_NEAR(diamond.right() - pen, axisX(plot, 0.67), 1.0);
    const QPolygonF polygon = plot.pooledDiamond()->polygon();
    double top = 1e9;
    double topX = 0;
    for (const QPointF &p : polygon) {
        if (p.y() < top) {
            top = p.y();
            topX = p.x();
        }
    }
    EXPECT_NEAR(plot.pooledDiamond()->mapToScene(QPointF(topX, top)).x(), axisX(plot, 0.62), 1.0);
    EXPECT_NEAR(diamond.center().y(), rowY(plot, plot.pooledSlot()), 1.0);
    // The prediction interval runs from piLow to piHigh on the pooled row.
    const auto pi = segments(plot.predictionInterval());
    ASSERT_FALSE(pi.empty());
    EXPECT_NEAR(pi[0].x1(), axisX(plot, 0.50), 1.0);
    EXPECT_NEAR(pi[0].x2(), axisX(plot, 0.74), 1.0);
    // The heterogeneity statistics are written under the plot.
    bool found = false;
    for (QGraphicsSimpleTextItem *item : plot.textItems()) {
        if (item->text().contains(QStringLiteral("I² = 45.2%")) &&
            item->text().contains(QStringLiteral("τ² = 0.0123")) &&
            item->text().contains(QStringLiteral("Q = 7.30 (df = 4)")) &&
            item->text().contains(QStringLiteral("p = 0.120"))) {
            found = item->mapToScene(item->boundingRect().topLeft()).y() > plot.plotArea().bottom();
        }
    }
    EXPECT_TRUE(found);
}

TEST(ForestPlot, ACiPastTheAxisEndsInAnArrow)
{
    ForestSpec spec = smallMwSpec();
    spec.axisMin = 0.5;
    spec.axisMax = 0.75;
    ForestPlot plot(spec);
    plot.resize(QSizeF(1000, 500));
    // Rows past the axis: CARS-2 (0.79 > 0.75), ESCAS (0.45 < 0.5), Jianu (0.50..0.82: right).
    EXPECT_EQ(plot.arrowCount(), 3);
    const QRectF area = plot.plotArea();
    const QRectF arrows = plot.arrows()->mapRectToScene(plot.arrows()->path().boundingRect());
    EXPECT_NEAR(arrows.left(), area.left(), 1.0);
    EXPECT_NEAR(arrows.right(), area.right(), 1.0);
    // Nothing is drawn outside the plot area: the whisker stops at the arrowhead.
    for (const QLineF &line : segments(plot.whiskers())) {
        EXPECT_GE(std::min(line.x1(), line.x2()), area.left() - 0.01);
        EXPECT_LE(std::max(line.x1(), line.x2()), area.right() + 0.01);
    }
    // An arrowhead sits on the CARS-2 row at the right edge.
    const double y = rowY(plot, plot.slotOfRow(1));
    EXPECT_TRUE(
        plot.arrows()->path().contains(plot.arrows()->mapFromScene(QPointF(area.right() - 2, y))));
}

TEST(ForestPlot, ACiInsideTheAxisHasNoArrow)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    EXPECT_EQ(plot.arrowCount(), 0);
    EXPECT_TRUE(plot.arrows()->path().isEmpty());
}

TEST(ForestPlot, FortyRowsWithLongNamesHaveNoOverlappingLabels)
{
    ForestSpec spec;
    spec.metric = eb::stats::Metric::MannWhitney;
    spec.title = QStringLiteral("Forty rows");
    for (int i = 0; i < 42; ++i) {
        ForestRow row;
        row.study = QStringLiteral("A very long study name that goes on and on, number %1 of a "
                                   "multicentre randomised trial")
                        .arg(i);
        row.outcome =
            QStringLiteral("Modified Rankin Scale shift analysis with a long name %1").arg(i);
        row.timepoint = QStringLiteral("day %1").arg(10 * i);
        row.n = 100 + i;
        row.estimate = 0.5 + 0.004 * i;
        row.ciLow = *row.estimate - 0.1;
        row.ciHigh = *row.estimate + 0.1;
        row.derived = i % 3 == 0;
        spec.rows << row;
    }
    spec.showBenchmarks = true;
    spec.benchmarks = {{0.56, 0.64, 1, QStringLiteral("Small")},
                       {0.64, 0.71, 2, QStringLiteral("Medium")}};
    spec.footnote = QStringLiteral("Derived rows assume normal distributions with equal "
                                   "variances in both arms; see the statistics guide.");
    for (const QSizeF size : {QSizeF(1200, 1100), QSizeF(800, 1000), QSizeF(1600, 600)}) {
        ForestPlot plot(spec);
        plot.resize(size);
        const auto texts = plot.textItems();
        ASSERT_GT(texts.size(), 40);
        std::vector<QRectF> boxes;
        for (QGraphicsSimpleTextItem *item : texts) {
            boxes.push_back(item->mapRectToScene(item->boundingRect()));
        }
        const QRectF image(QPointF(0, 0), size);
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            EXPECT_TRUE(image.contains(boxes[i]))
                << texts[static_cast<qsizetype>(i)]->text().toStdString();
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const QRectF overlap = boxes[i].intersected(boxes[j]);
                EXPECT_FALSE(overlap.width() > 0.5 && overlap.height() > 0.5)
                    << texts[static_cast<qsizetype>(i)]->text().toStdString() << " / "
                    << texts[static_cast<qsizetype>(j)]->text().toStdString() << " at "
                    << size.width() << "x" << size.height();
            }
            // Labels stay left of the plot or right of it, never over the whiskers.
            const QRectF area = plot.plotArea();
            if (boxes[i].top() >= area.top() && boxes[i].bottom() <= area.bottom()) {
                EXPECT_TRUE(boxes[i].right() <= area.left() + 0.5 ||
                            boxes[i].left() >= area.right() - 0.5)
                    << texts[static_cast<qsizetype>(i)]->text().toStdString();
            }
        }
    }
}

TEST(ForestPlot, CrowdedRowsThinTheLabelsButKeepEveryMarker)
{
    ForestSpec spec;
    for (int i = 0; i < 1000; ++i) {
        ForestRow row;
        row.study = QStringLiteral("Study %1").arg(i);
        row.estimate = 0.4 + 0.0002 * i;
        row.ciLow = *row.estimate - 0.05;
        row.ciHigh = *row.estimate + 0.05;
        spec.rows << row;
    }
    ForestPlot plot(spec);
    plot.resize(QSizeF(1200, 1500));
    EXPECT_LT(plot.rowPitch(), 2.0);
    EXPECT_EQ(segments(plot.whiskers()).size(), 1000u);
    int studyLabels = 0;
    std::vector<QRectF> boxes;
    for (QGraphicsSimpleTextItem *item : plot.textItems()) {
        if (item->text().startsWith(QStringLiteral("Study "))) {
            ++studyLabels;
            boxes.push_back(item->mapRectToScene(item->boundingRect()));
        }
    }
    EXPECT_GT(studyLabels, 20);
    EXPECT_LT(studyLabels, 200);
    for (std::size_t i = 1; i < boxes.size(); ++i) {
        EXPECT_GE(boxes[i].top(), boxes[i - 1].bottom() - 0.5);
    }
    EXPECT_GT(plot.naturalSize(1200).height(), 1000 * plot.rowPitch() * 5);
}

TEST(ForestPlot, SortsByEffectWeightYearAndName)
{
    ForestSpec spec = smallMwSpec();
    spec.sort = ForestSort::Effect;
    {
        ForestPlot plot(spec);
        // 0.55 ESCAS, 0.59 CAPTAIN II, 0.60 CARS-1, 0.66 Jianu, 0.71 CARS-2
        EXPECT_LT(plot.slotOfRow(3), plot.slotOfRow(2));
        EXPECT_LT(plot.slotOfRow(2), plot.slotOfRow(0));
        EXPECT_LT(plot.slotOfRow(0), plot.slotOfRow(4));
        EXPECT_LT(plot.slotOfRow(4), plot.slotOfRow(1));
    }
    spec.sort = ForestSort::Weight;
    {
        ForestPlot plot(spec);
        EXPECT_EQ(plot.slotOfRow(0), 0); // weight 30
        EXPECT_EQ(plot.slotOfRow(4), 4); // weight 10
    }
    spec.sort = ForestSort::Name;
    {
        ForestPlot plot(spec);
        EXPECT_EQ(plot.slotOfRow(2), 0); // CAPTAIN II
        EXPECT_EQ(plot.slotOfRow(4), 4); // Jianu 2010
    }
    spec.sort = ForestSort::Year;
    spec.rows[4].year = 1999;
    {
        ForestPlot plot(spec);
        EXPECT_EQ(plot.slotOfRow(4), 0);
    }
}

TEST(ForestPlot, DerivedRowsAreHollowAndReportedRowsFilled)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    const QRectF derived = plot.markerRect(3);
    const QRectF reported = plot.markerRect(0);
    ASSERT_FALSE(derived.isEmpty());
    EXPECT_TRUE(plot.derivedMarkers()->path().contains(
        plot.derivedMarkers()->mapFromScene(derived.center())));
    EXPECT_FALSE(plot.reportedMarkers()->path().contains(
        plot.reportedMarkers()->mapFromScene(derived.center())));
    EXPECT_TRUE(plot.reportedMarkers()->path().contains(
        plot.reportedMarkers()->mapFromScene(reported.center())));
    EXPECT_EQ(plot.derivedMarkers()->brush().color(), QColor(Qt::white));
    // Markers are sized by weight: 30% is larger than 10%.
    EXPECT_GT(plot.markerRect(0).width(), plot.markerRect(4).width());
}

TEST(ForestPlot, FavoursLabelsFollowTheDirectionOfBenefit)
{
    const auto favourTexts = [](const ForestSpec &spec) {
        ForestPlot plot(spec);
        plot.resize(QSizeF(1000, 500));
        QStringList texts;
        for (QGraphicsSimpleTextItem *item : plot.textItems()) {
            if (item->text().contains(QStringLiteral("Favours"))) {
                texts << item->text();
            }
        }
        return texts;
    };
    ForestSpec spec = smallMwSpec();
    const QStringList up = favourTexts(spec);
    ASSERT_EQ(up.size(), 2);
    EXPECT_TRUE(up[0].contains(QStringLiteral("control")));
    EXPECT_TRUE(up[1].contains(QStringLiteral("Cerebrolysin")));
    for (ForestRow &row : spec.rows) {
        row.favoursAboveNull = false;
    }
    const QStringList down = favourTexts(spec);
    ASSERT_EQ(down.size(), 2);
    EXPECT_TRUE(down[0].contains(QStringLiteral("Cerebrolysin")));
    EXPECT_TRUE(down[1].contains(QStringLiteral("control")));
}

TEST(ForestPlot, BadValuesAreNotDrawnAndDoNotCrash)
{
    ForestSpec spec = smallMwSpec();
    spec.rows[0].estimate = std::nan("");
    spec.rows[1].ciLow = INFINITY;
    spec.rows[2].ciLow = 0.7; // above its upper limit
    spec.metric = eb::stats::Metric::MannWhitney;
    ForestPlot plot(spec);
    plot.resize(QSizeF(800, 400));
    EXPECT_TRUE(plot.markerRect(0).isEmpty());
    EXPECT_EQ(segments(plot.whiskers()).size(), 3u); // rows 0, 3 and 4 keep a whisker
    for (QGraphicsSimpleTextItem *item : plot.textItems()) {
        EXPECT_FALSE(item->text().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
        EXPECT_FALSE(item->text().contains(QStringLiteral("inf"), Qt::CaseInsensitive));
    }
}

TEST(ForestPlot, GroupsListRowsUnderTheirHeadings)
{
    ForestSpec spec = smallMwSpec();
    spec.groupRows = true;
    spec.rows[0].group = QStringLiteral("Motor");
    spec.rows[1].group = QStringLiteral("Cognitive");
    spec.rows[2].group = QStringLiteral("Motor");
    spec.rows[3].group = QStringLiteral("Cognitive");
    spec.rows[4].group = QStringLiteral("Motor");
    ForestPlot plot(spec);
    const auto &rowSlots = plot.rowSlots();
    ASSERT_EQ(rowSlots.size(), 7u);
    EXPECT_EQ(rowSlots[0].kind, ForestPlot::Slot::Kind::Group);
    EXPECT_EQ(rowSlots[0].text, QStringLiteral("Motor"));
    EXPECT_EQ(rowSlots[4].text, QStringLiteral("Cognitive"));
    EXPECT_EQ(plot.slotOfRow(4), 3);
}

TEST(ForestPlot, AWeightUnderATenthOfAPercentIsNotShownAsZero)
{
    ForestSpec spec = smallMwSpec();
    spec.rows[0].weight = 0.02; // a row of a pool of 5,000
    spec.rows[1].weight = 0.0;  // none at all
    spec.rows[2].weight = 0.05; // rounds to 0.1
    ForestPlot plot(spec);
    plot.resize(QSizeF(1000, 600));
    QStringList texts;
    for (QGraphicsSimpleTextItem *item : plot.textItems()) {
        texts << item->text();
    }
    EXPECT_EQ(texts.count(QStringLiteral("<0.1%")), 1) << texts.join(u' ').toStdString();
    EXPECT_EQ(texts.count(QStringLiteral("0.0%")), 1) << texts.join(u' ').toStdString();
    EXPECT_EQ(texts.count(QStringLiteral("0.1%")), 1) << texts.join(u' ').toStdString();
}

TEST(ForestPlot, ToolTipNamesTheRowAndItsProvenance)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    const QString tip = plot.toolTipAt(plot.markerRect(3).center());
    EXPECT_TRUE(tip.contains(QStringLiteral("ESCAS")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Derived")));
    EXPECT_TRUE(tip.contains(QStringLiteral("0.55 [0.45, 0.65]")));
    EXPECT_TRUE(plot.toolTipAt(QPointF(5, 5)).isEmpty());
}

TEST(ForestPlot, EmptyAndTinyPlotsDoNotCrash)
{
    for (const double scale : {0.5, 1.0, 4.0}) {
        ForestSpec empty;
        empty.fontScale = scale;
        ForestPlot none(empty);
        none.resize(QSizeF(300, 200));
        EXPECT_TRUE(none.whiskers()->path().isEmpty());
        ForestSpec spec = smallMwSpec();
        spec.fontScale = scale;
        ForestPlot plot(spec);
        for (const QSizeF size : {QSizeF(200, 150), QSizeF(50, 50), QSizeF(4000, 100)}) {
            plot.resize(size);
            EXPECT_GT(plot.plotArea().width(), 0);
            EXPECT_GT(plot.rowPitch(), 0);
        }
    }
}

TEST(ForestPlot, LectureHallFontsStillKeepLabelsApart)
{
    ForestSpec spec = smallMwSpec();
    spec.fontScale = 2.5;
    ForestPlot plot(spec);
    plot.resize(plot.naturalSize(1600));
    const auto texts = plot.textItems();
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF a = texts[i]->mapRectToScene(texts[i]->boundingRect());
        EXPECT_TRUE(QRectF(QPointF(0, 0), plot.size()).contains(a))
            << texts[i]->text().toStdString();
        if (texts[i]->text() == QStringLiteral("CARS-1")) {
            EXPECT_GE(texts[i]->font().pixelSize(), 32); // 13 px body text times 2.5
        }
        for (int j = i + 1; j < texts.size(); ++j) {
            const QRectF o = a.intersected(texts[j]->mapRectToScene(texts[j]->boundingRect()));
            EXPECT_FALSE(o.width() > 0.5 && o.height() > 0.5)
                << texts[i]->text().toStdString() << " / " << texts[j]->text().toStdString();
        }
    }
}

// One study's results in a narrow pane (the GUI's Chart tab): the study and outcome columns
// say the same on every row, so they go before the timepoint, which tells the rows apart.
TEST(ForestPlot, ANarrowOneStudyPlotKeepsTheColumnThatTellsRowsApart)
{
    ForestSpec spec;
    spec.metric = eb::stats::Metric::MannWhitney;
    spec.title = QStringLiteral("CAPTAIN II: results on the MW scale");
    for (const auto &[day, mw] : {std::pair{10, 0.54}, {30, 0.576}, {90, 0.59}}) {
        ForestRow row;
        row.study = QStringLiteral("CAPTAIN II");
        row.outcome = QStringLiteral("CAPTAIN ensemble of outcome scales (13 in CAPTAIN II)");
        row.timepoint = QStringLiteral("day %1").arg(day);
        row.estimate = mw;
        spec.rows << row;
    }
    ForestPlot plot(spec);
    plot.resize(QSizeF(560, 420));
    QStringList texts;
    for (QGraphicsSimpleTextItem *item : plot.textItems()) {
        texts << item->text();
    }
    for (const char *day : {"day 10", "day 30", "day 90"}) {
        EXPECT_TRUE(texts.contains(QLatin1String(day)))
            << day << " in " << texts.join(QLatin1String(" | ")).toStdString();
    }
}

TEST(ForestPlot, AHugeValueHasACompactLabelThatOverlapsNothing)
{
    ForestSpec spec;
    spec.metric = eb::stats::Metric::CohensD;
    spec.title = QStringLiteral("A row of 1e300");
    ForestRow normal;
    normal.study = QStringLiteral("Normal");
    normal.estimate = 0.3;
    normal.ciLow = 0.1;
    normal.ciHigh = 0.5;
    ForestRow huge;
    huge.study = QStringLiteral("Huge");
    huge.estimate = 1e300;
    huge.ciLow = 1e299;
    huge.ciHigh = 2e300;
    spec.rows << normal << huge;
    for (const QSizeF size : {QSizeF(1200, 300), QSizeF(700, 300)}) {
        ForestPlot plot(spec);
        plot.resize(size);
        const auto texts = plot.textItems();
        std::vector<QRectF> boxes;
        bool compact = false;
        for (QGraphicsSimpleTextItem *item : texts) {
            boxes.push_back(item->mapRectToScene(item->boundingRect()));
            EXPECT_LT(item->text().size(), 60) << item->text().toStdString();
            EXPECT_FALSE(item->text().contains(QStringLiteral("inf")));
            compact = compact || item->text().contains(QStringLiteral("1.00e+300"));
        }
        EXPECT_TRUE(compact);
        const QRectF image(QPointF(0, 0), size);
        const QRectF area = plot.plotArea();
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const std::string text = texts[static_cast<qsizetype>(i)]->text().toStdString();
            EXPECT_TRUE(image.contains(boxes[i])) << text;
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const QRectF overlap = boxes[i].intersected(boxes[j]);
                EXPECT_FALSE(overlap.width() > 0.5 && overlap.height() > 0.5)
                    << text << " / " << texts[static_cast<qsizetype>(j)]->text().toStdString();
            }
            if (boxes[i].top() >= area.top() && boxes[i].bottom() <= area.bottom()) {
                EXPECT_TRUE(boxes[i].right() <= area.left() + 0.5 ||
                            boxes[i].left() >= area.right() - 0.5)
                    << text;
            }
        }
        // The axis's own tick labels: %g beyond a million, not hundreds of digits.
        auto *axis = qobject_cast<QValueAxis *>(plot.valueAxis());
        ASSERT_NE(axis, nullptr);
        EXPECT_TRUE(axis->labelFormat().contains(QLatin1Char('g')))
            << axis->labelFormat().toStdString();
    }
}

TEST(ForestPlot, AReportedEstimateWithAComputedCiSaysSoInItsToolTip)
{
    ForestSpec spec = smallMwSpec();
    spec.rows[0].derived = false;
    spec.rows[0].derivation = QStringLiteral("95% CI computed from vi: yi ± 1.96·√vi");
    ForestPlot plot(spec);
    plot.resize(QSizeF(1000, 500));
    const QString tip = plot.toolTipAt(plot.markerRect(0).center());
    EXPECT_TRUE(tip.contains(QStringLiteral("Estimate reported by the source")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("CI computed from vi"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("Derived")));
}

// Issue 8: in the Chart tab's narrow pane (1280x800 window), a long study name takes two
// lines instead of being elided ("Cochrane review 2023 (st…").
TEST(ForestPlotLabels, ALongLabelWrapsToTwoLinesInANarrowPane)
{
    eb::evidence::ForestSpec spec;
    spec.metric = eb::stats::Metric::RiskRatio;
    for (const char *name : {"Cochrane review 2023 (stroke)", "Wang 2017 meta-analysis"}) {
        eb::evidence::ForestRow row;
        row.study = QString::fromUtf8(name);
        row.estimate = 1.2;
        row.ciLow = 0.86;
        row.ciHigh = 1.66;
        row.favoursAboveNull = false;
        spec.rows << row;
    }
    eb::charts::ForestPlot plot(spec);
    plot.resize(QSizeF(470, 360)); // the two rows of the SAE chart in the pane at 1280x800
    QStringList texts;
    for (const QGraphicsSimpleTextItem *item : plot.textItems()) {
        texts << item->text();
    }
    const QString all = texts.join(QLatin1Char('|'));
    EXPECT_FALSE(all.contains(QStringLiteral("Cochrane review 2023 (st…"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Cochrane revie…"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("2023 (stroke)"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("meta-analysis"))) << all.toStdString();
}

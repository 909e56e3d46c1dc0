// The Chart tab's panels as drawn: a linear axis keeps its range when the pane is resized, and
// a row's tooltip wraps at a readable width (tests/evidence/forestpanels_test.cpp checks the
// panels themselves).
#include "../common/captainresult.h"
#include "charts/chartview.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "evidence/forestpanels.h"
#include "model/records.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using catalogue::ResultRecord;

ResultRecord result(qint64 id, const char *metric, std::optional<double> estimate,
                    std::optional<double> lo, std::optional<double> hi)
{
    return eb::testing::captainResult(id, metric, estimate, lo, hi);
}

TEST(ChartPanels, TheLinearAxisKeepsItsRangeWhenThePaneIsResized)
{
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults(
        {result(1, "mw", 0.59, 0.52, 0.66), result(2, "mw", 0.7, 0.62, 0.79)});
    ASSERT_EQ(panels.panels.size(), 1);
    charts::ForestPlotView view;
    view.setSpec(panels.panels.first());
    view.resize(900, 500);
    view.show();
    QApplication::processEvents();
    const double low = view.forestPlot()->axisLow();
    const double high = view.forestPlot()->axisHigh();
    EXPECT_LT(low, 0.5);
    EXPECT_GT(high, 0.79);
    for (int width : {420, 640, 1400}) {
        view.resize(width, 500);
        QApplication::processEvents();
        EXPECT_DOUBLE_EQ(view.forestPlot()->axisLow(), low) << width;
        EXPECT_DOUBLE_EQ(view.forestPlot()->axisHigh(), high) << width;
    }
}

TEST(ChartView, TooltipsWrapAtAReadableWidth)
{
    const QString longText = QStringLiteral("CAPTAIN II · day 90\n") +
                             QStringLiteral("a long quote that goes on and on ").repeated(12);
    const QString rich = charts::toolTipRichText(longText);
    EXPECT_TRUE(Qt::mightBeRichText(rich));
    EXPECT_TRUE(rich.contains(QStringLiteral("<br/>")));
    EXPECT_FALSE(
        charts::toolTipRichText(QStringLiteral("<b>x</b>")).contains(QStringLiteral("<b>")));

    ResultRecord r = result(1, "mw", 0.59, 0.52, 0.66);
    r.quote = longText;
    const evidence::ForestPanels panels = evidence::forestPanelsFromResults({r});
    charts::ForestPlotView view;
    view.setSpec(panels.panels.first());
    view.resize(900, 500);
    view.show();
    QApplication::processEvents();
    const QPoint pos = view.mapFromScene(view.forestPlot()->markerRect(0).center());
    QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &help);
    QLabel *tip = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible()) {
            tip = qobject_cast<QLabel *>(w);
        }
    }
    ASSERT_NE(tip, nullptr);
    EXPECT_TRUE(tip->wordWrap());
    const int readable = QFontMetrics(tip->font()).averageCharWidth() * 90;
    EXPECT_LE(tip->width(), readable);
    EXPECT_GT(tip->height(), 3 * QFontMetrics(tip->font()).height()); // wrapped, not one line
    QToolTip::hideText();
}

} // namespace

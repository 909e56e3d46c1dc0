// The widgets the main window embeds: a 1,000-row forest plot scrolls and answers tooltips
// from the row under the mouse.
#include "charts/forestplot.h"
#include "charts/forestplotview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QToolTip>
#include <gtest/gtest.h>

using namespace eb::charts;
using namespace eb::evidence;

namespace {

ForestSpec manyRows(int count)
{
    ForestSpec spec;
    for (int i = 0; i < count; ++i) {
        ForestRow row;
        row.study = QStringLiteral("Study %1").arg(i);
        row.estimate = 0.5 + 0.0001 * i;
        row.ciLow = *row.estimate - 0.05;
        row.ciHigh = *row.estimate + 0.05;
        spec.rows << row;
    }
    return spec;
}

} // namespace

TEST(ForestPlotView, AThousandRowsScrollAtReadableRowHeight)
{
    ForestPlotView view;
    view.resize(900, 600);
    view.setSpec(manyRows(1000));
    view.show();
    QApplication::processEvents();
    ForestPlot *plot = view.forestPlot();
    ASSERT_NE(plot, nullptr);
    // Natural height: every row gets a readable line, so the view scrolls.
    EXPECT_GT(plot->rowPitch(), 15.0);
    EXPECT_GT(plot->size().height(), 1000 * 15.0);
    EXPECT_GT(view.verticalScrollBar()->maximum(), 10000);
    // Every row keeps its label at this pitch.
    int labels = 0;
    for (auto *item : plot->textItems()) {
        labels += item->text().startsWith(QStringLiteral("Study ")) ? 1 : 0;
    }
    EXPECT_EQ(labels, 1000);
    // The figure follows the view's width.
    view.resize(1200, 600);
    QApplication::processEvents();
    EXPECT_GT(plot->size().width(), 1000);
}

TEST(ForestPlotView, TooltipNamesTheRowUnderTheMouse)
{
    ForestPlotView view;
    view.resize(900, 600);
    view.setSpec(manyRows(1000));
    view.show();
    QApplication::processEvents();
    ForestPlot *plot = view.forestPlot();
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    QApplication::processEvents();
    // Find a row visible after scrolling and hover over its marker.
    const QPointF sceneTop = view.mapToScene(QPoint(0, 100));
    int row = -1;
    for (int r = 0; r < 1000; ++r) {
        if (plot->markerRect(r).top() > sceneTop.y()) {
            row = r;
            break;
        }
    }
    ASSERT_GE(row, 0);
    const QPoint pos = view.mapFromScene(plot->markerRect(row).center());
    EXPECT_TRUE(
        plot->toolTipAt(view.mapToScene(pos)).contains(QStringLiteral("Study %1").arg(row)));
    QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &help);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Study %1").arg(row)))
        << QToolTip::text().toStdString();
}

TEST(DistributionView, FillsTheView)
{
    DistributionView view;
    view.resize(800, 500);
    DistributionSpec spec;
    spec.d = 0.5;
    view.setSpec(spec);
    view.show();
    QApplication::processEvents();
    ASSERT_NE(view.figure(), nullptr);
    EXPECT_NEAR(view.figure()->size().height(), view.maximumViewportSize().height(), 1.0);
}

// The reading window's Chart tab and detail pane, issue 8's last gaps: Export Chart writes
// every panel, the detail pane lists a study's results in the charts' time order.
#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "gui/chart/chartpane.h"
#include "gui/detail/detailview.h"
#include "gui/detail/recordpage.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "windowtest.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;

class ReadingChartTest : public test::WindowTest
{
protected:
    ReadingChartTest() : WindowTest(catalogue::OpenMode::ReadOnly) {}

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        QApplication::setActiveWindow(m_window.get());
    }

    QString exportedSvg(const QString &slug, bool showChartFirst)
    {
        EXPECT_TRUE(m_window->selectRecord(Section::Studies, slug)) << qPrintable(slug);
        if (showChartFirst) {
            m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
            QApplication::processEvents();
        }
        const QString file = m_dir.filePath(slug + QStringLiteral(".svg"));
        QString error;
        EXPECT_TRUE(m_window->exportChart(file, &error)) << qPrintable(error);
        QFile svg(file);
        EXPECT_TRUE(svg.open(QIODevice::ReadOnly));
        // The SVG's text with its markup dropped: a title that wraps onto two lines reads
        // as one sentence again.
        QString text = QString::fromUtf8(svg.readAll());
        text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
        return text.simplified();
    }
};

TEST_F(ReadingChartTest, ExportChartWritesEveryPanel)
{
    // CARS meta-analysis: an MW panel and an NNT panel, both in the one file.
    const QString cars = exportedSvg(QStringLiteral("cars-meta-analysis"), true);
    EXPECT_EQ(m_window->chartPane()->forestViews().size(), 2);
    EXPECT_TRUE(cars.contains(QStringLiteral("Mann-Whitney effect size (MW)")));
    EXPECT_TRUE(cars.contains(QStringLiteral("Number needed to treat")));

    // Wang 2017, never shown on screen before the export: both RR panels.
    const QString wang = exportedSvg(QStringLiteral("wang-2017-meta-analysis"), false);
    EXPECT_TRUE(wang.contains(QStringLiteral("higher value favours Cerebrolysin")));
    EXPECT_TRUE(wang.contains(QStringLiteral("higher value favours control")));
    EXPECT_GE(wang.count(QStringLiteral("Risk ratio (log scale)")), 4); // 2 titles, 2 axes
}

TEST_F(ReadingChartTest, TheDetailPaneListsAStudysResultsByTime)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    QApplication::processEvents();
    const QString whole = m_window->detailView()->document()->toPlainText();
    // The results table, from its "Time point" heading (the study's description above it may
    // name time points too).
    const qsizetype table = whole.indexOf(QStringLiteral("Time point"));
    ASSERT_GE(table, 0) << qPrintable(whole.left(3000));
    const QString text = whole.mid(table);
    const qsizetype day10 = text.indexOf(QStringLiteral("day 10"));
    const qsizetype day30 = text.indexOf(QStringLiteral("day 30"));
    const qsizetype day90 = text.indexOf(QStringLiteral("day 90"));
    ASSERT_GE(day10, 0) << qPrintable(text.left(2000));
    ASSERT_GE(day30, 0);
    ASSERT_GE(day90, 0);
    EXPECT_LT(day10, day30);
    EXPECT_LT(day30, day90);
}

// Issue 15: the Cochrane review's chart draws "All-cause death" and "Non-fatal serious adverse
// events" twice each, its 2023 and 2020 versions. In a narrow Chart tab the column that says
// which version a row is must stay: no two rows may read the same.
TEST_F(ReadingChartTest, ANarrowChartStillTellsTheReviewsVersionsApart)
{
    // The Chart tab of the 1280x800 main window: the narrow pane beside the list.
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("cochrane-2023-stroke")));
    m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
    QApplication::processEvents();
    int rowsChecked = 0;
    for (charts::ForestPlotView *view : m_window->chartPane()->forestViews()) {
        charts::ForestPlot *plot = view->forestPlot();
        ASSERT_NE(plot, nullptr);
        // Each drawn line's label texts, left to right, keyed by its slot's height.
        QMap<int, QStringList> lines;
        for (QGraphicsSimpleTextItem *item : plot->textItems()) {
            const QRectF box = item->mapRectToScene(item->boundingRect());
            if (box.right() <= plot->plotArea().left() + 0.5) {
                lines[qRound(box.center().y())] << item->text();
            }
        }
        QStringList labels;
        for (int row = 0; row < plot->spec().rows.size(); ++row) {
            const int slot = plot->slotOfRow(row);
            const double y = plot->valuePosition(plot->axisLow(), slot).y();
            QStringList texts;
            for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
                if (std::abs(it.key() - y) < plot->rowPitch() / 2) {
                    texts << it.value();
                }
            }
            labels << texts.join(QLatin1Char(' '));
            ++rowsChecked;
        }
        labels.sort();
        EXPECT_EQ(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size())
            << labels.join(QStringLiteral(" | ")).toStdString();
        if (std::any_of(plot->spec().rows.cbegin(), plot->spec().rows.cend(),
                        [](const evidence::ForestRow &r) {
                            return r.timepoint.contains(QStringLiteral("2020"));
                        })) {
            // The column that names the 2020 version's source is drawn (elided when the pane
            // is very narrow: the tooltip names it whole), never dropped.
            EXPECT_TRUE(labels.join(QLatin1Char(' ')).contains(QStringLiteral("Cochrane")))
                << labels.join(QStringLiteral(" | ")).toStdString();
        }
    }
    EXPECT_GE(rowsChecked, 8);
}

} // namespace

// The reading window over the bundled catalogue: the Chart tab draws every result on its own
// scale (harms too), the detail pane reads in words and names sources as a reader cites them,
// results copy as one citable line, links that cannot open say so.
#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "gui/chart/chartpane.h"
#include "gui/detail/detailview.h"
#include "gui/detail/recordpage.h"
#include "gui/detail/resultline.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLogValueAxis>
#include <QMenu>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <cmath>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;

const QString kCaptainLine = QStringLiteral(
    "CAPTAIN II, CAPTAIN ensemble (13 scales), day 90: MW 0.59 (95% CI 0.52 to 0.66), "
    "p = 0.0119, N = 139 (Muresanu 2020, doi:10.1007/s10072-019-04181-y)");

class ReadingWindowTest : public test::WindowTest
{
protected:
    ReadingWindowTest() : WindowTest(catalogue::OpenMode::ReadOnly) {}

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        QApplication::setActiveWindow(m_window.get());
    }

    gui::ChartPane *showChart(Section section, const QString &slug)
    {
        EXPECT_TRUE(m_window->selectRecord(section, slug)) << qPrintable(slug);
        m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
        QApplication::processEvents();
        return m_window->chartPane();
    }

    // The viewport position of a text in the detail pane, scrolled into view.
    QPoint detailPositionOf(const QString &text)
    {
        gui::DetailView *view = m_window->detailView();
        const QTextCursor found = view->document()->find(text);
        EXPECT_FALSE(found.isNull()) << qPrintable(text);
        QTextCursor at = found;
        at.setPosition(found.selectionStart() + 1);
        view->setTextCursor(at);
        view->ensureCursorVisible();
        QApplication::processEvents();
        return view->cursorRect(at).center();
    }
};

QStringList texts(const charts::ChartFigure &figure)
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *item : figure.textItems()) {
        out << item->text();
    }
    return out;
}

const QGraphicsSimpleTextItem *textItem(const charts::ChartFigure &figure, const QString &text)
{
    for (const QGraphicsSimpleTextItem *item : figure.textItems()) {
        if (item->text().contains(text)) {
            return item;
        }
    }
    return nullptr;
}

TEST_F(ReadingWindowTest, SeriousAdverseEventsAreTwoRiskRatiosOnALogAxisFavouringControlAbove1)
{
    gui::ChartPane *pane = showChart(Section::Outcomes, QStringLiteral("sae-people"));
    ASSERT_EQ(pane->forestViews().size(), 1) << qPrintable(pane->message());
    const charts::ForestPlot *forest = pane->forestView()->forestPlot();
    ASSERT_NE(forest, nullptr);
    EXPECT_EQ(forest->spec().metric, stats::Metric::RiskRatio);
    ASSERT_EQ(forest->spec().rows.size(), 2);
    for (const evidence::ForestRow &row : forest->spec().rows) {
        EXPECT_TRUE(row.estimate.has_value());
    }
    EXPECT_NE(qobject_cast<QLogValueAxis *>(forest->valueAxis()), nullptr);
    // The no-effect line at RR = 1.
    ASSERT_TRUE(forest->noEffectLine()->isVisible());
    const QLineF line = forest->noEffectLine()->line();
    const double lineX = forest->noEffectLine()->mapToScene(line.p1()).x();
    EXPECT_NEAR(lineX, forest->valuePosition(1.0, 0).x(), 1.0);
    // For a harm, a higher RR favours control: "Favours control" on the right.
    const auto *left = textItem(*forest, QStringLiteral("Favours Cerebrolysin"));
    const auto *right = textItem(*forest, QStringLiteral("Favours control"));
    ASSERT_NE(left, nullptr) << qPrintable(texts(*forest).join(QLatin1Char('|')));
    ASSERT_NE(right, nullptr);
    EXPECT_LT(left->sceneBoundingRect().center().x(), lineX);
    EXPECT_GT(right->sceneBoundingRect().center().x(), lineX);
    // Zhang 2017 (direction only) is named in words, not drawn as an empty row.
    EXPECT_TRUE(pane->notDrawnText().contains(QStringLiteral("Zhang 2017 meta-analysis")));
    EXPECT_FALSE(pane->notDrawnText().contains(QStringLiteral("(rr)")));
    EXPECT_FALSE(pane->notDrawnText().contains(QStringLiteral("unnamed metric")));
}

TEST_F(ReadingWindowTest, ARecordWithSeveralScalesGetsOnePanelPerScale)
{
    // The CARS meta-analysis reports MW values and NNTs.
    gui::ChartPane *pane = showChart(Section::Studies, QStringLiteral("cars-meta-analysis"));
    QList<stats::Metric> metrics;
    for (const charts::ForestPlotView *view : pane->forestViews()) {
        metrics << view->forestPlot()->spec().metric;
    }
    EXPECT_EQ(metrics, (QList<stats::Metric>{stats::Metric::MannWhitney, stats::Metric::Nnt}));

    // Wang 2017: benefits and harms on the RR scale, each panel with its own direction.
    pane = showChart(Section::Studies, QStringLiteral("wang-2017-meta-analysis"));
    ASSERT_EQ(pane->forestViews().size(), 2);
    const charts::ForestPlot *benefits = pane->forestViews().at(0)->forestPlot();
    const charts::ForestPlot *harms = pane->forestViews().at(1)->forestPlot();
    EXPECT_EQ(benefits->spec().metric, stats::Metric::RiskRatio);
    EXPECT_EQ(harms->spec().metric, stats::Metric::RiskRatio);
    EXPECT_TRUE(benefits->spec().rows.first().favoursAboveNull);
    EXPECT_FALSE(harms->spec().rows.first().favoursAboveNull);
    EXPECT_EQ(harms->spec().rows.size(), 3); // death, SAE, AE: drawn like the benefits
    EXPECT_EQ(harms->rowSlots().size(), benefits->rowSlots().size());
}

TEST_F(ReadingWindowTest, CaptainIiTimepointsSortByTimeAndDay90IsDrawnOnceWithBothSources)
{
    gui::ChartPane *pane = showChart(Section::Studies, QStringLiteral("captain-ii"));
    ASSERT_EQ(pane->forestViews().size(), 1);
    const QList<evidence::ForestRow> &rows = pane->forestView()->forestPlot()->spec().rows;
    ASSERT_EQ(rows.size(), 3);
    // One result per time point: no source needed in the label, the tooltip names it.
    EXPECT_EQ(rows.at(0).timepoint, QStringLiteral("day 10"));
    EXPECT_EQ(rows.at(1).timepoint, QStringLiteral("day 30"));
    EXPECT_EQ(rows.at(2).timepoint, QStringLiteral("day 90"));
    EXPECT_TRUE(rows.at(0).note.contains(QStringLiteral("Manufacturer's website")));
    EXPECT_TRUE(rows.at(2).note.contains(QStringLiteral("the article")));
    EXPECT_TRUE(rows.at(2).note.contains(QStringLiteral("Muresanu 2020")));
}

TEST_F(ReadingWindowTest, ChenCasiIsDrawnAsDerivedAndLabelledBySource)
{
    gui::ChartPane *pane = showChart(Section::Outcomes, QStringLiteral("casi"));
    ASSERT_EQ(pane->forestViews().size(), 1) << qPrintable(pane->message());
    const evidence::ForestSpec &spec = pane->forestView()->forestPlot()->spec();
    EXPECT_EQ(spec.metric, stats::Metric::MeanChangeDifference);
    ASSERT_EQ(spec.rows.size(), 2); // the article's and the publication's SDs differ
    for (const evidence::ForestRow &row : spec.rows) {
        EXPECT_TRUE(row.derived);
        ASSERT_TRUE(row.estimate.has_value());
        EXPECT_NEAR(*row.estimate, 13.4, 1e-9);
    }
    EXPECT_EQ(spec.rows.at(0).timepoint, QStringLiteral("week 12, the article"));
    EXPECT_EQ(spec.rows.at(1).timepoint, QStringLiteral("week 12, Chen 2013"));
    EXPECT_TRUE(spec.footnote.contains(QStringLiteral("derived")));
    // The ratio computed to check a claim is not an effect size: said in words.
    EXPECT_TRUE(pane->notDrawnText().contains(QStringLiteral("not an effect size")));
}

TEST_F(ReadingWindowTest, ChartTextGrowsWithTheViewMenuAndItsShortcuts)
{
    gui::ChartPane *pane = showChart(Section::Outcomes, QStringLiteral("sae-people"));
    const auto *before = textItem(*pane->forestView()->forestPlot(), QStringLiteral("Wang"));
    ASSERT_NE(before, nullptr);
    const int smallSize = before->font().pixelSize();
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(pane->fontScale(), 1.25);
    const charts::ForestPlot *larger = pane->forestView()->forestPlot();
    EXPECT_DOUBLE_EQ(larger->spec().fontScale, 1.25);
    const auto *after = textItem(*larger, QStringLiteral("Wang"));
    ASSERT_NE(after, nullptr);
    EXPECT_GT(after->font().pixelSize(), smallSize);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(pane->fontScale(), 1.0);
    // The actions are in the View menu.
    EXPECT_FALSE(pane->largerTextAction()->associatedObjects().isEmpty());

    // The size is remembered for the next start.
    pane->setFontScale(1.5);
    m_window->close();
    gui::MainWindow next(m_catalogue, *m_settings);
    EXPECT_DOUBLE_EQ(next.chartPane()->fontScale(), 1.5);
    next.chartPane()->setFontScale(std::nan(""));
    EXPECT_DOUBLE_EQ(next.chartPane()->fontScale(), 1.0);
}

TEST_F(ReadingWindowTest, CopyingAResultGivesOneCitableLine)
{
    const auto study = m_catalogue.study(QStringLiteral("captain-ii"));
    ASSERT_TRUE(study);
    QList<catalogue::ResultRecord> day90;
    for (const catalogue::ResultRecord &r : study->results) {
        if (r.timepoint == QLatin1String("day 90")) {
            day90 << r;
        }
    }
    ASSERT_EQ(day90.size(), 2); // the article and Muresanu 2020
    EXPECT_EQ(gui::resultCitationLine(gui::bestSourced(day90)), kCaptainLine);

    // Through the result's menu in the detail pane.
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    gui::DetailView *view = m_window->detailView();
    const QPoint pos = detailPositionOf(QStringLiteral("MW 0.59 (0.52 to 0.66)"));
    EXPECT_EQ(view->resultsAt(pos).size(), 2);
    std::unique_ptr<QMenu> menu(view->menuAt(pos));
    QAction *copy = menu->findChild<QAction *>(QStringLiteral("copyResult"));
    ASSERT_NE(copy, nullptr);
    QApplication::clipboard()->clear();
    copy->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), kCaptainLine);
    QAction *withSource = menu->findChild<QAction *>(QStringLiteral("copyResultWithSource"));
    ASSERT_NE(withSource, nullptr);
    withSource->trigger();
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(kCaptainLine));
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("Day 90, ensemble")));
    EXPECT_NE(menu->findChild<QAction *>(QStringLiteral("showProvenance")), nullptr);

    // Add to Chart keeps the result on the Chart tab beside another record's.
    QAction *addToChart = menu->findChild<QAction *>(QStringLiteral("addToChart"));
    ASSERT_NE(addToChart, nullptr);
    addToChart->trigger();
    EXPECT_EQ(m_window->detailTabs()->currentWidget(), m_window->chartPane());
    ASSERT_EQ(m_window->chartPane()->addedResults().size(), 1);
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-i")));
    QApplication::processEvents();
    bool shown = false;
    for (const charts::ForestPlotView *panel : m_window->chartPane()->forestViews()) {
        for (const evidence::ForestRow &row : panel->forestPlot()->spec().rows) {
            shown = shown || row.study == QLatin1String("CAPTAIN II");
        }
    }
    EXPECT_TRUE(shown);
    m_window->chartPane()->clearAddedResults();
}

TEST_F(ReadingWindowTest, DetailPagesUseWordsAndNameNoInternalFiles)
{
    for (Section section : gui::kSections) {
        m_window->setCurrentSection(section);
        gui::RecordTableModelBase *model = m_window->model(section);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString slug = model->slugAt(row);
            const gui::RecordPage page = gui::recordPage(m_catalogue, section, slug);
            QTextDocument document;
            document.setHtml(page.html);
            const QString text = document.toPlainText();
            for (const QString &internal :
                 {QStringLiteral("references.md"), QStringLiteral("000_4c55"),
                  QStringLiteral(".txt"), QStringLiteral("n_enrolled"),
                  QStringLiteral("n_analysed"), QStringLiteral("n_randomised")}) {
                EXPECT_FALSE(text.contains(internal))
                    << qPrintable(slug) << ": " << qPrintable(internal);
            }
        }
    }
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    const QString text = m_window->detailView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Analysed")));
    EXPECT_TRUE(text.contains(QStringLiteral("Enrolled")));
    EXPECT_TRUE(text.contains(QStringLiteral("Centres")));
}

TEST_F(ReadingWindowTest, ADuplicatedResultAppearsOnceUnlessTheNumbersDiffer)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    QString text = m_window->detailView()->toPlainText();
    EXPECT_EQ(text.count(QStringLiteral("MW 0.59 (0.52 to 0.66)")), 1) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Reported with the same numbers by the article and "
                                             "Muresanu 2020")))
        << qPrintable(text);

    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("chen-2013-mild-tbi")));
    text = m_window->detailView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("The sources differ"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("The article says")));
    EXPECT_TRUE(text.contains(QStringLiteral("Chen 2013 says")));
    EXPECT_TRUE(text.contains(QStringLiteral("SD 11.6")));
    EXPECT_TRUE(text.contains(QStringLiteral("SD 12.1")));
}

TEST_F(ReadingWindowTest, ALinkThatCannotOpenSaysSoAndHoveringShowsTheAddress)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    gui::DetailView *view = m_window->detailView();
    QList<QUrl> asked;
    view->setUrlOpener([&asked](const QUrl &url) {
        asked << url;
        return false; // no browser
    });
    const QUrl doi(QStringLiteral("https://doi.org/10.1007/s10072-019-04181-y"));
    emit view->anchorClicked(doi);
    EXPECT_EQ(asked, QList<QUrl>{doi});
    EXPECT_TRUE(view->notice().contains(QStringLiteral("Cannot open")))
        << qPrintable(view->notice());
    EXPECT_TRUE(view->notice().contains(doi.toString()));
    EXPECT_TRUE(view->findChild<QWidget *>(QStringLiteral("detailNotice"))->isVisible());

    // Hovering a link shows where it goes.
    view->setResults(view->results()); // clears the notice
    EXPECT_TRUE(view->notice().isEmpty());
    const QPoint pos = detailPositionOf(QStringLiteral("doi:10.1007/s10072-019-04181-y"));
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), view->viewport()->mapToGlobal(QPointF(pos)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    EXPECT_EQ(view->notice(), doi.toString());
    // The whole notice inside the pane, its last line too (it showed half a line): the short
    // address when hovering, and the longer words when a link cannot open.
    auto *notice = view->findChild<QLabel *>(QStringLiteral("detailNotice"));
    ASSERT_NE(notice, nullptr);
    for (int i = 0; i < 2; ++i) {
        if (i == 1) {
            emit view->anchorClicked(doi);
        }
        const QRect shown = notice->geometry();
        EXPECT_TRUE(notice->isVisible());
        EXPECT_TRUE(view->viewport()->geometry().contains(shown))
            << shown.y() << "+" << shown.height() << " in a viewport to "
            << view->viewport()->geometry().bottom();
        EXPECT_GE(shown.height(), notice->heightForWidth(shown.width()));
    }
}

} // namespace

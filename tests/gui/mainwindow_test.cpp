// The main window on the bundled catalogue, driven as a user would: sidebar, search field,
// filters, table clicks and keys, and the detail pane that follows them.
#include "catalogue/catalogue.h"
#include "charts/distributionchart.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "gui/chart/chartpane.h"
#include "gui/detail/recordpage.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "gui/shell/userguidedialog.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;

constexpr int kTimeoutMs = 5000;

class MainWindowTest : public test::WindowTest
{
protected:
    MainWindowTest() : WindowTest(catalogue::OpenMode::ReadOnly) {}

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        QApplication::setActiveWindow(m_window.get());
    }

    QString details() const { return m_window->detailView()->toPlainText(); }

    // Types into the search field and waits for the debounced search to refill the tables.
    void search(const QString &text)
    {
        QSignalSpy filtered(m_window.get(), &gui::MainWindow::recordsFiltered);
        m_window->searchField()->clear();
        filtered.clear();
        // QTest types ASCII only; other text is inserted as an input method would.
        bool ascii = true;
        for (QChar c : text) {
            ascii = ascii && c.unicode() < 128;
        }
        if (ascii) {
            QTest::keyClicks(m_window->searchField(), text);
        } else {
            m_window->searchField()->insert(text);
        }
        ASSERT_TRUE(filtered.wait(kTimeoutMs)) << "the search never ran";
    }

    // Clicks the table row that shows `slug`.
    void clickRow(Section section, const QString &slug)
    {
        QTableView *view = m_window->tableView(section);
        const int row = m_window->model(section)->rowOfSlug(slug);
        ASSERT_GE(row, 0) << qPrintable(slug);
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    void chooseFilter(QComboBox *combo, const QString &key)
    {
        const int index = combo->findData(key);
        ASSERT_GE(index, 0) << qPrintable(key);
        combo->setCurrentIndex(index);
        emit combo->activated(index); // what a user's choice emits
    }

    // How many studies the catalogue holds under a filter: the tests derive their expectations
    // from the catalogue, so that a data correction does not break them.
    int studyCount(const QString &condition = {}, const QString &design = {},
                   const QString &species = {}) const
    {
        catalogue::StudyFilter filter;
        filter.condition = condition;
        filter.design = design;
        filter.species = species;
        return static_cast<int>(m_catalogue.studies(filter).size());
    }
};

TEST_F(MainWindowTest, EveryModelPassesTheModelTester)
{
    for (Section section : gui::kSections) {
        QAbstractItemModelTester tester(m_window->model(section),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_GT(m_window->model(section)->rowCount(), 0) << qPrintable(sectionKey(section));
        m_window->tableView(section)->sortByColumn(1, Qt::DescendingOrder);
        m_window->tableView(section)->sortByColumn(0, Qt::AscendingOrder);
    }
}

TEST_F(MainWindowTest, SidebarListsTheFiveKindsWithCounts)
{
    QListWidget *sidebar = m_window->sidebar();
    ASSERT_EQ(sidebar->count(), 5);
    const catalogue::CatalogueCounts counts = m_catalogue.counts();
    EXPECT_EQ(sidebar->item(0)->text(), QStringLiteral("Studies (%1)").arg(counts.studies));
    EXPECT_TRUE(sidebar->item(2)->text().startsWith(
        QStringLiteral("Mechanisms (%1)").arg(counts.mechanisms)));
    EXPECT_EQ(m_window->countsLabel()->text(),
              QStringLiteral("%1 studies · %2 results").arg(counts.studies).arg(counts.results));
}

TEST_F(MainWindowTest, SelectingCaptainIIShowsItsEnsembleResult)
{
    m_window->sidebar()->setCurrentRow(gui::sectionIndex(Section::Studies));
    clickRow(Section::Studies, QStringLiteral("captain-ii"));
    const QString text = details();
    EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(text.contains(QStringLiteral("0.59"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("0.52")));
    EXPECT_TRUE(text.contains(QStringLiteral("0.66")));
    EXPECT_TRUE(text.contains(QStringLiteral("MW 0.59 (0.52 to 0.66)")));
}

TEST_F(MainWindowTest, ShortcutsSwitchSectionsAndFocusTheSearch)
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentSection(), Section::Outcomes);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentSection(), Section::Claims);
    EXPECT_TRUE(details().contains(QStringLiteral("Verdict")));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentSection(), Section::Studies);
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(
        QTest::qWaitFor([this] { return m_window->searchField()->hasFocus(); }, kTimeoutMs));
}

TEST_F(MainWindowTest, TabGoesFromTheSidebarThroughSearchAndFiltersToTableAndDetails)
{
    m_window->setCurrentSection(Section::Studies);
    m_window->sidebar()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->sidebar()->hasFocus(); }, kTimeoutMs));
    const QList<QWidget *> expected{m_window->searchField(),  m_window->conditionFilter(),
                                    m_window->designFilter(), m_window->speciesFilter(),
                                    m_window->tableView(),    m_window->detailView()};
    for (QWidget *widget : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), widget)
            << qPrintable(QApplication::focusWidget()->objectName()) << " instead of "
            << qPrintable(widget->objectName());
    }
}

TEST_F(MainWindowTest, ArrowKeysMoveTheDetailPane)
{
    m_window->setCurrentSection(Section::Mechanisms);
    QTableView *view = m_window->tableView();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    const QString first = details();
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 1);
    const QString second = details();
    EXPECT_NE(first, second);
    const QString category = view->model()->index(1, 0).data().toString();
    EXPECT_TRUE(second.contains(category)) << qPrintable(category);
}

TEST_F(MainWindowTest, SearchFiltersAsYouType)
{
    search(QStringLiteral("CAPTAIN"));
    const auto *studies = m_window->model(Section::Studies);
    EXPECT_GE(studies->rowOfSlug(QStringLiteral("captain-ii")), 0);
    EXPECT_LT(studies->rowCount(), studyCount());
    EXPECT_EQ(studies->rowOfSlug(QStringLiteral("cars-2")), -1);
    EXPECT_TRUE(m_window->countsLabel()->text().startsWith(QStringLiteral("Showing")));

    // Text that is FTS5 syntax is searched for, not parsed: no error, no crash.
    for (const char *text : {"\"", "*", "Alzheimer's", "COVID-19", "2.5 mg", "ü"}) {
        search(QString::fromUtf8(text));
        EXPECT_LE(studies->rowCount(), studyCount()) << text;
    }
    search(QString());
    EXPECT_EQ(studies->rowCount(), studyCount());
}

TEST_F(MainWindowTest, FiltersReduceTheRowsToTheRightCount)
{
    const auto *studies = m_window->model(Section::Studies);
    chooseFilter(m_window->conditionFilter(), QStringLiteral("traumatic_brain_injury"));
    EXPECT_EQ(studies->rowCount(), studyCount(QStringLiteral("traumatic_brain_injury")));
    EXPECT_GE(studies->rowOfSlug(QStringLiteral("captain-ii")), 0);
    EXPECT_EQ(studies->rowOfSlug(QStringLiteral("cars-1")), -1);
    chooseFilter(m_window->conditionFilter(), QStringLiteral("stroke"));
    EXPECT_EQ(studies->rowCount(), studyCount(QStringLiteral("stroke")));
    chooseFilter(m_window->conditionFilter(), QString());
    chooseFilter(m_window->speciesFilter(), QStringLiteral("rat"));
    ASSERT_EQ(studies->rowCount(), studyCount({}, {}, QStringLiteral("rat")));
    ASSERT_EQ(studies->rowCount(), 1); // the one rat study named below
    EXPECT_EQ(studies->slugAt(0), QStringLiteral("zhang-2020-rat-chi"));
    chooseFilter(m_window->speciesFilter(), QString());
    chooseFilter(m_window->designFilter(), QStringLiteral("meta_analysis"));
    const int metaAnalyses = studyCount({}, QStringLiteral("meta_analysis"));
    EXPECT_GT(metaAnalyses, 0);
    EXPECT_EQ(studies->rowCount(), metaAnalyses);
    EXPECT_EQ(m_window->sidebar()->item(0)->text(),
              QStringLiteral("Studies (%1)").arg(metaAnalyses));
}

TEST_F(MainWindowTest, ClickingAHeaderSortsTheTable)
{
    QTableView *view = m_window->tableView(Section::Studies);
    const auto *studies = m_window->model(Section::Studies);
    auto names = [studies] {
        QStringList list;
        for (int row = 0; row < studies->rowCount(); ++row) {
            list << studies->index(row, 0).data().toString();
        }
        return list;
    };
    view->sortByColumn(0, Qt::AscendingOrder);
    const QStringList ascending = names();
    QStringList expected = ascending;
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(expected.begin(), expected.end(), collator);
    EXPECT_EQ(ascending, expected);
    // A click on the sorted column's header reverses the order.
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(names(), reversed);
}

TEST_F(MainWindowTest, InternalLinksNavigate)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    emit m_window->detailView()->anchorClicked(QUrl(QStringLiteral("eb://study/cars-1")));
    EXPECT_EQ(m_window->currentSection(), Section::Studies);
    EXPECT_TRUE(details().contains(QStringLiteral("CARS-1")));
    EXPECT_FALSE(m_window->selectRecord(Section::Studies, QStringLiteral("no-such-study")));
}

TEST_F(MainWindowTest, LayoutIsRememberedAcrossRuns)
{
    m_window->setCurrentSection(Section::Claims);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("contentSplitter"));
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({500, 600});
    const QList<int> sizes = splitter->sizes();
    m_window->close(); // saves the layout
    m_window.reset();

    gui::Settings reread(settingsFile());
    EXPECT_EQ(reread.currentSection(), gui::sectionIndex(Section::Claims));
    EXPECT_FALSE(reread.windowGeometry().isEmpty());
    gui::MainWindow again(m_catalogue, reread);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.currentSection(), Section::Claims);
    auto *restored = again.findChild<QSplitter *>(QStringLiteral("contentSplitter"));
    EXPECT_EQ(restored->sizes(), sizes);
}

} // namespace

namespace {

// Every record's page wraps to the pane: no horizontal scrolling (nothing cut off at the
// right) at the window widths of a 1280x800 screen and of a larger one.
TEST_F(MainWindowTest, DetailPagesNeedNoHorizontalScrolling)
{
    for (int width : {1280, 1400}) {
        m_window->resize(width, 800);
        QApplication::processEvents();
        for (Section section : gui::kSections) {
            m_window->setCurrentSection(section);
            QTableView *view = m_window->tableView();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
                QTextBrowser *details = m_window->detailView();
                // The pane lays a long page out in steps (and a vertical scroll bar that
                // comes or goes changes the width it wraps to): give it time to settle; a page
                // that is really too wide keeps its horizontal scroll range.
                const bool settled = QTest::qWaitFor(
                    [details] { return details->horizontalScrollBar()->maximum() == 0; }, 1000);
                EXPECT_TRUE(settled);
                EXPECT_EQ(details->horizontalScrollBar()->maximum(), 0)
                    << qPrintable(sectionKey(section)) << " "
                    << qPrintable(m_window->model(section)->slugAt(row)) << " at " << width
                    << ": page " << details->document()->idealWidth() << "/"
                    << details->document()->size().width() << " px in a "
                    << details->viewport()->width() << " px pane";
            }
        }
    }
}

TEST_F(MainWindowTest, ChartTabDrawsTheSelectedStudysResults)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
    const charts::ForestPlot *forest = m_window->chartPane()->forestView()->forestPlot();
    ASSERT_NE(forest, nullptr) << qPrintable(m_window->chartPane()->message());
    const auto study = m_catalogue.study(QStringLiteral("captain-ii"));
    ASSERT_TRUE(study);
    // Every MW result of the study, each drawn once (the article and Muresanu 2020 give the
    // same day-90 numbers: one row); the day-10 result without an effect size is named in
    // words below the chart instead of an empty row.
    ASSERT_EQ(study->results.size(), 5);
    EXPECT_EQ(forest->spec().rows.size(), 3);
    EXPECT_FALSE(m_window->chartPane()->notDrawnText().isEmpty());
    EXPECT_EQ(forest->spec().metric, stats::Metric::MannWhitney);
    // The MW result's distribution: d = sqrt(2) * qnorm(0.59) = 0.3218.
    const charts::DistributionChart *distribution =
        m_window->chartPane()->distributionView()->distributionChart();
    ASSERT_NE(distribution, nullptr);
    EXPECT_NEAR(distribution->spec().d, 0.3218, 1e-4);
    ASSERT_TRUE(distribution->spec().mw.has_value());
    EXPECT_NEAR(*distribution->spec().mw, 0.59, 1e-12);

    // A mechanism has no chart: the tab says so and there is nothing to export.
    m_window->setCurrentSection(Section::Mechanisms);
    EXPECT_FALSE(m_window->chartPane()->message().isEmpty());
    EXPECT_EQ(m_window->chartPane()->exportableFigure(), nullptr);
    QString error;
    EXPECT_FALSE(m_window->exportChart(m_dir.filePath(QStringLiteral("none.png")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(MainWindowTest, ExportChartWritesPngSvgAndPdf)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    // Without ever showing the Chart tab.
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("captain.png"));
    ASSERT_TRUE(m_window->exportChart(png, &error)) << qPrintable(error);
    const QImage image(png);
    EXPECT_GT(image.width(), 1000); // 300 dpi
    const QString svg = m_dir.filePath(QStringLiteral("captain.svg"));
    ASSERT_TRUE(m_window->exportChart(svg, &error)) << qPrintable(error);
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("CAPTAIN II"));
    const QString pdf = m_dir.filePath(QStringLiteral("captain.pdf"));
    ASSERT_TRUE(m_window->exportChart(pdf, &error)) << qPrintable(error);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    EXPECT_FALSE(m_window->exportChart(m_dir.filePath(QStringLiteral("captain.gif")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".png")));
}

TEST_F(MainWindowTest, OpeningABadCatalogueKeepsTheCurrentOne)
{
    const QString bad = m_dir.filePath(QStringLiteral("not-a-catalogue.sqlite"));
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite file");
    }
    QString error;
    EXPECT_FALSE(m_window->openCatalogueFile(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not-a-catalogue.sqlite"))) << qPrintable(error);
    EXPECT_EQ(m_window->model(Section::Studies)->rowCount(), studyCount());
    EXPECT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));

    // A good file is opened and shown.
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), copy));
    EXPECT_TRUE(m_window->openCatalogueFile(copy, &error)) << qPrintable(error);
    EXPECT_EQ(m_catalogue.path(), copy);
    EXPECT_EQ(m_window->model(Section::Studies)->rowCount(), studyCount());
}

TEST_F(MainWindowTest, RecordPagesForEveryKindAndForAMissingSlug)
{
    const gui::RecordPage study =
        gui::recordPage(m_catalogue, Section::Studies, QStringLiteral("captain-ii"));
    EXPECT_TRUE(study.found);
    EXPECT_EQ(study.chartTitle, QStringLiteral("CAPTAIN II"));
    EXPECT_FALSE(study.chartResults.isEmpty());
    const gui::RecordPage mechanism = gui::recordPage(m_catalogue, Section::Mechanisms,
                                                      QStringLiteral("reducing-neuroinflammation"));
    EXPECT_TRUE(mechanism.found);
    EXPECT_TRUE(mechanism.chartResults.isEmpty());
    EXPECT_TRUE(mechanism.html.contains(QStringLiteral("TNF")));
    const gui::RecordPage missing =
        gui::recordPage(m_catalogue, Section::Sources, QStringLiteral("no-such-source"));
    EXPECT_FALSE(missing.found);
    EXPECT_TRUE(missing.html.contains(QStringLiteral("not in the catalogue")));

    const gui::SectionHits hits = gui::searchHits(m_catalogue, QStringLiteral("CAPTAIN"));
    EXPECT_FALSE(hits.at(static_cast<std::size_t>(gui::sectionIndex(Section::Studies))).isEmpty());
}

TEST_F(MainWindowTest, UserGuideOpensWithItsScreenshots)
{
    gui::UserGuideDialog guide;
    const QString text = guide.browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Evidence Browser: user guide")));
    EXPECT_TRUE(text.contains(QStringLiteral("not medical advice")) ||
                text.contains(QStringLiteral("no medical advice")));
    // Every picture the guide shows is compiled in.
    for (const char *name : {"main-study", "main-mechanism", "main-claim", "main-chart"}) {
        EXPECT_FALSE(
            QImage(QStringLiteral(":/docs/screenshots/%1.png").arg(QLatin1String(name))).isNull())
            << name;
    }
}

} // namespace

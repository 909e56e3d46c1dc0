// The main window on a generated catalogue of 20,000 studies (evidence generate's records),
// offscreen, driven as a user would: the Studies table pages through the catalogue (it holds
// a page, not the whole list), a typed search, a click on a column header, Ctrl+End until the
// table has fetched every row, and the last row selected. The expected rows come from the
// unpaged list sorted the way the in-memory table always sorted it. No timing is asserted
// here: the timings are the benchmarks' (tests/bench). The other views that list the
// catalogue (the lab's presets, the Pool window's results, Compare's studies, the outcome
// matrix) are each opened, scrolled to their end and checked against the unpaged lists.
#include "catalogue/catalogue.h"
#include "catalogue/naturalcollation.h"
#include "catalogue/syntheticcatalogue.h"
#include "evidence/outcomematrix.h"
#include "gui/detail/detailview.h"
#include "gui/features/lecture/effectsizelab.h"
#include "gui/features/lecture/labpresetmodel.h"
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/poolresultmodel.h"
#include "gui/features/review/studypickmodel.h"
#include "gui/models/recordtablemodel.h"
#include "gui/models/studytablemodel.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;
using Column = gui::StudyTableModel::Column;

constexpr int kStudies = 20000;
constexpr int kTimeoutMs = 20000;

class LargeCatalogueTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        catalogue::Catalogue writer;
        ASSERT_TRUE(writer.open(file(), catalogue::OpenMode::Create));
        QString error;
        ASSERT_TRUE(catalogue::writeSyntheticCatalogue(writer, {kStudies, 1, 20}, {}, &error))
            << qPrintable(error);
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString file() { return s_dir->filePath(QStringLiteral("large.sqlite")); }

    void SetUp() override
    {
        gui::initResources();
        ASSERT_TRUE(m_catalogue.open(file(), catalogue::OpenMode::ReadOnly))
            << qPrintable(m_catalogue.lastError());
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_window = std::make_unique<gui::MainWindow>(m_catalogue, *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QStringList shownSlugs() const
    {
        QStringList slugs;
        const gui::RecordTableModelBase *model = m_window->model(Section::Studies);
        for (int row = 0; row < model->rowCount(); ++row) {
            slugs << model->slugAt(row);
        }
        return slugs;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    QTemporaryDir m_dir;
    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
};

TEST_F(LargeCatalogueTest, SearchSortScrollToTheEndAndSelectTheLastRow)
{
    gui::RecordTableModelBase *model = m_window->model(Section::Studies);
    QTableView *view = m_window->tableView(Section::Studies);
    // Opened: the whole list is counted, one page of it is held.
    EXPECT_EQ(model->totalRows(), kStudies);
    EXPECT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), kStudies);

    // A search typed into the field: the table lists exactly the search's hits.
    const QString text = QStringLiteral("angiogenesis");
    QSignalSpy filtered(m_window.get(), &gui::MainWindow::recordsFiltered);
    QTest::keyClicks(m_window->searchField(), text);
    ASSERT_TRUE(filtered.wait(kTimeoutMs)) << "the search never ran";
    catalogue::StudyFilter hitsFilter;
    hitsFilter.text = text;
    // The list as the catalogue gives it unsorted, sorted here as the in-memory table did:
    // stable, so ties keep the catalogue's own order; missing values last.
    QList<catalogue::StudySummary> expected = m_catalogue.studies(hitsFilter);
    ASSERT_GT(expected.size(), 500);
    ASSERT_LT(expected.size(), kStudies / 2);
    // The first page at once, the hits counted once typing pauses: "at least" a true number
    // meanwhile, then the exact one.
    if (!model->totalIsExact()) {
        EXPECT_LE(model->totalRows(), expected.size());
        EXPECT_GE(model->totalRows(), model->rowCount());
    }
    ASSERT_TRUE(QTest::qWaitFor([model] { return model->totalIsExact(); }, kTimeoutMs));
    EXPECT_EQ(model->totalRows(), expected.size());

    // A click on the Year header (twice: then the order is the opposite of the first click's).
    QHeaderView *header = view->horizontalHeader();
    const int year = static_cast<int>(Column::Year);
    const QPoint yearHeader(header->sectionViewportPosition(year) + header->sectionSize(year) / 2,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, yearHeader);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, yearHeader);
    ASSERT_EQ(header->sortIndicatorSection(), year);
    const Qt::SortOrder order = header->sortIndicatorOrder();
    ASSERT_NE(order, first);
    std::stable_sort(expected.begin(), expected.end(),
                     [order](const catalogue::StudySummary &a, const catalogue::StudySummary &b) {
                         if (!a.year || !b.year) {
                             return a.year && !b.year;
                         }
                         return order == Qt::AscendingOrder ? *a.year < *b.year : *a.year > *b.year;
                     });

    // Ctrl+End until the table has fetched every row (each press fetches the next page).
    view->setFocus();
    for (int press = 0; press < kStudies && model->canFetchMore({}); ++press) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    ASSERT_FALSE(model->canFetchMore({}));
    QStringList expectedSlugs;
    for (const catalogue::StudySummary &study : expected) {
        expectedSlugs << study.slug;
    }
    EXPECT_EQ(shownSlugs(), expectedSlugs);

    // Ctrl+End made the last row the current one; a click selects it, and the detail pane
    // shows it.
    ASSERT_EQ(view->currentIndex().row(), expected.size() - 1);
    const QModelIndex last = view->model()->index(static_cast<int>(expected.size()) - 1, 0);
    view->scrollTo(last);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(last).center());
    const QModelIndex current = view->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.row(), expected.size() - 1);
    EXPECT_EQ(model->slugAt(current.row()), expected.last().slug);
    EXPECT_TRUE(view->selectionModel()->isRowSelected(current.row(), {}));
    EXPECT_TRUE(m_window->detailView()->toPlainText().contains(expected.last().name))
        << qPrintable(expected.last().name);
}

TEST_F(LargeCatalogueTest, TheSourcesTablePagesToo)
{
    // A source per study: the Sources table counts them all and holds a page.
    gui::RecordTableModelBase *model = m_window->model(Section::Sources);
    EXPECT_EQ(model->totalRows(), kStudies);
    EXPECT_GT(model->rowCount(), 0);
    EXPECT_LT(model->rowCount(), kStudies);
    const QString last = QStringLiteral("syn-src-%1").arg(kStudies, 6, 10, QChar(u'0'));
    ASSERT_TRUE(m_window->selectRecord(Section::Sources, last));
    const QModelIndex current = m_window->tableView(Section::Sources)->currentIndex();
    EXPECT_EQ(model->slugAt(current.row()), last);
}

TEST_F(LargeCatalogueTest, SelectingARecordFarDownFetchesTheRowsUpToIt)
{
    gui::RecordTableModelBase *model = m_window->model(Section::Studies);
    const int before = model->rowCount();
    // The window sorts by name: "…-19999" is far below the first page.
    catalogue::StudyFilter all;
    const QList<catalogue::StudySummary> studies = m_catalogue.studies(all);
    const QString slug = studies.at(studies.size() / 2).slug;
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, slug));
    const QModelIndex current = m_window->tableView(Section::Studies)->currentIndex();
    EXPECT_EQ(model->slugAt(current.row()), slug);
    EXPECT_GE(model->rowCount(), before);
    EXPECT_EQ(model->totalRows(), kStudies);
}

// Ctrl+End on a view until its model has fetched every row (each press fetches a page).
void scrollToTheEnd(QAbstractItemView *view)
{
    view->setFocus();
    QAbstractItemModel *model = view->model();
    for (int press = 0; press < 4 * kStudies && model->canFetchMore({}); ++press) {
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
}

TEST_F(LargeCatalogueTest, TheLabReadsItsPresetsAPageAtATime)
{
    gui::EffectSizeLab lab(m_catalogue);
    QAbstractItemModel *model = lab.presetBox()->model();
    const QList<lecture::LabPreset> all = lecture::labPresets(m_catalogue);
    ASSERT_GT(all.size(), 1000);
    // Opened: "(your own value)" and one page.
    EXPECT_GT(model->rowCount(), 1);
    EXPECT_LT(model->rowCount(), all.size());
    // The list's end, as a scroll of the popup would fetch it: every preset, in order.
    for (int page = 0; page < kStudies && model->canFetchMore({}); ++page) {
        model->fetchMore({});
    }
    ASSERT_EQ(model->rowCount(), all.size() + 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("(your own value)"));
    for (int i = 0; i < all.size(); ++i) {
        ASSERT_EQ(model->index(i + 1, 0).data().toString(), all.at(i).label) << i;
    }
    // The last one loads, shown in its row.
    ASSERT_TRUE(lab.loadPreset(all.last().key));
    EXPECT_EQ(lab.presetBox()->currentIndex(), all.size());
    EXPECT_EQ(lab.provenanceLabel()->text(), lecture::presetNote(all.last()));
}

TEST_F(LargeCatalogueTest, ThePoolListPagesToItsEndAndSearchesInSql)
{
    gui::review::PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("a.json")));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QAbstractItemModel *model = dialog.resultTable()->model();
    const QList<catalogue::ResultRecord> all = m_catalogue.results();
    ASSERT_EQ(all.size(), kStudies);
    EXPECT_LT(model->rowCount(), kStudies);
    scrollToTheEnd(dialog.resultTable());
    ASSERT_EQ(model->rowCount(), kStudies);
    // Every row, the first ones read again from the catalogue after scrolling away.
    for (int row : {0, 1, kStudies / 2, kStudies - 1}) {
        EXPECT_EQ(model->index(row, 0).data(Qt::UserRole).toLongLong(), all.at(row).id);
        EXPECT_EQ(model->index(row, 1).data().toString(), all.at(row).studyName);
    }
    EXPECT_EQ(dialog.resultTable()->currentIndex().row(), kStudies - 1);
    // A tick on the last row is kept by id.
    model->setData(model->index(kStudies - 1, 0), Qt::Checked, Qt::CheckStateRole);
    EXPECT_EQ(dialog.selectedResults(), QList<qint64>{all.last().id});

    // Typed: the results of the studies the text finds are listed, and fewer than all.
    QTest::keyClicks(dialog.searchField(), QStringLiteral("angiogenesis"));
    scrollToTheEnd(dialog.resultTable());
    catalogue::StudyFilter hits;
    hits.text = QStringLiteral("angiogenesis");
    QSet<qint64> hitStudies;
    for (const catalogue::StudySummary &s : m_catalogue.studies(hits)) {
        hitStudies.insert(s.id);
    }
    QSet<qint64> listed;
    for (int row = 0; row < model->rowCount(); ++row) {
        listed.insert(model->index(row, 0).data(Qt::UserRole).toLongLong());
    }
    EXPECT_LT(listed.size(), kStudies);
    for (const catalogue::ResultRecord &r : all) {
        if (hitStudies.contains(r.studyId)) {
            ASSERT_TRUE(listed.contains(r.id)) << r.id;
        }
    }
    // The tick outlives the search that hid its row.
    EXPECT_EQ(dialog.selectedResults(), QList<qint64>{all.last().id});
}

TEST_F(LargeCatalogueTest, CompareListsEveryStudyByNameAPageAtATime)
{
    gui::review::CompareView compare(m_catalogue);
    compare.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&compare));
    QAbstractItemModel *model = compare.studyList()->model();
    EXPECT_LT(model->rowCount(), kStudies);
    scrollToTheEnd(compare.studyList());
    ASSERT_EQ(model->rowCount(), kStudies);
    QSet<QString> slugs;
    for (int row = 0; row < model->rowCount(); ++row) {
        slugs.insert(model->index(row, 0).data(Qt::UserRole).toString());
        if (row > 0) {
            ASSERT_LE(catalogue::naturalCompare(model->index(row - 1, 0).data().toString(),
                                                model->index(row, 0).data().toString()),
                      0)
                << row;
        }
    }
    EXPECT_EQ(slugs.size(), kStudies);
    // The first and the last ticked: compared side by side.
    model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    model->setData(model->index(kStudies - 1, 0), Qt::Checked, Qt::CheckStateRole);
    ASSERT_EQ(compare.comparison().studies.size(), 2);
    EXPECT_EQ(compare.comparison().studies.last().slug,
              model->index(kStudies - 1, 0).data(Qt::UserRole).toString());
    EXPECT_EQ(compare.table()->columnCount(), 2);
}

TEST_F(LargeCatalogueTest, TheMatrixPagesItsRowsOverEveryColumn)
{
    gui::review::OutcomeMatrixView view(m_catalogue);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const eb::review::OutcomeMatrix whole = eb::review::buildOutcomeMatrix(
        m_catalogue.studies(), m_catalogue.results(), eb::review::DisplayMetric::Native);
    ASSERT_EQ(whole.rows.size(), kStudies);
    gui::review::OutcomeMatrixModel *model = view.model();
    EXPECT_EQ(model->columnCount(), whole.columns.size() + 1);
    EXPECT_LT(model->rowCount(), kStudies);
    scrollToTheEnd(view.tableView());
    ASSERT_EQ(model->rowCount(), kStudies);
    for (int row = 0; row < kStudies; row += 97) {
        ASSERT_EQ(model->rowAt(row)->studySlug, whole.rows.at(row).studySlug) << row;
    }
    const eb::review::MatrixRow &last = whole.rows.last();
    EXPECT_EQ(model->rowAt(kStudies - 1)->studySlug, last.studySlug);
    const int column = last.cells.first().column + 1;
    EXPECT_EQ(model->index(kStudies - 1, column)
                  .data(gui::review::OutcomeMatrixModel::ResultIdRole)
                  .toLongLong(),
              last.cells.first().result.id);
    // The first row again, read back after the scroll let its page go.
    EXPECT_TRUE(model->index(0, 0).data().toString().startsWith(whole.rows.first().studyName));
    // The summary adds the whole list up, a batch at a time: as the unpaged function does.
    view.summaryBox()->setChecked(true);
    const QList<eb::review::GapCell> gaps =
        eb::review::evidenceGaps(m_catalogue.studies(), m_catalogue.results());
    QSet<QString> outcomes;
    for (const eb::review::GapCell &g : gaps) {
        outcomes.insert(g.outcomeSlug);
    }
    ASSERT_FALSE(outcomes.isEmpty());
    EXPECT_EQ(view.gapView()->model()->rowCount(), outcomes.size());
}

} // namespace

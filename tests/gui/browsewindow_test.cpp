// The main window's search, filter bar, columns and exports, driven as a user would: what hides
// rows is said above the table and cleared in one step, a search goes where its hits are, the
// key columns fit, and exports are named after what they hold.
#include "catalogue/catalogue.h"
#include "gui/browse/filterbar.h"
#include "gui/browse/recordbrowser.h"
#include "gui/browse/searchhighlightdelegate.h"
#include "gui/browse/searchsuggestions.h"
#include "gui/browse/tablecolumns.h"
#include "gui/features/research/recordexport.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;

constexpr int kTimeoutMs = 5000;

class BrowseWindowTest : public test::WindowTest
{
protected:
    BrowseWindowTest() : WindowTest(catalogue::OpenMode::ReadOnly) {}

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        QApplication::setActiveWindow(m_window.get());
    }

    gui::FilterBar *bar() const { return m_window->browser()->filterBar(); }
    QString barText() const { return bar()->textLabel()->text(); }

    void search(const QString &text)
    {
        QSignalSpy filtered(m_window.get(), &gui::MainWindow::recordsFiltered);
        m_window->searchField()->clear();
        filtered.clear();
        QTest::keyClicks(m_window->searchField(), text);
        ASSERT_TRUE(filtered.wait(kTimeoutMs)) << "the search never ran";
    }

    void chooseFilter(QComboBox *combo, const QString &key)
    {
        const int index = combo->findData(key);
        ASSERT_GE(index, 0) << qPrintable(key);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    // The dialog that `keys` opened (window-modal, so the test goes on), or null.
    QFileDialog *dialogOpenedBy(QWidget *focus, QKeyCombination keys, const QString &name)
    {
        focus->setFocus();
        EXPECT_TRUE(QTest::qWaitFor([focus] { return focus->hasFocus(); }, kTimeoutMs));
        QTest::keyClick(focus, keys.key(), keys.keyboardModifiers());
        QFileDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<QFileDialog *>(name);
                return dialog != nullptr && dialog->isVisible();
            },
            kTimeoutMs);
        return opened ? dialog : nullptr;
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

TEST_F(BrowseWindowTest, CochraneWithTheTbiFilterShowsTheBarAndTheHiddenCount)
{
    m_window->setCurrentSection(Section::Studies);
    EXPECT_FALSE(bar()->isVisible()); // every study shown: nothing to say
    chooseFilter(m_window->conditionFilter(), QStringLiteral("traumatic_brain_injury"));
    ASSERT_TRUE(bar()->isVisible());
    const QString condition = m_window->conditionFilter()->currentText();
    EXPECT_TRUE(barText().contains(QStringLiteral("Condition: %1").arg(condition)))
        << qPrintable(barText());
    const int all = studyCount();
    const QString tbiOfAll = QStringLiteral("%1 of %2 studies")
                                 .arg(studyCount(QStringLiteral("traumatic_brain_injury")))
                                 .arg(all);
    EXPECT_TRUE(barText().contains(tbiOfAll)) << qPrintable(barText());

    // Cochrane's study is a stroke review: the filter hides it, and the bar says so rather
    // than the window jumping away from the filtered section.
    search(QStringLiteral("Cochrane"));
    EXPECT_EQ(m_window->currentSection(), Section::Studies);
    EXPECT_EQ(m_window->model(Section::Studies)->rowCount(), 0);
    EXPECT_TRUE(barText().contains(QStringLiteral("Search: “Cochrane”"))) << qPrintable(barText());
    EXPECT_TRUE(barText().contains(QStringLiteral("0 of %1 studies").arg(all)))
        << qPrintable(barText());
    EXPECT_TRUE(barText().contains(QStringLiteral("1 match hidden by the filters")))
        << qPrintable(barText());
    // The status bar says each count once.
    const QString status = m_window->countsLabel()->text();
    EXPECT_EQ(status.count(QString::number(all)), 1) << qPrintable(status);

    // One action clears it all.
    QSignalSpy filtered(m_window.get(), &gui::MainWindow::recordsFiltered);
    QTest::mouseClick(bar()->clearButton(), Qt::LeftButton);
    ASSERT_GE(filtered.count(), 1);
    EXPECT_EQ(m_window->model(Section::Studies)->rowCount(), studyCount());
    EXPECT_TRUE(m_window->searchField()->text().isEmpty());
    EXPECT_EQ(m_window->conditionFilter()->currentIndex(), 0);
    EXPECT_FALSE(bar()->isVisible());
    EXPECT_EQ(m_window->sidebar()->item(0)->text(), QStringLiteral("Studies (%1)").arg(all));
}

TEST_F(BrowseWindowTest, FiltersShowOnlyInTheSectionTheyBelongTo)
{
    m_window->setCurrentSection(Section::Studies);
    EXPECT_TRUE(m_window->conditionFilter()->isVisible());
    EXPECT_FALSE(m_window->domainFilter()->isVisible());
    m_window->setCurrentSection(Section::Outcomes);
    EXPECT_FALSE(m_window->conditionFilter()->isVisible());
    EXPECT_TRUE(m_window->domainFilter()->isVisible());
    m_window->setCurrentSection(Section::Claims);
    EXPECT_FALSE(m_window->conditionFilter()->isVisible());
    EXPECT_FALSE(m_window->domainFilter()->isVisible());
}

TEST_F(BrowseWindowTest, ASearchJumpsToTheSectionWithTheBestHit)
{
    m_window->setCurrentSection(Section::Studies);
    search(QStringLiteral("CAPTAIN")); // studies have hits: stay
    EXPECT_EQ(m_window->currentSection(), Section::Studies);

    search(QStringLiteral("TNF")); // no study mentions TNF; mechanisms and claims do
    const Section shown = m_window->currentSection();
    EXPECT_NE(shown, Section::Studies);
    EXPECT_EQ(m_window->sidebar()->currentRow(), gui::sectionIndex(shown));
    EXPECT_GT(m_window->model(shown)->rowCount(), 0);
    EXPECT_TRUE(m_window->detailView()->toPlainText().contains(QStringLiteral("TNF")))
        << qPrintable(m_window->detailView()->toPlainText().left(300));
}

TEST_F(BrowseWindowTest, EscInTheSearchFieldClearsItThenTheFilters)
{
    m_window->setCurrentSection(Section::Studies);
    chooseFilter(m_window->conditionFilter(), QStringLiteral("stroke"));
    search(QStringLiteral("CAPTAIN"));
    QLineEdit *field = m_window->searchField();
    field->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([field] { return field->hasFocus(); }, kTimeoutMs));
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_EQ(m_window->model(Section::Studies)->rowCount(),
              studyCount(QStringLiteral("stroke"))); // the stroke filter stays
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_EQ(m_window->conditionFilter()->currentIndex(), 0);
    EXPECT_EQ(m_window->model(Section::Studies)->rowCount(), studyCount());
}

TEST_F(BrowseWindowTest, ASearchWithNoHitsSaysSoAndSuggestsWhatFinds)
{
    search(QStringLiteral("2.5 mg"));
    ASSERT_TRUE(bar()->isVisible());
    EXPECT_TRUE(barText().contains(QStringLiteral("Nothing in the catalogue matches")))
        << qPrintable(barText());
    // The note says which doses the catalogue holds, in its units, from the dosing table.
    EXPECT_TRUE(barText().contains(QStringLiteral("No dose of 2.5 mg is catalogued")))
        << qPrintable(barText());
    EXPECT_TRUE(barText().contains(QStringLiteral(" mL"))) << qPrintable(barText());
    const gui::SearchSuggestion doses = gui::suggestSearches(m_catalogue, QStringLiteral("2.5 mg"));
    for (const QString &query : doses.queries) {
        EXPECT_FALSE(m_catalogue.search(query, 1).isEmpty()) << qPrintable(query);
    }
    // A unit the catalogue has no dose in.
    EXPECT_TRUE(gui::suggestSearches(m_catalogue, QStringLiteral("5 µg"))
                    .note.startsWith(QStringLiteral("No dose in µg is catalogued")));

    // A misspelt word: the nearest words of the catalogue that find something.
    const gui::SearchSuggestion near =
        gui::suggestSearches(m_catalogue, QStringLiteral("Cochrain"));
    ASSERT_FALSE(near.queries.isEmpty());
    EXPECT_EQ(near.queries.first(), QStringLiteral("Cochrane"));
    search(QStringLiteral("Cochrain"));
    ASSERT_TRUE(barText().contains(QStringLiteral("search:Cochrane"))) << qPrintable(barText());
    // Clicking a suggestion searches for it.
    QSignalSpy filtered(m_window.get(), &gui::MainWindow::recordsFiltered);
    emit bar()->textLabel()->linkActivated(QStringLiteral("search:Cochrane"));
    ASSERT_GE(filtered.count(), 1);
    EXPECT_EQ(m_window->searchField()->text(), QStringLiteral("Cochrane"));
    EXPECT_FALSE(barText().contains(QStringLiteral("Nothing in the catalogue")));

    EXPECT_EQ(gui::editDistance(QStringLiteral("cochrain"), QStringLiteral("cochrane")), 2);
    EXPECT_EQ(gui::editDistance(QString(), QStringLiteral("abc")), 3);
}

TEST_F(BrowseWindowTest, MatchedWordsAreMarkedInTheTable)
{
    using Ranges = QList<QPair<qsizetype, qsizetype>>;
    EXPECT_EQ(gui::SearchHighlightDelegate::matches(QStringLiteral("CAPTAIN II"),
                                                    {QStringLiteral("capt")}),
              (Ranges{{0, 4}}));
    // A term marks the start of a word only.
    EXPECT_TRUE(gui::SearchHighlightDelegate::matches(QStringLiteral("Recaptured"),
                                                      {QStringLiteral("capt")})
                    .isEmpty());

    m_window->setCurrentSection(Section::Studies);
    QTableView *view = m_window->tableView();
    const auto markerPixels = [view] {
        const QImage image = view->viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                count += image.pixelColor(x, y) == gui::searchHighlightColor() ? 1 : 0;
            }
        }
        return count;
    };
    EXPECT_EQ(markerPixels(), 0);
    search(QStringLiteral("CAPTAIN"));
    EXPECT_GT(markerPixels(), 20);
    // The detail pane marks the same words.
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    EXPECT_TRUE(m_window->detailView()->toHtml().contains(gui::searchHighlightColor().name()))
        << "no marked word in the detail pane";
    search(QString());
    EXPECT_EQ(markerPixels(), 0);
    EXPECT_FALSE(m_window->detailView()->toHtml().contains(gui::searchHighlightColor().name()));
}

TEST_F(BrowseWindowTest, ExportWorksFromTheSearchFieldWithNamesThatNameTheRecord)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    QFileDialog *dialog =
        dialogOpenedBy(m_window->searchField(), QKeyCombination(Qt::ControlModifier, Qt::Key_E),
                       QStringLiteral("exportDialog"));
    ASSERT_NE(dialog, nullptr) << "Ctrl+E in the search field opened no export dialog";
    ASSERT_FALSE(dialog->selectedFiles().isEmpty());
    EXPECT_TRUE(dialog->selectedFiles().first().endsWith(QStringLiteral("/studies.csv")))
        << qPrintable(dialog->selectedFiles().first());
    // The record's results are offered under its name.
    const QList<gui::ExportChoice> choices = m_window->exportChoicesNow();
    ASSERT_EQ(choices.size(), 3);
    EXPECT_EQ(choices.at(1).kind, gui::ExportKind::Results);
    EXPECT_EQ(choices.at(1).fileName, QStringLiteral("captain-ii-results.csv"));
    EXPECT_EQ(choices.at(2).fileName, QStringLiteral("captain-ii.html"));
    dialog->selectNameFilter(choices.at(1).filter);
    emit dialog->filterSelected(choices.at(1).filter);
    EXPECT_TRUE(dialog->selectedFiles().first().endsWith(QStringLiteral("captain-ii-results.csv")))
        << qPrintable(dialog->selectedFiles().first());
    dialog->reject();

    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("captain-ii-results.csv"));
    ASSERT_TRUE(m_window->exportTo(gui::ExportKind::Results, csv, &error)) << qPrintable(error);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("study,outcome,timepoint"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN II,"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral(",0.59,0.52,0.66,"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("10.1007/s10072-019-04181-y"))) << qPrintable(text);

    // The chart's name too, with focus in the table.
    QFileDialog *chart = dialogOpenedBy(
        m_window->tableView(), QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_E),
        QStringLiteral("exportChartDialog"));
    ASSERT_NE(chart, nullptr);
    EXPECT_TRUE(chart->selectedFiles().first().endsWith(QStringLiteral("captain-ii-forest.png")))
        << qPrintable(chart->selectedFiles().first());
    chart->reject();

    EXPECT_EQ(gui::chartFileName(QString()), QStringLiteral("chart.png"));
    EXPECT_EQ(gui::exportChoices(QStringLiteral("outcome measures"), {}, {}, 0).first().fileName,
              QStringLiteral("outcome-measures.csv"));
}

TEST_F(BrowseWindowTest, TheColumnChooserHidesAndRestoresAColumnAndRemembersIt)
{
    m_window->setCurrentSection(Section::Studies);
    QTableView *view = m_window->tableView();
    const auto speciesAction = [](QMenu *menu) -> QAction * {
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Species")) {
                return action;
            }
        }
        return nullptr;
    };
    const int species = 4; // StudyTableModel::Column::Species
    ASSERT_EQ(view->model()->headerData(species, Qt::Horizontal).toString(),
              QStringLiteral("Species"));
    view->horizontalHeader()->setSectionHidden(species, false);
    {
        std::unique_ptr<QMenu> menu(gui::columnMenu(view, nullptr));
        QAction *action = speciesAction(menu.get());
        ASSERT_NE(action, nullptr);
        EXPECT_TRUE(action->isChecked());
        action->trigger();
    }
    EXPECT_TRUE(view->horizontalHeader()->isSectionHidden(species));
    m_window->close();
    m_window.reset();

    gui::Settings reread(settingsFile());
    gui::MainWindow again(m_catalogue, reread);
    again.resize(1280, 800);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    QTableView *restored = again.tableView(Section::Studies);
    EXPECT_TRUE(restored->horizontalHeader()->isSectionHidden(species));
    std::unique_ptr<QMenu> menu(gui::columnMenu(restored, nullptr));
    QAction *action = speciesAction(menu.get());
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isChecked());
    action->trigger();
    EXPECT_FALSE(restored->horizontalHeader()->isSectionHidden(species));
    EXPECT_GT(restored->horizontalHeader()->sectionSize(species), 0);
}

TEST_F(BrowseWindowTest, AtFirstStartTheWindowFitsTheScreenAndTheKeyColumnsFit)
{
    QTemporaryDir dir;
    gui::Settings fresh(dir.filePath(QStringLiteral("first.ini")));
    gui::MainWindow first(m_catalogue, fresh);
    first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
    const QRect available = first.screen()->availableGeometry();
    EXPECT_TRUE(available.contains(first.frameGeometry()))
        << first.frameGeometry().width() << "x" << first.frameGeometry().height() << " in "
        << available.width() << "x" << available.height();

    // At 1280x800 every section's key columns are shown, none needs a scroll bar, and no
    // header text is cut.
    m_window->close();
    m_window.reset();
    QTemporaryDir wide;
    gui::Settings wideSettings(wide.filePath(QStringLiteral("wide.ini")));
    gui::MainWindow window(m_catalogue, wideSettings);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (Section section : gui::kSections) {
        window.setCurrentSection(section);
        QApplication::processEvents();
        QTableView *view = window.tableView(section);
        const auto *model = window.model(section);
        QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            if (model->isKeyColumn(column)) {
                EXPECT_FALSE(header->isSectionHidden(column)) << qPrintable(name);
            }
            if (!header->isSectionHidden(column)) {
                EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column))
                    << qPrintable(name) << " header is cut";
            }
        }
        QStringList sizes;
        for (int column = 0; column < model->columnCount(); ++column) {
            sizes << QString::number(header->isSectionHidden(column) ? -1
                                                                     : header->sectionSize(column));
        }
        EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0)
            << qPrintable(sectionKey(section)) << " viewport " << view->viewport()->width()
            << " sizes " << qPrintable(sizes.join(QLatin1Char(' ')));
    }
}

} // namespace

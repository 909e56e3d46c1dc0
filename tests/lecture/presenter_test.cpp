// Lecture mode driven with QTest: the deck panel in the main window, the presenter's keys and
// counter, the forest reveal, the live lab slide, the deck file and the PDF export.
#include "catalogue/catalogue.h"
#include "charts/chartview.h"
#include "charts/distributionchart.h"
#include "gui/chart/chartpane.h"
#include "gui/features/lecture/deckmodel.h"
#include "gui/features/lecture/deckpanel.h"
#include "gui/features/lecture/educatoractions.h"
#include "gui/features/lecture/effectsizelab.h"
#include "gui/features/lecture/presenter.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "lecture/forestreveal.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using lecture::ResultKey;
using lecture::Slide;
using lecture::SlideKind;

Slide forestOf(const char *study)
{
    Slide slide;
    slide.kind = SlideKind::Forest;
    slide.record = {QStringLiteral("study"), QString::fromLatin1(study)};
    slide.reveal = false;
    return slide;
}

Slide pooledForest()
{
    Slide slide;
    slide.kind = SlideKind::Forest;
    slide.results = {{QStringLiteral("captain-i"), QStringLiteral("captain-ensemble"), QString(),
                      QStringLiteral("poon-2020"), QStringLiteral("mw"), false},
                     {QStringLiteral("captain-ii"), QStringLiteral("captain-ensemble"),
                      QStringLiteral("day 90"), QStringLiteral("muresanu-2020"),
                      QStringLiteral("mw"), false}};
    slide.pool = QStringLiteral("REML");
    return slide;
}

Slide distribution()
{
    Slide slide;
    slide.kind = SlideKind::Distribution;
    slide.result = ResultKey{QStringLiteral("captain-ii"), QStringLiteral("captain-ensemble"),
                             QStringLiteral("day 90"),     QStringLiteral("muresanu-2020"),
                             QStringLiteral("mw"),         false};
    return slide;
}

Slide timeCourse()
{
    Slide slide;
    slide.kind = SlideKind::TimeCourse;
    slide.record = {QStringLiteral("study"), QStringLiteral("captain-ii")};
    return slide;
}

int pageCount(const QString &file)
{
    QFile pdf(file);
    if (!pdf.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return static_cast<int>(QString::fromLatin1(pdf.readAll())
                                .count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

class PresenterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     catalogue::OpenMode::ReadOnly));
        m_presenter = std::make_unique<gui::Presenter>(m_catalogue);
    }

    void present(const QList<Slide> &slides)
    {
        lecture::Deck deck;
        deck.slides = slides;
        m_presenter->setDeck(deck);
        m_presenter->present(nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_presenter.get()));
    }

    void key(Qt::Key k) { QTest::keyClick(m_presenter.get(), k); }
    QString counter() const { return m_presenter->counterLabel()->text(); }

    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Presenter> m_presenter;
};

TEST_F(PresenterTest, ArrowKeysStepThroughThreeCharts)
{
    present({forestOf("cars-1"), distribution(), timeCourse()});
    EXPECT_TRUE(m_presenter->isFullScreen());
    EXPECT_EQ(counter(), QStringLiteral("1 / 3"));
    key(Qt::Key_Right);
    EXPECT_EQ(counter(), QStringLiteral("2 / 3"));
    EXPECT_NE(dynamic_cast<charts::DistributionChart *>(m_presenter->view(0)->figure()), nullptr);
    key(Qt::Key_Left);
    EXPECT_EQ(counter(), QStringLiteral("1 / 3"));
    key(Qt::Key_Space);
    key(Qt::Key_PageDown);
    EXPECT_EQ(counter(), QStringLiteral("3 / 3"));
    key(Qt::Key_Right); // stays on the last slide
    EXPECT_EQ(counter(), QStringLiteral("3 / 3"));
    key(Qt::Key_PageUp);
    EXPECT_EQ(counter(), QStringLiteral("2 / 3"));
    key(Qt::Key_Home);
    EXPECT_EQ(counter(), QStringLiteral("1 / 3"));
    key(Qt::Key_End);
    EXPECT_EQ(counter(), QStringLiteral("3 / 3"));
    // The counter is large type: at least the deck's font scale times the body size.
    EXPECT_GE(m_presenter->counterLabel()->font().pixelSize(), 32);
    key(Qt::Key_Escape);
    EXPECT_FALSE(m_presenter->isVisible());
}

TEST_F(PresenterTest, ForestSlideRevealsInThreeSteps)
{
    present({pooledForest(), timeCourse()});
    lecture::ForestReveal *reveal = m_presenter->reveal();
    ASSERT_NE(reveal, nullptr);
    ASSERT_EQ(reveal->stepCount(), 4);
    // 1. the studies one by one
    EXPECT_EQ(reveal->revealedRows(), 1);
    EXPECT_FALSE(reveal->pooledRevealed());
    key(Qt::Key_Right);
    EXPECT_EQ(reveal->revealedRows(), 2);
    EXPECT_FALSE(reveal->pooledRevealed());
    // 2. the pooled estimate
    key(Qt::Key_Right);
    EXPECT_TRUE(reveal->pooledRevealed());
    EXPECT_FALSE(reveal->predictionRevealed());
    // 3. the prediction interval
    key(Qt::Key_Right);
    EXPECT_TRUE(reveal->predictionRevealed());
    EXPECT_EQ(counter(), QStringLiteral("1 / 2"));
    key(Qt::Key_Right);
    EXPECT_EQ(counter(), QStringLiteral("2 / 2"));
    // Back: the forest comes back fully revealed, then steps back.
    key(Qt::Key_Left);
    ASSERT_NE(m_presenter->reveal(), nullptr);
    EXPECT_TRUE(m_presenter->reveal()->predictionRevealed());
    key(Qt::Key_Left);
    EXPECT_FALSE(m_presenter->reveal()->predictionRevealed());
}

TEST_F(PresenterTest, LabSlideFollowsTheSliderLive)
{
    Slide lab;
    lab.kind = SlideKind::Lab;
    lab.lab.input.value = 0.62;
    present({lab});
    QSlider *slider = m_presenter->liveSlider();
    ASSERT_TRUE(slider->isVisible());
    EXPECT_EQ(slider->value(), 620);
    // Drag the handle to the right, as a lecturer would.
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = Qt::Horizontal;
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = option.sliderValue = slider->value();
    option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    const QPoint handle =
        slider->style()
            ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
            .center();
    QTest::mousePress(slider, Qt::LeftButton, {}, handle);
    QTest::mouseMove(slider, handle + QPoint(40, 0));
    QTest::mouseMove(slider, handle + QPoint(80, 0));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, handle + QPoint(80, 0));
    EXPECT_GT(slider->value(), 620);
    auto *chart = dynamic_cast<charts::DistributionChart *>(m_presenter->view(0)->figure());
    ASSERT_NE(chart, nullptr);
    EXPECT_NEAR(*chart->spec().mw, slider->value() / 1000.0, 1e-9);
    // The arrow keys still step slides, never the slider.
    key(Qt::Key_Right);
    EXPECT_EQ(counter(), QStringLiteral("1 / 1"));
}

TEST_F(PresenterTest, AMissingRecordShowsAMessageSlide)
{
    present({forestOf("no-such-study"), distribution()});
    EXPECT_EQ(counter(), QStringLiteral("1 / 2"));
    ASSERT_NE(m_presenter->view(0)->figure(), nullptr);
    bool said = false;
    for (auto *text : m_presenter->view(0)->figure()->textItems()) {
        said = said || text->text().contains(QStringLiteral("no longer"));
    }
    EXPECT_TRUE(said);
    key(Qt::Key_Right);
    EXPECT_EQ(counter(), QStringLiteral("2 / 2"));
}

// The tools inside the main window: Add to presentation, the deck panel, file round trip,
// PDF, and the deck restored on the next start.
class DeckInWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        gui::initResources();
        ASSERT_TRUE(m_dir.isValid());
        // The deck never saved lives in the app's data folder: one per test process, so that
        // tests running in parallel (ctest -j) never share it.
        m_oldDataHome = qgetenv("HOME");
        qputenv("HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QFile::remove(gui::EducatorTools::unsavedDeckFile());
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     catalogue::OpenMode::ReadOnly));
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        open();
    }

    void TearDown() override
    {
        m_window.reset();
        QFile::remove(gui::EducatorTools::unsavedDeckFile());
        if (m_oldDataHome.isNull()) {
            qunsetenv("HOME");
        } else {
            qputenv("HOME", m_oldDataHome);
        }
    }

    void open()
    {
        m_window = std::make_unique<gui::MainWindow>(m_catalogue, *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_tools = m_window->findChild<gui::EducatorTools *>();
        ASSERT_NE(m_tools, nullptr);
    }

    gui::DeckModel *model() const { return m_tools->deckModel(); }

    QTemporaryDir m_dir;
    QByteArray m_oldDataHome;
    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::EducatorTools *m_tools = nullptr;
};

TEST_F(DeckInWindow, BuildReorderRetitleSaveReopenAndExport)
{
    QAbstractItemModelTester tester(model());
    ASSERT_TRUE(m_window->selectRecord(gui::Section::Studies, QStringLiteral("captain-ii")));
    m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
    QToolButton *add = m_window->chartPane()->addToPresentationButton();
    ASSERT_TRUE(add->isVisible());
    const QList<QAction *> kinds = add->menu()->actions();
    kinds.at(0)->trigger(); // forest plot
    kinds.at(1)->trigger(); // the distribution of the MW result
    ASSERT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(model()->deck().slides.at(0).record.slug, QStringLiteral("captain-ii"));
    EXPECT_EQ(model()->deck().slides.at(1).kind, SlideKind::Distribution);

    // The lab's "Add to presentation".
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    ASSERT_EQ(model()->rowCount(), 3);
    EXPECT_EQ(model()->deck().slides.at(2).kind, SlideKind::Lab);

    // Reorder with the keys: the lab slide to the top.
    QListView *list = m_tools->deckPanel()->list();
    m_tools->deckDock()->show();
    list->setFocus();
    list->setCurrentIndex(model()->index(2));
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(model()->deck().slides.at(0).kind, SlideKind::Lab);
    EXPECT_EQ(list->currentIndex().row(), 0);

    // Retitle with F2, and a note.
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("What 0.62 means"));

    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits through a queued call
    EXPECT_EQ(model()->deck().slides.at(0).title, QStringLiteral("What 0.62 means"));
    QTest::keyClicks(m_tools->deckPanel()->noteEdit(), QStringLiteral("ask first"));
    EXPECT_EQ(model()->deck().slides.at(0).note, QStringLiteral("ask first"));

    // Delete removes the current slide; the file round-trips the rest.
    list->setFocus();
    list->setCurrentIndex(model()->index(1));
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_EQ(model()->rowCount(), 2);
    const lecture::Deck built = model()->deck();
    const QString file = m_dir.filePath(QStringLiteral("deck.json"));
    QString error;
    ASSERT_TRUE(m_tools->saveDeck(file, &error)) << error.toStdString();
    model()->setDeck({});
    ASSERT_TRUE(m_tools->openDeck(file, &error)) << error.toStdString();
    EXPECT_EQ(model()->deck(), built);

    const QString pdf = m_dir.filePath(QStringLiteral("slides.pdf"));
    ASSERT_TRUE(m_tools->exportPdf(pdf, &error)) << error.toStdString();
    EXPECT_EQ(pageCount(pdf), 2);

    // The last deck comes back on the next start.
    m_window->close();
    m_window.reset();
    open();
    EXPECT_EQ(model()->deck(), built);
    EXPECT_EQ(m_tools->deckFile(), file);
}

TEST_F(DeckInWindow, UnsavedDeckComesBackToo)
{
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    ASSERT_EQ(model()->rowCount(), 1);
    m_window->close();
    m_window.reset();
    open();
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_TRUE(m_tools->deckFile().isEmpty());
}

TEST_F(DeckInWindow, TheWindowsOwnMenusHoldTheActions)
{
    QStringList titles;
    QMenu *file = nullptr;
    QMenu *view = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        titles << action->text();
        if (action->text() == QStringLiteral("&File")) {
            file = action->menu();
        } else if (action->text() == QStringLiteral("&View")) {
            view = action->menu();
        }
    }
    EXPECT_EQ(titles.count(QStringLiteral("&File")), 1)
        << titles.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(titles.count(QStringLiteral("&View")), 1);
    ASSERT_NE(file, nullptr);
    ASSERT_NE(view, nullptr);
    QStringList fileItems;
    for (QAction *action : file->actions()) {
        fileItems << action->text();
    }
    EXPECT_TRUE(fileItems.contains(QStringLiteral("Open &Presentation...")));
    EXPECT_TRUE(fileItems.contains(QStringLiteral("Export Presentation as P&DF...")));
    // Before Quit, which stays last.
    EXPECT_EQ(file->actions().constLast()->menuRole(), QAction::QuitRole);
    EXPECT_TRUE(view->actions().contains(m_tools->labAction()));
    EXPECT_TRUE(view->actions().contains(m_tools->presentAction()));
}

TEST_F(DeckInWindow, F5PresentsTheDeck)
{
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    m_tools->presentAction()->trigger();
    ASSERT_NE(m_tools->presenter(), nullptr);
    EXPECT_TRUE(m_tools->presenter()->isVisible());
    EXPECT_EQ(m_tools->presenter()->counterText(), QStringLiteral("1 / 1"));
    QTest::keyClick(m_tools->presenter(), Qt::Key_Escape);
    EXPECT_FALSE(m_tools->presenter()->isVisible());
    EXPECT_EQ(m_tools->presentAction()->shortcut(), QKeySequence(Qt::Key_F5));
}

} // namespace

namespace {

TEST(DeckModelTest, DragAndDropMovesASlide)
{
    gui::DeckModel model;
    QAbstractItemModelTester tester(&model);
    lecture::Deck deck;
    deck.slides = {forestOf("a"), forestOf("b"), forestOf("c")};
    model.setDeck(deck);
    // What the list view does for a drag of row 0 dropped below the last row.
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0)}));
    ASSERT_NE(data, nullptr);
    EXPECT_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {})); // moved, not copied
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.deck().slides.at(0).record.slug, QStringLiteral("b"));
    EXPECT_EQ(model.deck().slides.at(2).record.slug, QStringLiteral("a"));
    EXPECT_TRUE(
        model.data(model.index(2), Qt::DisplayRole).toString().startsWith(QStringLiteral("3. ")));
    EXPECT_TRUE(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_TRUE(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
}

} // namespace

// The deck as the lecturer builds it in the main window: a forest slide added from the Chart
// tab draws what the tab drew, a deck edited after opening is marked and never lost on quit,
// and the deck panel names slides in words.
#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "gui/chart/chartpane.h"
#include "gui/features/lecture/deckmodel.h"
#include "gui/features/lecture/deckpanel.h"
#include "gui/features/lecture/educatoractions.h"
#include "gui/features/lecture/effectsizelab.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/synthesesview.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "lecture/deckbundle.h"
#include "lecture/resultkey.h"
#include "lecture/slidefigure.h"
#include "stats/metric.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using lecture::Slide;
using lecture::SlideKind;

class DeckEdits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        gui::initResources();
        ASSERT_TRUE(m_dir.isValid());
        // The deck never saved lives in the app's data folder: one per test process, so that
        // tests running in parallel (ctest -j) never share it. In test mode Qt puts that folder
        // under $HOME/.qttest and ignores XDG_DATA_HOME, so HOME is what must differ.
        m_oldDataHome = qgetenv("HOME");
        qputenv("HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QFile::remove(gui::EducatorTools::unsavedDeckFile());
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     catalogue::OpenMode::ReadOnly));
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_window = std::make_unique<gui::MainWindow>(m_catalogue, *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_tools = m_window->findChild<gui::EducatorTools *>();
        ASSERT_NE(m_tools, nullptr);
    }

    void TearDown() override
    {
        if (m_tools != nullptr) {
            m_tools->setSaveQuestion([] { return QMessageBox::Discard; });
        }
        m_window.reset();
        QFile::remove(gui::EducatorTools::unsavedDeckFile());
        if (m_oldDataHome.isNull()) {
            qunsetenv("HOME");
        } else {
            qputenv("HOME", m_oldDataHome);
        }
    }

    gui::DeckModel *model() const { return m_tools->deckModel(); }

    // Chooses "Forest plot" in the Chart tab's "Add to presentation" menu.
    void addForestOf(gui::Section section, const QString &slug)
    {
        ASSERT_TRUE(m_window->selectRecord(section, slug));
        m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
        QToolButton *add = m_window->chartPane()->addToPresentationButton();
        ASSERT_TRUE(add->isVisible());
        add->menu()->actions().at(0)->trigger();
    }

    QTemporaryDir m_dir;
    QByteArray m_oldDataHome;
    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::EducatorTools *m_tools = nullptr;
};

QStringList rowsOf(const evidence::ForestSpec &spec)
{
    QStringList rows;
    for (const evidence::ForestRow &row : spec.rows) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                    .arg(row.study, row.outcome, row.timepoint)
                    .arg(row.estimate.value_or(-1), 0, 'g', 8)
                    .arg(row.ciLow.value_or(-1), 0, 'g', 8)
                    .arg(row.ciHigh.value_or(-1), 0, 'g', 8);
    }
    return rows;
}

TEST_F(DeckEdits, ASlideShowsWhatTheChartShowed)
{
    addForestOf(gui::Section::Outcomes, QStringLiteral("sae-people"));
    const QList<charts::ForestPlotView *> views = m_window->chartPane()->forestViews();
    ASSERT_FALSE(views.isEmpty());
    const evidence::ForestSpec &tab = views.first()->forestPlot()->spec();
    ASSERT_EQ(tab.metric, stats::Metric::RiskRatio);
    ASSERT_EQ(tab.rows.size(), 2); // two RRs on a log axis

    ASSERT_EQ(model()->rowCount(), static_cast<int>(views.size()));
    const Slide slide = model()->deck().slides.at(0);
    EXPECT_EQ(slide.kind, SlideKind::Forest);
    EXPECT_EQ(slide.record.slug, QStringLiteral("sae-people"));
    EXPECT_EQ(slide.metric, QStringLiteral("reported"));
    EXPECT_EQ(slide.scale, QStringLiteral("rr"));

    const lecture::BuiltSlide built = lecture::buildSlide(slide, m_catalogue, 2.0);
    ASSERT_TRUE(built.ok()) << built.problem.toStdString();
    ASSERT_EQ(built.figures.size(), 1u);
    const auto *plot = dynamic_cast<const charts::ForestPlot *>(built.figures.front().get());
    ASSERT_NE(plot, nullptr);
    EXPECT_EQ(plot->spec().metric, stats::Metric::RiskRatio); // RR, log axis
    EXPECT_TRUE(stats::isRatio(plot->spec().metric));
    EXPECT_EQ(rowsOf(plot->spec()), rowsOf(tab));
    EXPECT_EQ(plot->spec().axisMin, tab.axisMin);
    EXPECT_EQ(plot->spec().axisMax, tab.axisMax);
    EXPECT_EQ(plot->spec().noEffect, tab.noEffect);
}

TEST_F(DeckEdits, AnEditedDeckIsMarkedAndQuittingAsksToSave)
{
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    const QString file = m_dir.filePath(QStringLiteral("deck.json"));
    QString error;
    ASSERT_TRUE(m_tools->saveDeck(file, &error)) << error.toStdString();
    ASSERT_TRUE(m_tools->openDeck(file, &error)) << error.toStdString();
    EXPECT_FALSE(m_tools->isModified());
    EXPECT_FALSE(m_tools->deckDock()->windowTitle().endsWith(QLatin1Char('*')));

    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton); // an edit
    EXPECT_TRUE(m_tools->isModified());
    EXPECT_TRUE(m_tools->deckDock()->windowTitle().endsWith(QLatin1Char('*')))
        << m_tools->deckDock()->windowTitle().toStdString();

    int asked = 0;
    m_tools->setSaveQuestion([&] {
        ++asked;
        return QMessageBox::Cancel;
    });
    EXPECT_FALSE(m_window->close()); // cancelled: the window stays, the edit too
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(model()->rowCount(), 2);

    m_tools->setSaveQuestion([&] {
        ++asked;
        return QMessageBox::Save;
    });
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(asked, 2);
    const auto saved = lecture::loadDeck(file, &error);
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_EQ(saved->slides.size(), 2);
    EXPECT_FALSE(m_tools->isModified());
    EXPECT_FALSE(m_tools->deckDock()->windowTitle().endsWith(QLatin1Char('*')));
}

TEST_F(DeckEdits, TheQuestionIsARealMessageBoxWithThreeAnswers)
{
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    const QString file = m_dir.filePath(QStringLiteral("deck.json"));
    QString error;
    ASSERT_TRUE(m_tools->saveDeck(file, &error)) << error.toStdString();
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    ASSERT_TRUE(m_tools->isModified());
    QStringList buttons;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        for (QAbstractButton *button : box->buttons()) {
            buttons << QString::number(box->standardButton(button));
        }
        box->button(QMessageBox::Discard)->click();
    });
    EXPECT_TRUE(m_tools->maybeSaveDeck()); // discarded: may go on
    EXPECT_EQ(buttons.size(), 3);
    EXPECT_EQ(lecture::loadDeck(file, &error)->slides.size(), 1); // not saved
}

TEST_F(DeckEdits, TheDeckPanelNamesSlidesInWords)
{
    Slide distribution;
    distribution.kind = SlideKind::Distribution;
    distribution.result =
        lecture::ResultKey{QStringLiteral("captain-ii"), QStringLiteral("captain-ensemble"),
                           QStringLiteral("day 90"),     QStringLiteral("muresanu-2020"),
                           QStringLiteral("mw"),         false};
    Slide forest;
    forest.kind = SlideKind::Forest;
    forest.record = {QStringLiteral("study"), QStringLiteral("captain-ii")};
    m_tools->addSlide(distribution);
    m_tools->addSlide(forest);
    const auto study = m_catalogue.study(QStringLiteral("captain-ii"));
    ASSERT_TRUE(study);
    const QString first = model()->data(model()->index(0), Qt::DisplayRole).toString();
    const QString second = model()->data(model()->index(1), Qt::DisplayRole).toString();
    EXPECT_TRUE(first.contains(study->name)) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("day 90"))) << first.toStdString();
    EXPECT_FALSE(first.contains(QStringLiteral("captain-ii"))) << first.toStdString();
    EXPECT_FALSE(first.contains(QStringLiteral("captain-ensemble"))) << first.toStdString();
    EXPECT_FALSE(first.contains(QStringLiteral("muresanu-2020"))) << first.toStdString();
    EXPECT_TRUE(second.contains(study->name)) << second.toStdString();
    EXPECT_FALSE(second.contains(QStringLiteral("captain-ii"))) << second.toStdString();
}

// A pooled forest slide with its reveal, from the Chart tab and from the Pool window.
TEST_F(DeckEdits, PooledForestSlidesFromTheChartTabAndThePoolWindow)
{
    ASSERT_TRUE(m_window->selectRecord(gui::Section::Studies, QStringLiteral("captain-ii")));
    m_window->detailTabs()->setCurrentWidget(m_window->chartPane());
    QAction *pooled = nullptr;
    for (QAction *action : m_window->chartPane()->addToPresentationButton()->menu()->actions()) {
        if (action->text().contains(QStringLiteral("pooled"))) {
            pooled = action;
        }
    }
    ASSERT_NE(pooled, nullptr);
    pooled->trigger();
    ASSERT_EQ(model()->rowCount(), 1);
    const Slide fromChart = model()->deck().slides.at(0);
    EXPECT_EQ(fromChart.pool, QStringLiteral("REML"));
    EXPECT_TRUE(fromChart.reveal);
    EXPECT_EQ(fromChart.record.slug, QStringLiteral("captain-ii"));

    QList<qint64> ids;
    for (const catalogue::ResultRecord &result : m_catalogue.results()) {
        if (result.outcomeSlug == QLatin1String("captain-ensemble") &&
            lecture::resultMetricKey(result) == QLatin1String("mw") && ids.size() < 2 &&
            ((result.studySlug == QLatin1String("captain-i") &&
              result.sourceSlug == QLatin1String("poon-2020")) ||
             (result.studySlug == QLatin1String("captain-ii") &&
              result.sourceSlug == QLatin1String("muresanu-2020") &&
              result.timepoint == QLatin1String("day 90")))) {
            ids << result.id;
        }
    }
    ASSERT_EQ(ids.size(), 2);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("poolAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *pool = m_window->findChild<gui::review::PoolDialog *>();
    ASSERT_NE(pool, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(pool));
    EXPECT_FALSE(pool->addToPresentationButton()->isEnabled()); // nothing pooled yet
    pool->setSelectedResults(ids);
    ASSERT_TRUE(pool->pool()) << pool->messages()->text().toStdString();
    ASSERT_TRUE(pool->addToPresentationButton()->isEnabled());
    QTest::mouseClick(pool->addToPresentationButton(), Qt::LeftButton);
    ASSERT_EQ(model()->rowCount(), 2);
    const Slide fromPool = model()->deck().slides.at(1);
    EXPECT_EQ(fromPool.results.size(), 2);
    EXPECT_EQ(fromPool.pool, QStringLiteral("REML"));
    EXPECT_TRUE(fromPool.reveal);
    const lecture::BuiltSlide built = lecture::buildSlide(fromPool, m_catalogue, 1.0);
    EXPECT_TRUE(built.ok()) << built.problem.toStdString();
}

// The summary-of-findings table from the Syntheses window, through the window's slide channel
// (WindowContext::requestSlide), as a slide that names the review and its source.
TEST_F(DeckEdits, SummaryOfFindingsSlideFromTheSynthesesWindow)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("synthesesAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *view = m_window->findChild<gui::review::SynthesesView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));
    ASSERT_FALSE(view->summaryOfFindings().isEmpty());
    ASSERT_TRUE(view->addToPresentationButton()->isEnabled());
    QTest::mouseClick(view->addToPresentationButton(), Qt::LeftButton);
    ASSERT_EQ(model()->rowCount(), 1);
    const Slide slide = model()->deck().slides.at(0);
    EXPECT_EQ(slide.kind, SlideKind::Findings);
    EXPECT_EQ(slide.record.slug, QStringLiteral("cochrane-2023-stroke"));
    EXPECT_EQ(slide.source, QStringLiteral("cochrane-2023"));
    const lecture::BuiltSlide built = lecture::buildSlide(slide, m_catalogue, 2.0);
    EXPECT_TRUE(built.ok()) << built.problem.toStdString();
    EXPECT_TRUE(built.title.contains(QStringLiteral("Summary of findings")));
    view->close();
}

TEST_F(DeckEdits, UpAndDownStayRightAfterAMove)
{
    Slide forest;
    forest.kind = SlideKind::Forest;
    forest.record = {QStringLiteral("study"), QStringLiteral("cars-1")};
    for (int i = 0; i < 3; ++i) {
        m_tools->addSlide(forest);
    }
    gui::DeckPanel *panel = m_tools->deckPanel();
    QPushButton *up = nullptr;
    QPushButton *down = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        up = button->text() == QStringLiteral("Up") ? button : up;
        down = button->text() == QStringLiteral("Down") ? button : down;
    }
    ASSERT_NE(up, nullptr);
    ASSERT_NE(down, nullptr);
    panel->list()->setCurrentIndex(model()->index(1));
    EXPECT_TRUE(up->isEnabled());
    up->click(); // now the first slide: Up can do nothing more
    EXPECT_EQ(panel->currentRow(), 0);
    EXPECT_FALSE(up->isEnabled());
    EXPECT_TRUE(down->isEnabled());
    down->click();
    down->click(); // now the last
    EXPECT_EQ(panel->currentRow(), 2);
    EXPECT_FALSE(down->isEnabled());
    EXPECT_TRUE(up->isEnabled());
}

TEST_F(DeckEdits, ANeverSavedDeckIsNotReplacedWithoutAsking)
{
    EXPECT_TRUE(m_tools->mayReplaceDeck()); // an empty deck loses nothing
    Slide forest;
    forest.kind = SlideKind::Forest;
    forest.record = {QStringLiteral("study"), QStringLiteral("cars-1")};
    m_tools->addSlide(forest);
    int asked = 0;
    m_tools->setSaveQuestion([&asked] {
        ++asked;
        return QMessageBox::Cancel;
    });
    EXPECT_FALSE(m_tools->mayReplaceDeck());
    EXPECT_EQ(asked, 1);
    m_tools->setSaveQuestion([&asked] {
        ++asked;
        return QMessageBox::Discard;
    });
    EXPECT_TRUE(m_tools->mayReplaceDeck());
    EXPECT_EQ(asked, 2);
}

// File ▸ Export Deck Bundle…: the bundle `evidence render deck --bundle` writes, from the
// window; a folder holding files is kept unless the user says to replace it, then replaced whole.
TEST_F(DeckEdits, TheWindowExportsADeckBundleAndAsksBeforeReplacingAFolder)
{
    QAction *action = nullptr;
    for (QAction *candidate : m_window->findChildren<QAction *>()) {
        if (candidate->text() == QStringLiteral("Export Deck &Bundle...")) {
            action = candidate;
        }
    }
    ASSERT_NE(action, nullptr);
    QTest::mouseClick(m_tools->lab()->addButton(), Qt::LeftButton);
    ASSERT_EQ(model()->rowCount(), 1);

    const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
    ASSERT_TRUE(m_tools->exportBundleInto(fresh));
    QStringList expected = lecture::deckBundleFiles(1);
    expected.sort();
    EXPECT_EQ(QDir(fresh).entryList(QDir::Files, QDir::Name), expected);

    const QString kept = m_dir.filePath(QStringLiteral("kept"));
    ASSERT_TRUE(QDir().mkpath(kept));
    QFile mine(kept + QStringLiteral("/mine.txt"));
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("the user's file");
    mine.close();
    QString error;
    EXPECT_FALSE(m_tools->exportBundle(kept, false, &error));
    EXPECT_FALSE(error.isEmpty());
    const auto answer = [](QMessageBox::StandardButton button, QString *text) {
        QTimer::singleShot(0, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            *text = box->text();
            box->button(button)->click();
        });
    };
    QString question;
    answer(QMessageBox::Cancel, &question);
    EXPECT_FALSE(m_tools->exportBundleInto(kept));
    EXPECT_TRUE(question.contains(QStringLiteral("already holds files"))) << question.toStdString();
    EXPECT_EQ(QDir(kept).entryList(QDir::Files), QStringList{QStringLiteral("mine.txt")});

    answer(QMessageBox::Yes, &question);
    EXPECT_TRUE(m_tools->exportBundleInto(kept));
    EXPECT_EQ(QDir(kept).entryList(QDir::Files, QDir::Name), expected); // replaced whole
}

} // namespace

// Long work off the GUI thread, second part (issue 20): the window's figure bundle and the Pool
// window's pooling run on the window's job runner. A cancelled bundle leaves the folder it
// would replace as it was, with no temporary folder beside it; an uncancelled one writes every
// file and every panel, and its pictures (recorded on the GUI thread, rasterised on the job's)
// are the pictures the scenes draw directly. The Pool window pools 5,000 ticked results of a
// generated catalogue on the job's thread, shows the estimate `evidence pool --results` prints,
// and the event loop keeps turning meanwhile (timer ticks counted, never timed).
#include "catalogue/syntheticcatalogue.h"
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "commandrun.h"
#include "evidence/format.h"
#include "evidence/poolchecks.h"
#include "export/figurebundle.h"
#include "gui/chart/chartpane.h"
#include "gui/features/research/researcheractions.h"
#include "gui/features/review/pooldialog.h"
#include "gui/shell/jobrunner.h"
#include "loopprobe.h"
#include "poolableresults.h"
#include "windowtest.h"

#include <QDir>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using eb::gui::JobRunner;
using eb::gui::ResearcherActions;
using eb::gui::Section;
using eb::test::LoopProbe;

namespace {

// The files of a folder with their contents.
QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        QFile file(QDir(folder).filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        files.insert(name, file.readAll());
    }
    return files;
}

class FigureBundleJob : public eb::test::WindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_actions = m_window->findChild<ResearcherActions *>(QStringLiteral("researcherActions"));
        m_jobs = m_window->findChild<JobRunner *>();
        ASSERT_NE(m_actions, nullptr);
        ASSERT_NE(m_jobs, nullptr);
        // Wang 2017's chart has two panels (benefit and harms).
        ASSERT_TRUE(
            m_window->selectRecord(Section::Studies, QStringLiteral("wang-2017-meta-analysis")));
        m_folder = m_dir.filePath(QStringLiteral("bundle"));
    }

    // An earlier bundle's folder, with a file of the user's in it.
    void writeOldFolder()
    {
        ASSERT_TRUE(QDir().mkpath(m_folder));
        QFile old(QDir(m_folder).filePath(QStringLiteral("old.txt")));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the user's own file\n");
    }

    // Runs startFigureBundle and waits for its end; cancels as the job numbered cancelAt
    // (1: the catalogue read, 2: drawing and writing) starts, when given.
    struct Ended
    {
        bool written = false;
        bool cancelled = false;
        QString error;
        int jobs = 0;
    };
    Ended runBundle(int cancelAt)
    {
        Ended ended;
        bool done = false;
        const auto started = QObject::connect(m_jobs, &JobRunner::started, [&] {
            if (++ended.jobs == cancelAt) {
                m_jobs->cancel();
            }
        });
        const auto finished = QObject::connect(
            m_actions, &ResearcherActions::figureBundleFinished,
            [&](const QString &, bool written, bool cancelled, const QString &error) {
                ended = {written, cancelled, error, ended.jobs};
                done = true;
            });
        QString error;
        EXPECT_TRUE(m_actions->startFigureBundle(m_folder, true, &error)) << error.toStdString();
        EXPECT_TRUE(QTest::qWaitFor([&] { return done && !m_jobs->isRunning(); }, 120000));
        QObject::disconnect(started);
        QObject::disconnect(finished);
        return ended;
    }

    // Nothing but the target beside it: no temporary folder left behind.
    QStringList besideTheTarget() const
    {
        return QDir(m_dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    ResearcherActions *m_actions = nullptr;
    JobRunner *m_jobs = nullptr;
    QString m_folder;
};

TEST_F(FigureBundleJob, ACancelledBundleLeavesTheFolderAsItWas)
{
    ASSERT_NO_FATAL_FAILURE(writeOldFolder());
    const QMap<QString, QByteArray> before = contents(m_folder);
    for (int cancelAt : {1, 2}) {
        const Ended ended = runBundle(cancelAt);
        EXPECT_TRUE(ended.cancelled) << cancelAt;
        EXPECT_FALSE(ended.written) << cancelAt;
        EXPECT_EQ(ended.jobs, cancelAt);
        EXPECT_EQ(contents(m_folder), before) << cancelAt;
        EXPECT_EQ(besideTheTarget(), QStringList{QStringLiteral("bundle")}) << cancelAt;
    }
    // No folder there: a cancel makes none.
    ASSERT_TRUE(QDir(m_folder).removeRecursively());
    EXPECT_TRUE(runBundle(2).cancelled);
    EXPECT_FALSE(QFileInfo::exists(m_folder));
    EXPECT_TRUE(besideTheTarget().isEmpty()) << besideTheTarget().join(u' ').toStdString();
}

TEST_F(FigureBundleJob, AnUncancelledBundleWritesEveryFileAndPanelOffTheGuiThread)
{
    ASSERT_NO_FATAL_FAILURE(writeOldFolder());
    LoopProbe probe(*m_jobs);
    const Ended ended = runBundle(0);
    ASSERT_TRUE(ended.written) << ended.error.toStdString();
    EXPECT_EQ(ended.jobs, 2);
    EXPECT_GT(probe.ticks(), 0);
    const QMap<QString, QByteArray> files = contents(m_folder);
    EXPECT_FALSE(files.contains(QStringLiteral("old.txt"))); // replaced whole
    for (const QString &name : eb::exporting::figureBundleFiles()) {
        EXPECT_GT(files.value(name).size(), 0) << name.toStdString();
    }
    const QJsonArray panels =
        QJsonDocument::fromJson(files.value(QStringLiteral("provenance.json")))
            .object()
            .value(QStringLiteral("figure"))
            .toObject()
            .value(QStringLiteral("panels"))
            .toArray();
    ASSERT_EQ(panels.size(), 2);
    QSet<QString> csvPanels;
    const QStringList rows =
        QString::fromUtf8(files.value(QStringLiteral("data.csv"))).split(QStringLiteral("\r\n"));
    for (const QString &row : rows.mid(1)) {
        if (!row.isEmpty()) {
            csvPanels.insert(row.section(QLatin1Char(','), 5, 5));
        }
    }
    EXPECT_EQ(csvPanels, (QSet<QString>{QStringLiteral("1"), QStringLiteral("2")}));

    // The picture replayed on the job's thread is the size the scenes draw here (both panels
    // at publication width, stacked), and each panel's part of it is drawn.
    QList<eb::charts::ChartFigure *> figures;
    for (eb::charts::ForestPlotView *view :
         m_window->findChild<eb::gui::ChartPane *>()->forestViews()) {
        auto *forest = dynamic_cast<eb::charts::ForestPlot *>(view->figure());
        ASSERT_NE(forest, nullptr);
        forest->resize(forest->naturalSize(1200));
        figures << forest;
    }
    ASSERT_EQ(figures.size(), 2);
    eb::charts::ExportOptions options;
    options.dpi = 300;
    const QString direct = m_dir.filePath(QStringLiteral("direct.png"));
    QString error;
    ASSERT_TRUE(
        eb::charts::exportFigures(figures, direct, eb::charts::ExportFormat::Png, options, &error))
        << error.toStdString();
    const QImage drawn = QImage(direct).convertToFormat(QImage::Format_RGB32);
    const QImage replayed = QImage(QDir(m_folder).filePath(QStringLiteral("figure.png")))
                                .convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(replayed.size(), drawn.size());
    const int split = static_cast<int>(figures.first()->size().height() * 300 / 96);
    const auto inked = [&](const QImage &image, int from, int to) {
        qint64 dark = 0;
        for (int y = from; y < to; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                dark += qGray(line[x]) < 128 ? 1 : 0;
            }
        }
        return dark;
    };
    for (const auto &[from, to] : {std::pair{0, split}, std::pair{split, drawn.height()}}) {
        const qint64 inDrawn = inked(drawn, from, to);
        const qint64 inReplayed = inked(replayed, from, to);
        EXPECT_GT(inReplayed, 0) << from;
        // The same marks and text: dark pixels within 1% of the direct drawing's (the replay
        // places some antialiased edges a sub-pixel apart: 0.6% of the pixels differ).
        EXPECT_NEAR(static_cast<double>(inReplayed), static_cast<double>(inDrawn),
                    static_cast<double>(inDrawn) / 100)
            << from;
    }
}

// A generated catalogue with at least 5,000 results that pass the pooling checks together:
// one result per study, human, no synthesis, on the standardised scales.
class PoolJob : public ::testing::Test
{
protected:
    // Generated once for the suite (a few seconds).
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        eb::catalogue::SyntheticOptions options;
        options.studies = 14000;
        options.resultsPerStudy = 1;
        options.seed = 20;
        QString error;
        ASSERT_TRUE(
            eb::catalogue::writeSyntheticFile(path(), options, QStringLiteral("pool"), {}, &error))
            << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    static QString path() { return s_dir->filePath(QStringLiteral("generated.sqlite")); }

    void SetUp() override
    {
        ASSERT_NE(s_dir, nullptr);
        ASSERT_TRUE(QFileInfo::exists(path()));
        ASSERT_TRUE(m_catalogue.open(path(), eb::catalogue::OpenMode::ReadOnly))
            << m_catalogue.lastError().toStdString();
        QString error;
        m_ids = eb::test::poolableResults(m_catalogue, kTicked, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        ASSERT_EQ(m_ids.size(), kTicked);
        ASSERT_TRUE(m_analyses.isValid());
    }

    static constexpr int kTicked = 5000;
    static inline QTemporaryDir *s_dir = nullptr;
    QTemporaryDir m_analyses;
    eb::catalogue::Catalogue m_catalogue;
    QList<qint64> m_ids;
};

TEST_F(PoolJob, ThePoolWindowPoolsFiveThousandTickedResultsAsTheCommandLineDoes)
{
    QWidget window;
    JobRunner jobs(&window);
    eb::gui::review::PoolDialog dialog(m_catalogue, m_analyses.filePath(QStringLiteral("a.json")),
                                       &window);
    dialog.setWindowFlag(Qt::Window);
    dialog.setJobRunner(&jobs);
    dialog.setSelectedResults(m_ids);
    ASSERT_EQ(dialog.selectedResults().size(), kTicked);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    bool shown = false;
    QObject::connect(&dialog, &eb::gui::review::PoolDialog::poolShown, [&] { shown = true; });
    LoopProbe probe(jobs);
    // The bar moves while the rows are read (one step a result, then two more).
    bool movedWhileReading = false;
    QObject::connect(&jobs, &JobRunner::progressed, [&](qint64 done, qint64 total) {
        EXPECT_TRUE(total == 0 || total == kTicked + 2) << total;
        movedWhileReading = movedWhileReading || (done > 0 && done < kTicked);
    });
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("poolButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(jobs.isRunning()); // not pooled in the click
    // Its dialog writes the count as the locale does ("5,000" in English).
    if (QTest::qWaitFor([&] { return jobs.dialog() != nullptr || shown; }, 60000) &&
        jobs.dialog() != nullptr) {
        QStringList texts;
        for (const QLabel *label : jobs.dialog()->findChildren<QLabel *>()) {
            texts << label->text();
        }
        EXPECT_TRUE(texts.join(QLatin1Char('\n')).contains(QLocale().toString(kTicked)))
            << texts.join(QLatin1Char('\n')).toStdString();
    }
    // The progress dialog as the user sees it (run under a display to look at it).
    if (const QString shots = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !shots.isEmpty()) {
        if (QTest::qWaitFor([&] { return jobs.dialog() != nullptr || shown; }, 60000) &&
            jobs.dialog() != nullptr) {
            QTest::qWait(300);
            EXPECT_TRUE(dialog.screen()->grabWindow(0).save(
                QDir(shots).filePath(QStringLiteral("job-progress-pool.png"))));
        }
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown; }, 300000));
    if (const QString shots = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(300);
        EXPECT_TRUE(dialog.screen()->grabWindow(0).save(
            QDir(shots).filePath(QStringLiteral("pool-5000-shown.png"))));
    }
    EXPECT_GT(probe.ticks(), 0);
    EXPECT_TRUE(movedWhileReading);
    ASSERT_TRUE(dialog.pooled().has_value()) << dialog.messages()->text().toStdString();
    const eb::review::ResultPool &pooled = *dialog.pooled();
    EXPECT_EQ(pooled.rows.size(), kTicked);

    QStringList ids;
    for (qint64 id : m_ids) {
        ids << QString::number(id);
    }
    const auto run = eb::test::evidence({QStringLiteral("pool"), QStringLiteral("--results"),
                                         ids.join(QLatin1Char(',')), QStringLiteral("--json"),
                                         QStringLiteral("--database"), path()});
    ASSERT_EQ(run.status, 0) << run.err.left(400).toStdString();
    const QJsonObject json = eb::test::jsonOf(run);
    EXPECT_EQ(json.value(QStringLiteral("k")).toInteger(), kTicked);
    EXPECT_EQ(json.value(QStringLiteral("estimate")).toDouble(), pooled.estimate);
    EXPECT_EQ(json.value(QStringLiteral("ci_low")).toDouble(), pooled.ciLow);
    EXPECT_EQ(json.value(QStringLiteral("ci_high")).toDouble(), pooled.ciHigh);
    // And the window says it: the estimate as it prints it.
    EXPECT_TRUE(dialog.messages()->text().contains(QString::number(pooled.estimate, 'f', 3)))
        << dialog.messages()->text().left(400).toStdString();
    // The forest, laid out a turn after the messages, holds every row: scrolled to the last,
    // its marker and its number are on screen.
    const eb::charts::ForestPlotView *view = dialog.forestView();
    ASSERT_TRUE(view->isVisible());
    const eb::charts::ForestPlot *plot = view->forestPlot();
    ASSERT_NE(plot, nullptr);
    ASSERT_EQ(plot->spec().rows.size(), kTicked);
    // The row drawn last (the plot may order the rows by effect), scrolled to: under it are
    // only the pooled row and the notes (a pool's warnings make thousands of pixels of them).
    int last = -1;
    for (const eb::charts::ForestPlot::Slot &slot : plot->rowSlots()) {
        if (slot.kind == eb::charts::ForestPlot::Slot::Kind::Row) {
            last = slot.row;
        }
    }
    ASSERT_GE(last, 0);
    const double y = plot->valuePosition(plot->axisLow(), plot->slotOfRow(last)).y();
    ASSERT_GT(y, view->sceneRect().height() / 2);
    view->verticalScrollBar()->setValue(static_cast<int>(y) - view->viewport()->height() / 2);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(plot->markerRect(last).center()));
    const QString number = QStringLiteral("%1 [").arg(
        eb::evidence::formatChartNumber(*plot->spec().rows.at(last).estimate, 2));
    int found = 0;
    for (const QGraphicsSimpleTextItem *item : plot->textItems()) {
        const QRectF box = item->mapToScene(item->boundingRect()).boundingRect();
        if (box.top() <= y && box.bottom() >= y && visible.intersects(box) &&
            item->text().startsWith(number)) {
            ++found;
        }
    }
    EXPECT_EQ(found, 1) << number.toStdString();
}

TEST_F(PoolJob, ACancelledPoolKeepsWhatTheWindowShowed)
{
    QWidget window;
    JobRunner jobs(&window);
    eb::gui::review::PoolDialog dialog(m_catalogue, m_analyses.filePath(QStringLiteral("a.json")),
                                       &window);
    dialog.setJobRunner(&jobs);
    dialog.setSelectedResults(m_ids.mid(0, 500));
    bool shown = false;
    QObject::connect(&dialog, &eb::gui::review::PoolDialog::poolShown, [&] { shown = true; });
    ASSERT_TRUE(dialog.poolInBackground());
    jobs.cancel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !jobs.isRunning(); }, 300000));
    EXPECT_FALSE(shown);
    EXPECT_FALSE(dialog.pooled().has_value());
}

} // namespace

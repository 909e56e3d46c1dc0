// The longest event-loop stall while the window writes a figure bundle and while the Pool
// window pools (issue 20: "the window never freezes, no stall over 100 ms"), a sibling of
// import_stall. Both run on the window's job runner; what stays on the GUI thread is the
// bundle's recording of the Chart tab's scenes (Qt Charts lives there) and, after a pool, the
// forest plot of the pooled rows. A 5 ms timer on the GUI thread records the longest gap
// between its ticks, in wall time and in the GUI thread's CPU time, from the start of the
// work until its end has been shown. Not a CTest test (it times); figures go to
// docs/performance.md.
//
//   export_stall [--rows N,N...]   (default 1000,10000)
//
// Figure bundle: a generated catalogue of 2 studies with N results each (evidence generate,
// seed 1); the first study selected, its forest (one panel per scale) written as a bundle.
// Pool: a generated catalogue of 3N studies with one result each; the first N results that
// pass the pooling checks together ticked in the Pool window, then Check and pool.
#include "benchcatalogue.h"
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "gui/browse/section.h"
#include "gui/features/research/researcheractions.h"
#include "gui/features/review/pooldialog.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "poolableresults.h"
#include "stallmeter.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <cstdio>

namespace {

using eb::bench::StallProbe;
using eb::bench::waitFor;

bool bundle(int rows, const QTemporaryDir &dir)
{
    eb::catalogue::Catalogue catalogue;
    if (!catalogue.open(eb::bench::generatedCatalogue(2, rows),
                        eb::catalogue::OpenMode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(catalogue.lastError()));
        return false;
    }
    eb::gui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    eb::gui::MainWindow window(catalogue, settings);
    window.resize(1280, 800);
    window.show();
    waitFor([] { return false; }, 500);
    const QString slug = catalogue.studies().constFirst().slug;
    if (!window.selectRecord(eb::gui::Section::Studies, slug)) {
        std::fprintf(stderr, "cannot select %s\n", qPrintable(slug));
        return false;
    }
    waitFor([] { return false; }, 200);
    auto *actions = window.findChild<eb::gui::ResearcherActions *>();
    bool done = false;
    bool written = false;
    QObject::connect(actions, &eb::gui::ResearcherActions::figureBundleFinished,
                     [&](const QString &, bool ok, bool, const QString &error) {
                         done = true;
                         written = ok;
                         if (!ok) {
                             std::fprintf(stderr, "bundle: %s\n", qPrintable(error));
                         }
                     });
    StallProbe probe;
    QString error;
    if (!actions->startFigureBundle(dir.filePath(QStringLiteral("bundle-%1").arg(rows)), true,
                                    &error) ||
        !waitFor([&] { return done; }, 1800000)) {
        std::fprintf(stderr, "bundle did not finish: %s\n", qPrintable(error));
        return false;
    }
    probe.report("figure bundle", rows);
    return written;
}

bool pool(int rows, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pool-%1.sqlite").arg(rows));
    QString error;
    if (!eb::catalogue::writeSyntheticFile(path, {rows * 3, 1, 1}, QStringLiteral("pool"), {},
                                           &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    eb::catalogue::Catalogue catalogue;
    if (!catalogue.open(path, eb::catalogue::OpenMode::ReadOnly)) {
        return false;
    }
    const QList<qint64> ticked = eb::test::poolableResults(catalogue, rows, &error);
    if (ticked.isEmpty()) {
        std::fprintf(stderr, "no results to pool: %s\n", qPrintable(error));
        return false;
    }
    QWidget window;
    eb::gui::JobRunner jobs(&window);
    eb::gui::review::PoolDialog dialog(catalogue, dir.filePath(QStringLiteral("a.json")));
    dialog.setJobRunner(&jobs);
    dialog.setSelectedResults(ticked);
    dialog.show();
    waitFor([] { return false; }, 300);
    bool shown = false;
    QObject::connect(&dialog, &eb::gui::review::PoolDialog::poolShown, [&] { shown = true; });
    StallProbe probe;
    dialog.findChild<QPushButton *>(QStringLiteral("poolButton"))->click();
    if (!waitFor([&] { return shown; }, 1800000)) {
        return false;
    }
    waitFor([] { return false; }, 100); // the forest's first paint
    probe.report("pool", static_cast<int>(ticked.size()));
    return dialog.pooled().has_value();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QList<int> sizes{1000, 10000};
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--rows")); at > 0) {
        sizes.clear();
        for (const QString &size : args.value(at + 1).split(QLatin1Char(','))) {
            sizes << size.toInt();
        }
    }
    QStringList what{QStringLiteral("bundle"), QStringLiteral("pool")};
    if (const qsizetype at = args.indexOf(QStringLiteral("--what")); at > 0) {
        what = args.value(at + 1).split(QLatin1Char(','));
    }
    QTemporaryDir dir;
    std::printf("export_stall: the figure bundle and the Pool window's pooling as jobs\n");
    bool ok = true;
    for (int rows : sizes) {
        if (what.contains(QLatin1String("bundle"))) {
            ok = bundle(rows, dir) && ok;
        }
        if (what.contains(QLatin1String("pool"))) {
            ok = pool(rows, dir) && ok;
        }
    }
    return ok ? 0 : 1;
}

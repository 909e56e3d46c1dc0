// The longest event-loop stall while the window imports a large record file (issue 20: "the
// window never freezes, no stall over 100 ms"). A generated catalogue (evidence generate:
// 1,000 studies, 10 results each, seed 1) is copied, the synthetic studies after it are
// written to a JSON record file (each: its source, the study, 10 results) up to --rows
// records, and File > Import Records runs on it in the main window, offscreen: the check and
// preview, then Import. A 5 ms timer on the GUI thread records the longest gap between its
// ticks from the moment the import is started until the preview has closed. Not a CTest
// test (it times); figures go to docs/performance.md.
//
//   import_stall [--rows N]   (default 100000)
#include "benchcatalogue.h"
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "export/recordfile.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/importpreview.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;

// Spins the event loop until done() or the limit; false on the limit.
template <typename Done> bool waitFor(Done done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    int rows = 100000;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--rows")); at > 0) {
        rows = args.value(at + 1).toInt();
    }
    constexpr int kStudies = 1000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalogue.sqlite"));
    if (!QFile::copy(eb::bench::generatedCatalogue(kStudies), path)) {
        std::fprintf(stderr, "cannot copy the generated catalogue\n");
        return 1;
    }
    // The studies after the catalogue's own: new slugs, the same outcome measures.
    QList<RecordRow> records;
    const eb::catalogue::SyntheticOptions options{kStudies, 10, 1};
    for (int index = kStudies; records.size() < rows; ++index) {
        records << eb::catalogue::syntheticStudy(options, index);
    }
    records.resize(rows);
    const QString file = dir.filePath(QStringLiteral("import.json"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(eb::exporting::recordJson(
                records, {RecordKind::Source, RecordKind::Study, RecordKind::Result})) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    records.clear();

    eb::catalogue::Catalogue catalogue;
    if (!catalogue.open(path, eb::catalogue::OpenMode::ReadWrite)) {
        std::fprintf(stderr, "%s\n", qPrintable(catalogue.lastError()));
        return 1;
    }
    eb::gui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    eb::gui::MainWindow window(catalogue, settings);
    window.resize(1280, 800);
    window.show();
    waitFor([] { return false; }, 500); // first paint and the start-up work after it
    auto *feature = window.findChild<eb::gui::editing::EditingFeature *>();
    auto *jobs = window.findChild<eb::gui::JobRunner *>();
    const qint64 before = catalogue.counts().results;

    // The probe: the longest gap between two ticks of a 5 ms timer.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    qint64 ticks = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceTick.restart());
        ++ticks;
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    probe.start();
    if (!feature->importFile(file) ||
        !waitFor([&] { return feature->preview() != nullptr && !jobs->isRunning(); }, 600000)) {
        std::fprintf(stderr, "the preview did not open: %s\n", qPrintable(feature->lastMessage()));
        return 1;
    }
    const qint64 checked = clock.elapsed();
    const qint64 longestCheck = longest;
    auto *preview = feature->preview();
    if (!preview->canImport()) {
        std::fprintf(stderr, "the file has problems: %s\n",
                     qPrintable(preview->summaryLabel()->text()));
        return 1;
    }
    preview->import();
    if (!waitFor([&] { return feature->preview() == nullptr && !jobs->isRunning(); }, 600000)) {
        std::fprintf(stderr, "the import did not finish\n");
        return 1;
    }
    waitFor([] { return false; }, 200); // the views' refresh after the commit
    probe.stop();
    const qint64 total = clock.elapsed();
    const qint64 after = catalogue.counts().results;
    std::printf("import_stall: %d records (sources, studies, results) into a generated "
                "catalogue of %d studies\n",
                rows, kStudies);
    std::printf("  results before %lld, after %lld\n", static_cast<long long>(before),
                static_cast<long long>(after));
    std::printf("  check + preview: %lld ms, longest stall %lld ms\n",
                static_cast<long long>(checked), static_cast<long long>(longestCheck));
    std::printf("  whole import:    %lld ms, longest stall %lld ms, %lld ticks of 5 ms\n",
                static_cast<long long>(total), static_cast<long long>(longest),
                static_cast<long long>(ticks));
    return after > before ? 0 : 1;
}

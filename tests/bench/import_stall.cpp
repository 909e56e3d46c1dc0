// The longest event-loop stall while the window imports a large record file (issue 20: "the
// window never freezes, no stall over 100 ms"). A generated catalogue (evidence generate:
// 1,000 studies, 10 results each, seed 1) is copied, its studies' generated results are
// written again and again to a CSV record file up to --rows records, and File > Import
// Records runs on it in the main window, offscreen: the check and
// preview, then Import. A 5 ms timer on the GUI thread records the longest gap between its
// ticks from the moment the import is started until the preview has closed, in wall time and
// in the GUI thread's CPU time, and apart the gaps that ended while a job ran (the refresh of
// the views after the commit runs on the GUI thread after the job). Not a CTest test (it
// times); figures go to docs/performance.md.
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
#include "stallmeter.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <cstdio>

namespace {

using eb::bench::StallProbe;
using eb::bench::waitFor;
using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;

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
    // Results of the catalogue's own studies (each study's 10, as generated), over and over:
    // a CSV of results (the JSON of whole studies passes the importer's 64 MiB bound at
    // 100,000 records).
    QList<RecordRow> records;
    const eb::catalogue::SyntheticOptions options{kStudies, 10, 1};
    for (int index = 0; records.size() < rows; index = (index + 1) % kStudies) {
        for (const RecordRow &row : eb::catalogue::syntheticStudy(options, index)) {
            if (row.kind == RecordKind::Result && records.size() < rows) {
                records << row;
            }
        }
    }
    const QString file = dir.filePath(QStringLiteral("import.csv"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(eb::exporting::recordCsv(RecordKind::Result, records).toUtf8()) < 0) {
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

    StallProbe probe(jobs);
    // When each job ended: a stall after the write's end is the window's refresh, not the job.
    QList<qint64> jobEnds;
    QObject::connect(jobs, &eb::gui::JobRunner::finished, [&] { jobEnds << probe.elapsed(); });
    if (!feature->importFile(file) ||
        !waitFor([&] { return feature->preview() != nullptr && !jobs->isRunning(); }, 600000)) {
        std::fprintf(stderr, "the preview did not open: %s\n", qPrintable(feature->lastMessage()));
        return 1;
    }
    const qint64 checked = probe.elapsed();
    const qint64 longestCheck = probe.longest();
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
    const qint64 total = probe.elapsed();
    const qint64 after = catalogue.counts().results;
    std::printf("import_stall: %d results into a generated "
                "catalogue of %d studies\n",
                rows, kStudies);
    std::printf("  results before %lld, after %lld\n", static_cast<long long>(before),
                static_cast<long long>(after));
    std::printf("  check + preview: %lld ms, longest stall %lld ms\n",
                static_cast<long long>(checked), static_cast<long long>(longestCheck));
    std::printf("  whole import:    %lld ms, longest stall %lld ms, %lld ticks of 5 ms\n",
                static_cast<long long>(total), static_cast<long long>(probe.longest()),
                static_cast<long long>(probe.ticks()));
    std::printf("  longest stall while a job ran: %lld ms\n",
                static_cast<long long>(probe.longestInJob()));
    std::printf("  in the GUI thread's CPU time: longest gap %.1f ms while a job ran, %.1f ms "
                "overall\n",
                probe.longestCpuInJob(), probe.longestCpu());
    std::printf("  the longest stall ended at %lld ms; the jobs ended at",
                static_cast<long long>(probe.longestEndedAt()));
    for (qint64 end : jobEnds) {
        std::printf(" %lld ms", static_cast<long long>(end));
    }
    std::printf("\n");
    return after > before ? 0 : 1;
}

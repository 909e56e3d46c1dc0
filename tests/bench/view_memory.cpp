// Resident memory of the main window on a catalogue file, with each view that lists the
// catalogue opened in turn and scrolled a few pages: prints the peak resident set size
// (VmHWM) after each step. Not a Google Benchmark: memory, not time (docs/performance.md).
//   view_memory FILE        (QT_QPA_PLATFORM=offscreen; FILE is opened read-write, as the app
//                            opens it, so an older file is upgraded first)
#include "catalogue/catalogue.h"
#include "gui/features/lecture/effectsizelab.h"
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

namespace {

QString peakResident()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return QStringLiteral("?");
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return QString::fromLatin1(line.mid(6).trimmed());
        }
    }
    return QStringLiteral("?");
}

void report(const char *step)
{
    QApplication::processEvents();
    std::printf("%-44s peak %s\n", step, qPrintable(peakResident()));
    std::fflush(stdout);
}

// A few pages down, as a user scrolling would fetch them.
void scroll(QAbstractItemView *view, int pages)
{
    QAbstractItemModel *model = view->model();
    for (int i = 0; i < pages && model->canFetchMore({}); ++i) {
        model->fetchMore({});
    }
    view->scrollToBottom();
    QApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: view_memory FILE\n");
        return 2;
    }
    eb::gui::initResources();
    report("started");
    eb::catalogue::Catalogue catalogue;
    if (!catalogue.open(QString::fromLocal8Bit(argv[1]), eb::catalogue::OpenMode::ReadWrite)) {
        std::fprintf(stderr, "%s\n", qPrintable(catalogue.lastError()));
        return 1;
    }
    report("catalogue open");
    QTemporaryDir dir;
    eb::gui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    eb::gui::MainWindow window(catalogue, settings);
    window.resize(1280, 800);
    window.show();
    report("main window shown (the lab built hidden)");
    {
        eb::gui::EffectSizeLab lab(catalogue);
        lab.show();
        scroll(lab.presetBox()->view(), 20);
        report("Effect Size Lab, presets scrolled 20 pages");
    }
    {
        eb::gui::review::PoolDialog pool(catalogue, dir.filePath(QStringLiteral("a.json")));
        pool.show();
        scroll(pool.resultTable(), 40);
        report("Pool window, results scrolled 40 pages");
    }
    {
        eb::gui::review::CompareView compare(catalogue);
        compare.show();
        scroll(compare.studyList(), 40);
        report("Compare, studies scrolled 40 pages");
    }
    {
        eb::gui::review::OutcomeMatrixView matrix(catalogue);
        matrix.show();
        report("Outcome matrix open");
        scroll(matrix.tableView(), 40);
        report("Outcome matrix, rows scrolled 40 pages");
    }
    return 0;
}

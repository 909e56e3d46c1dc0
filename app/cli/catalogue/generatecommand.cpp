// evidence generate --studies N --results-per-study M --seed S --out FILE: a synthetic
// catalogue for measuring the program at size (core/catalogue/syntheticcatalogue.h). The same
// options give the same records. The file is written beside its target and moved over it only
// when complete, so a failed or interrupted run leaves the target as it was.
#include "catalogue/syntheticcatalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "output/messagetext.h"
#include "output/outputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace eb::cli {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::generate", text);
}

constexpr int kMaxStudies = 1000000;
constexpr int kMaxResultsPerStudy = 100;

// The whole number an option holds, within [low, high]; nothing (and *error) otherwise.
std::optional<qint64> boundedNumber(const ParsedCommand &command, const QCommandLineOption &option,
                                    qint64 fallback, qint64 low, qint64 high, QString *error)
{
    if (!command.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = command.value(option).trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high) {
        *error = tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(option.names().constFirst())
                     .arg(low)
                     .arg(high)
                     .arg(eb::output::elidedInput(command.value(option)));
        return std::nullopt;
    }
    return value;
}

void removeWithJournals(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

} // namespace

int runGenerateCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    CommandParser cli(program, io,
                      tr("Write a synthetic catalogue of N studies with M results each (and a "
                         "source per study and a fixed list of outcome measures) to FILE, for "
                         "measuring the program at size. The same seed gives the same records. "
                         "Every record says it is synthetic. Progress goes to standard error."));
    const QCommandLineOption studiesOption(
        QStringLiteral("studies"), tr("How many studies (default 1000)."), QStringLiteral("N"));
    const QCommandLineOption resultsOption(QStringLiteral("results-per-study"),
                                           tr("Results per study (default 10)."),
                                           QStringLiteral("M"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), tr("The seed of the records (default 1)."), QStringLiteral("S"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The catalogue file to write (replaced if it is a "
                                          "regular file)."),
                                       QStringLiteral("FILE"));
    cli.options().addOptions({studiesOption, resultsOption, seedOption, outOption});
    const auto command = cli.parse(arguments.mid(1), 0);
    if (!command) {
        return cli.status();
    }
    QString error;
    const auto studies = boundedNumber(*command, studiesOption, 1000, 1, kMaxStudies, &error);
    const auto results =
        studies ? boundedNumber(*command, resultsOption, 10, 0, kMaxResultsPerStudy, &error)
                : std::nullopt;
    const auto seed = results ? boundedNumber(*command, seedOption, 1, 0,
                                              std::numeric_limits<qint64>::max(), &error)
                              : std::nullopt;
    if (!seed) {
        return command->bad(error);
    }
    if (!command->isSet(outOption) || command->value(outOption).isEmpty()) {
        return command->bad(tr("name the catalogue file to write with --out FILE"));
    }
    const QString out = command->value(outOption);
    const eb::output::Target target = eb::output::inspectTarget(out);
    if (target.kind != eb::output::TargetKind::Missing &&
        target.kind != eb::output::TargetKind::RegularFile) {
        return command->bad(tr("%1 is not a regular file: a catalogue is written only to a new "
                               "or regular file")
                                .arg(eb::output::elidedInput(out, 200)));
    }
    if (!eb::output::checkOutputTarget(target.path, &error)) {
        return command->bad(error);
    }

    // Written beside the target under a temporary name, moved over it when complete.
    QTemporaryFile partial(QFileInfo(target.path).absoluteFilePath() +
                           QStringLiteral(".generating-XXXXXX"));
    if (!partial.open()) {
        io.err << program << ": "
               << tr("cannot write beside %1: %2")
                      .arg(eb::output::elidedInput(out, 200), partial.errorString())
               << "\n";
        return ExitFailure;
    }
    const QString partialPath = partial.fileName();
    partial.close();

    const SyntheticOptions options{static_cast<int>(*studies), static_cast<int>(*results),
                                   static_cast<quint64>(*seed)};
    QElapsedTimer clock;
    clock.start();
    int reported = 0;
    const auto progress = [&](int written, int total) {
        // A line each tenth (and at the end): readable in a log as on a terminal.
        if (written * 10 / total > reported || written == total) {
            reported = written * 10 / total;
            io.err << tr("%1: %2 of %3 studies written (%4 s)")
                          .arg(program)
                          .arg(written)
                          .arg(total)
                          .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1)
                   << "\n";
            if (written == total) {
                // What follows the last batch takes a fifth of the time: say what it is.
                io.err << tr("%1: building the indexes and the search index").arg(program) << "\n";
            }
            io.err.flush();
        }
        return true;
    };
#ifdef __GLIBC__
    // Each record is a map of small strings, made and freed by the million, while SQLite asks
    // for pages of 4 kB: glibc merges all its freed small blocks ("fastbins") before each
    // large request, which was 7 % of the run at 100,000 studies. Without fastbins small
    // blocks still come from the per-thread cache; only the allocator's speed changes.
    mallopt(M_MXFAST, 0);
#endif
    // A new file beside the target, thrown away unless complete: written in bulk (the search
    // index built once at the end, no journal on disk, one sync at the end).
    bool ok = writeSyntheticFile(partialPath, options,
                                 tr("Synthetic catalogue (evidence generate --seed %1)").arg(*seed),
                                 progress, &error);
    if (ok && std::rename(QFile::encodeName(partialPath).constData(),
                          QFile::encodeName(target.path).constData()) != 0) {
        ok = false;
        error = tr("cannot move the new catalogue over %1").arg(eb::output::elidedInput(out, 200));
    }
    if (!ok) {
        removeWithJournals(partialPath);
        io.err << program << ": " << tr("nothing was written: %1").arg(error) << "\n";
        return ExitFailure;
    }
    partial.setAutoRemove(false);
    io.out << tr("%1: %2 studies, %3 results, %4 s\n")
                  .arg(out)
                  .arg(*studies)
                  .arg(*studies * *results)
                  .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1);
    return ExitOk;
}

} // namespace eb::cli

// evidence import FILE.{csv,json} [--dry-run]: adds the file's records to the catalogue as the
// user's, all or none (docs/record-files.md). Every row's problems are listed before anything
// is written; a backup of the catalogue is written before the import.
#include "catalogue/catalogue.h"
#include "cli/common/commandcatalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/csvtable.h"
#include "export/recordfile.h"
#include "output/boundedread.h"
#include "output/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {
namespace {

using namespace eb::catalogue;
using namespace eb::exporting;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::import", text);
}

QJsonObject problemJson(const QString &where, const RecordProblem &p)
{
    return {{QStringLiteral("row"), where},
            {QStringLiteral("kind"), recordKindName(p.kind)},
            {QStringLiteral("column"), p.problem.column},
            {QStringLiteral("value"), p.problem.value},
            {QStringLiteral("rule"), p.problem.rule},
            {QStringLiteral("message"), p.problem.message},
            {QStringLiteral("severity"), p.problem.severity == Severity::Error
                                             ? QStringLiteral("error")
                                             : QStringLiteral("warning")}};
}

QString problemLine(const QString &where, const RecordProblem &p)
{
    QString line = where;
    if (!p.problem.column.isEmpty()) {
        line += tr(", column %1").arg(p.problem.column);
    }
    if (!p.problem.value.isEmpty()) {
        line += QStringLiteral(" \"%1\"").arg(p.problem.value);
    }
    return line + QStringLiteral(": ") +
           (p.problem.severity == Severity::Warning ? tr("warning: ") : QString()) +
           p.problem.message + QStringLiteral(" [%1]").arg(p.problem.rule);
}

} // namespace

int runImportCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    CommandParser cli(
        program, io,
        tr("Add the records of FILE (.csv: one kind; .json: any kinds) to the catalogue as "
           "your own, all or none. Every row's problems are listed first; with problems nothing "
           "is written. A backup of the catalogue is written beside it before the import."));
    cli.addDatabaseOption();
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("The kind of a CSV file's records, when its header "
                                           "does not say: source, outcome, study or result."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Check everything and write nothing."));
    cli.addJsonOption();
    cli.options().addOptions({kindOption, dryRunOption});
    cli.options().addPositionalArgument(QStringLiteral("FILE"), tr("A .csv or .json record file."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList positional = command->positional;
    if (positional.size() != 1) {
        return command->bad(tr("name one FILE to import"));
    }
    const QString path = positional.first();
    std::optional<RecordKind> kind;
    if (command->isSet(kindOption)) {
        kind = recordKindFromName(command->value(kindOption));
        if (!kind) {
            return command->bad(tr("unknown kind '%1'; use source, outcome, study or result")
                                    .arg(eb::output::elidedInput(command->value(kindOption))));
        }
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        return command->bad(
            tr("%1: the file must end in .csv or .json").arg(eb::output::elidedInput(path, 200)));
    }
    if (!QFileInfo(path).isFile()) {
        return command->bad(tr("cannot read %1").arg(eb::output::elidedInput(path, 200)));
    }
    QString error;
    // Read with a bound like every file a user names (a file that grows, or is huge, is refused).
    const std::optional<QByteArray> read = eb::output::readBounded(path, kMaxCsvBytes, &error);
    if (!read) {
        return command->bad(error);
    }
    const QByteArray &bytes = *read;
    const auto records = suffix == QLatin1String("csv")
                             ? readRecordCsv(QString::fromUtf8(bytes), kind, &error)
                             : readRecordJson(bytes, &error);
    if (!records) {
        if (suffix == QLatin1String("csv") && !kind) {
            error += tr(" (a CSV file's kind: --kind)");
        }
        return command->bad(
            QStringLiteral("%1: %2").arg(eb::output::elidedInput(path, 200), error));
    }

    Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QList<RecordRow> rows;
    for (const FileRecord &record : *records) {
        rows << RecordRow{record.kind, 0, 0, true, record.fields};
    }
    const bool dryRun = command->isSet(dryRunOption);
    // The preview: every check the write makes, then rolled back.
    WriteReport report = catalogue.insertRecords(rows, true);
    const bool clean = !hasErrors([&] {
        QList<Problem> all;
        for (const RecordProblem &p : report.problems) {
            all << p.problem;
        }
        return all;
    }());
    QString backup;
    if (clean && !dryRun) {
        backup = catalogue.backup();
        if (backup.isEmpty()) {
            io.err << program << ": " << tr("nothing was imported: %1").arg(catalogue.lastError())
                   << "\n";
            return ExitFailure;
        }
        const QList<RecordProblem> warnings = report.problems;
        report = catalogue.insertRecords(rows, false);
        if (!report.committed) {
            // Checked a moment ago: the file changed meanwhile, or the disk is full.
            io.err << program << ": " << tr("nothing was imported") << "\n";
        } else {
            report.problems = warnings;
        }
    }

    const bool ok = clean && (dryRun || report.committed);
    if (command->json) {
        QJsonArray problems;
        for (const RecordProblem &p : report.problems) {
            problems << problemJson(records->at(p.index).where, p);
        }
        QJsonObject root{{QStringLiteral("file"), path},
                         {QStringLiteral("records"), static_cast<int>(rows.size())},
                         {QStringLiteral("dry_run"), dryRun},
                         {QStringLiteral("written"), ok && !dryRun ? report.written : 0},
                         {QStringLiteral("backup"), backup.isEmpty() ? QJsonValue() : backup},
                         {QStringLiteral("problems"), problems}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const RecordProblem &p : report.problems) {
            io.out << problemLine(records->at(p.index).where, p) << "\n";
        }
        if (ok && dryRun) {
            io.out << tr("%1: %2 records would be added (dry run: nothing was written)\n")
                          .arg(path)
                          .arg(rows.size());
        } else if (ok) {
            io.out << tr("%1: added %2 records (backup: %3)\n")
                          .arg(path)
                          .arg(report.written)
                          .arg(backup);
        }
    }
    if (!ok) {
        io.err << program << ": "
               << tr("%1: nothing was imported (%2 problem(s) listed)")
                      .arg(path)
                      .arg(report.problems.size())
               << "\n";
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace eb::cli

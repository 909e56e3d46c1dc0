// evidence import FILE.{csv,json} [--dry-run]: adds the file's records to the catalogue as the
// user's, all or none (docs/record-files.md). Every row's problems are listed before anything
// is written; a backup of the catalogue is written before the import.
#include "catalogue/catalogue.h"
#include "cli/catalogue/importproblems.h"
#include "cli/catalogue/referenceimport.h"
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

} // namespace

int runImportCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    CommandParser cli(
        program, io,
        tr("Add the records of FILE (.csv: one kind; .json: any kinds) to the catalogue as "
           "your own, all or none; or the sources of a reference manager's or PubMed's file "
           "(RIS, BibTeX, CSL-JSON, MEDLINE, PubMed XML), with every duplicate listed first. "
           "Every row's problems are listed first; with problems nothing is written. A backup "
           "of the catalogue is written beside it before the import."));
    cli.addDatabaseOption();
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("The kind of a CSV file's records, when its header "
                                           "does not say: %1.")
                                            .arg(recordKindNames().join(QStringLiteral(", "))),
                                        QStringLiteral("KIND"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Check everything and write nothing."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("The file's format: csv, json (record files), ris, bibtex, csl-json, medline, "
           "pubmed-xml. Default: from the content where it is unambiguous, else the suffix."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("duplicates"),
        tr("What to do with references already in the catalogue (same DOI, PMID, registration "
           "or title and year): skip, or merge (fill the blank fields of your source). Without "
           "it, duplicates are listed and nothing is written."),
        QStringLiteral("skip|merge"));
    cli.addJsonOption();
    cli.options().addOptions({kindOption, dryRunOption, formatOption, duplicatesOption});
    cli.options().addPositionalArgument(
        QStringLiteral("FILE"),
        tr("A .csv or .json record file, or a .ris, .bib, .json, .nbib or .xml reference file."));
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
            return command->bad(tr("unknown kind '%1'; use %2")
                                    .arg(eb::output::elidedInput(command->value(kindOption)),
                                         recordKindNames().join(QStringLiteral(", "))));
        }
    }
    const QString format = command->value(formatOption).trimmed().toLower();
    const auto referenceFormat = referenceFormatFromName(format);
    if (!format.isEmpty() && !referenceFormat && format != QLatin1String("csv") &&
        format != QLatin1String("json")) {
        return command->bad(tr("unknown format '%1'; use csv, json, %2")
                                .arg(eb::output::elidedInput(format),
                                     referenceFormatNames().join(QStringLiteral(", "))));
    }
    DuplicatePolicy duplicates = DuplicatePolicy::Refuse;
    if (command->isSet(duplicatesOption)) {
        const QString policy = command->value(duplicatesOption);
        if (policy == QLatin1String("skip")) {
            duplicates = DuplicatePolicy::Skip;
        } else if (policy == QLatin1String("merge")) {
            duplicates = DuplicatePolicy::Merge;
        } else {
            return command->bad(tr("--duplicates must be skip or merge"));
        }
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
    QString suffix = QFileInfo(path).suffix().toLower();
    // A reference file: named, or recognised by its content (a CSL-JSON array is told from a
    // record document by its shape, docs/record-files.md).
    std::optional<ReferenceFormat> references = referenceFormat;
    if (format.isEmpty() && suffix != QLatin1String("csv")) {
        references = detectReferenceFormat(bytes);
    }
    if (references) {
        return runReferenceImport(
            *command, {path, bytes, *references, duplicates, command->isSet(dryRunOption)});
    }
    if (!format.isEmpty()) {
        suffix = format;
    }
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        return command->bad(tr("%1: not a record file (.csv, .json) and not a reference file this "
                               "program recognises: name its format with --format")
                                .arg(eb::output::elidedInput(path, 200)));
    }
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
            problems << importProblemJson(records->at(p.index).where, p);
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
            io.out << importProblemLine(records->at(p.index).where, p) << "\n";
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

// evidence export --format csv|json [--kind K] FILE: the records users can edit, as a file
// `evidence import` reads back exactly (docs/record-files.md).
#include "catalogue/catalogue.h"
#include "cli/catalogue/recordfile.h"
#include "cli/common/commandcatalogue.h"
#include "cli/common/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace eb::cli {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::export", text);
}

} // namespace

int runExportCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the catalogue's sources, outcomes, studies and results (with their arm "
           "summaries) to FILE, for a spreadsheet or for `evidence import`. CSV holds one kind "
           "(--kind); JSON holds every kind, or the one named. '-' writes to standard output."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("Read FILE instead of your copy of the bundled catalogue."),
        QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), tr("source, outcome, study or result."), QStringLiteral("KIND"));
    parser.addOptions({databaseOption, formatOption, kindOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to write."));
    if (!parser.parse(arguments)) {
        return bad(io, program, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelp(parser.helpText(), program);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return bad(io, program, tr("name one FILE to write"));
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        return bad(io, program, tr("--format must be csv or json"));
    }
    QList<RecordKind> kinds;
    if (parser.isSet(kindOption)) {
        const auto kind = recordKindFromName(parser.value(kindOption));
        if (!kind) {
            return bad(io, program,
                       tr("unknown kind '%1'; use source, outcome, study or result")
                           .arg(parser.value(kindOption)));
        }
        kinds << *kind;
    } else if (format == QLatin1String("csv")) {
        return bad(io, program, tr("a CSV file holds one kind: add --kind"));
    } else {
        kinds = QList<RecordKind>(allRecordKinds().begin(), allRecordKinds().end());
    }
    const QString out = positional.first();
    if (out != QLatin1String("-") && QFileInfo::exists(out) && !QFileInfo(out).isFile()) {
        return bad(io, program, tr("%1 is not a regular file; nothing was written").arg(out));
    }

    Catalogue catalogue;
    if (const int status = openCommandCatalogue(parser, program, io, catalogue); status != ExitOk) {
        return status;
    }
    QList<RecordRow> rows;
    for (RecordKind kind : kinds) {
        rows << catalogue.records(kind);
        if (!catalogue.lastError().isEmpty()) {
            io.err << program << ": " << catalogue.lastError() << "\n";
            return ExitFailure;
        }
    }
    const QByteArray data = format == QLatin1String("csv") ? recordCsv(kinds.first(), rows).toUtf8()
                                                           : recordJson(rows, kinds);
    if (out == QLatin1String("-")) {
        io.out << QString::fromUtf8(data);
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        io.err << program << ": " << tr("cannot write %1: %2").arg(out, file.errorString()) << "\n";
        return ExitFailure;
    }
    io.out << tr("wrote %1 (%2 records)\n").arg(out).arg(rows.size());
    return ExitOk;
}

} // namespace eb::cli

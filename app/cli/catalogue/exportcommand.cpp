// evidence export --format csv|json [--kind K] FILE: the records users can edit, as a file
// `evidence import` reads back exactly (docs/record-files.md).
#include "catalogue/catalogue.h"
#include "cli/common/commandcatalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "export/recordfile.h"
#include "output/messagetext.h"
#include "output/outputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace eb::cli {
namespace {

using namespace eb::catalogue;
using namespace eb::exporting;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::export", text);
}

} // namespace

int runExportCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    CommandParser cli(
        program, io,
        tr("Write the catalogue's sources, outcomes, studies and results (with their arm "
           "summaries) to FILE, for a spreadsheet or for `evidence import`. CSV holds one kind "
           "(--kind); JSON holds every kind, or the one named. '-' writes to standard output."));
    cli.addDatabaseOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("%1.").arg(recordKindNames().join(QStringLiteral(", "))),
                                        QStringLiteral("KIND"));
    cli.options().addOptions({formatOption, kindOption});
    cli.options().addPositionalArgument(QStringLiteral("FILE"), tr("The file to write."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList positional = command->positional;
    if (positional.size() != 1) {
        return command->bad(tr("name one FILE to write"));
    }
    const QString format = command->value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        return command->bad(tr("--format must be csv or json"));
    }
    QList<RecordKind> kinds;
    if (command->isSet(kindOption)) {
        const auto kind = recordKindFromName(command->value(kindOption));
        if (!kind) {
            return command->bad(tr("unknown kind '%1'; use %2")
                                    .arg(eb::output::elidedInput(command->value(kindOption)),
                                         recordKindNames().join(QStringLiteral(", "))));
        }
        kinds << *kind;
    } else if (format == QLatin1String("csv")) {
        return command->bad(tr("a CSV file holds one kind: add --kind"));
    } else {
        kinds = QList<RecordKind>(allRecordKinds().begin(), allRecordKinds().end());
    }
    const QString out = positional.first();
    // A folder, a socket or a link to nothing is refused before the catalogue is read.
    if (QString error; out != QLatin1String("-") && !eb::output::checkOutputTarget(out, &error)) {
        return command->bad(tr("%1; nothing was written").arg(error));
    }

    Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
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
    if (QString error; !eb::output::writeFile(out, data, &error)) {
        io.err << program << ": " << error << "\n"; // the earlier file, if any, is as it was
        return ExitFailure;
    }
    io.out << tr("wrote %1 (%2 records)\n").arg(eb::output::elidedInput(out, 200)).arg(rows.size());
    return ExitOk;
}

} // namespace eb::cli

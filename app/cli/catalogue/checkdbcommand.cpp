// evidence check-db FILE: is a catalogue file sound? SQLite's integrity_check and
// foreign_key_check, then the validation rules (core/model/validation.h) over every record a
// user can edit. Prints each problem (table, row, column, rule); exits 0 only on a clean file
// (warnings are printed and do not fail it). The file is opened read-only.
#include "catalogue/cataloguecheck.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::checkdb", text);
}

} // namespace

int runCheckDbCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0);
    CommandParser cli(
        program, io,
        tr("Check a catalogue file: SQLite's integrity and foreign-key checks, then the "
           "validation rules over every source, outcome, study and result. Prints each problem "
           "(table, row, column, rule) and exits 0 only on a clean file. The file is opened "
           "read-only."));
    cli.addJsonOption();
    cli.options().addPositionalArgument(QStringLiteral("FILE"), tr("The catalogue file to check."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    if (command->positional.size() != 1) {
        return command->bad(tr("name one catalogue FILE to check"));
    }
    const QString path = command->positional.first();
    const CatalogueCheck check = checkCatalogueFile(path);
    const QList<StorageProblem> &problems = check.problems;
    const int errors = check.errors();
    if (command->json) {
        QJsonArray list;
        for (const StorageProblem &p : problems) {
            list << QJsonObject{{QStringLiteral("table"), p.table},
                                {QStringLiteral("row"), p.row},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("rule"), p.rule},
                                {QStringLiteral("message"), p.message},
                                {QStringLiteral("severity"), p.severity == Severity::Error
                                                                 ? QStringLiteral("error")
                                                                 : QStringLiteral("warning")}};
        }
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("clean"), errors == 0},
                               {QStringLiteral("problems"), list}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const StorageProblem &p : problems) {
            io.out << (p.table.isEmpty() ? QStringLiteral("(file)") : p.table);
            if (p.row != 0) {
                io.out << " row " << p.row;
            }
            if (!p.column.isEmpty()) {
                io.out << " column " << p.column;
            }
            io.out << ": " << (p.severity == Severity::Warning ? tr("warning: ") : QString())
                   << p.message << " [" << p.rule << "]\n";
        }
        io.out << (errors == 0 ? tr("%1: clean\n").arg(path)
                               : tr("%1: %2 problem(s)\n").arg(path).arg(errors));
    }
    return errors == 0 ? ExitOk : ExitFailure;
}

} // namespace eb::cli

#include "cli/appraisal/appraisalcommand.h"

#include "catalogue/catalogue.h"
#include "cli/common/commands.h"
#include "model/validation.h"
#include "output/messagetext.h"

#include <QCoreApplication>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::appraisal", text);
}

} // namespace

QString appraisalOptionName(const QString &key)
{
    return QString(key).replace(u'_', u'-');
}

qint64 appraisalVersion(const ParsedCommand &command)
{
    if (!command.isSet(QStringLiteral("version"))) {
        return 0;
    }
    const auto value = eb::catalogue::parseInteger(command.value(QStringLiteral("version")));
    return value && *value > 0 ? *value : -1;
}

int badAppraisalVersion(const ParsedCommand &command)
{
    return command.bad(tr("--version must be a positive whole number, not '%1'")
                           .arg(eb::output::elidedInput(command.value(QStringLiteral("version")))));
}

int runAppraisal(CommandParser &cli, const QStringList &arguments, const QString &what,
                 const AppraisalRun &run)
{
    QCommandLineParser &p = cli.options();
    p.addOption({QStringLiteral("assessor"), tr("Who made the %1.").arg(what), tr("NAME")});
    p.addOption({QStringLiteral("version"),
                 tr("The version of the %1 to replace or delete.").arg(what), tr("N")});
    cli.addJsonOption(tr("show: print JSON (docs/reviewers.md, \"Risk of bias and GRADE\")."));
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1), 1);
    if (!command) {
        return cli.status();
    }
    const QString action = command->positional.value(0);
    if (action != QLatin1String("show") && action != QLatin1String("set") &&
        action != QLatin1String("delete")) {
        return command->bad(action.isEmpty() ? tr("name what to do: show, set or delete")
                                             : tr("unknown action '%1': use show, set or delete")
                                                   .arg(eb::output::elidedInput(action)));
    }
    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    return run(action, *command, catalogue);
}

} // namespace eb::cli

// evidence rob show|set|delete: the user's RoB 2 risk-of-bias assessments, one per trial and
// outcome (db/schema/0011-appraisals.sql). `show` lists every trial-outcome pair of the
// catalogue's human trials with its assessment or "not assessed"; `set` adds one (or replaces
// it at --version N); `delete` removes one at its version.
#include "catalogue/catalogue.h"
#include "cli/appraisal/appraisalcommand.h"
#include "cli/appraisal/appraisaloutput.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace eb::cli {
namespace {

namespace vocabulary = eb::catalogue::vocabulary;
using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::appraisal", text);
}

int show(const ParsedCommand &command, Catalogue &catalogue)
{
    const QString study = command.value(QStringLiteral("study"));
    const QString outcome = command.value(QStringLiteral("outcome"));
    const auto studies = catalogue.studies();
    const auto results = catalogue.results();
    const auto assessments = catalogue.robAssessments();
    if (!catalogue.lastError().isEmpty()) {
        command.io->err << command.name << ": " << catalogue.lastError() << "\n";
        return ExitFailure;
    }
    const auto rows = eb::evidence::robRows(studies, results, assessments, study, outcome);
    if (command.json) {
        command.io->out << QString::fromUtf8(
            QJsonDocument(robRowsJson(rows)).toJson(QJsonDocument::Indented));
    } else {
        printRobRows(command.io->out, rows);
    }
    return ExitOk;
}

int set(const ParsedCommand &command, Catalogue &catalogue)
{
    RobAssessment a;
    a.studySlug = command.value(QStringLiteral("study"));
    a.outcomeSlug = command.value(QStringLiteral("outcome"));
    for (const RobDomain d : allRobDomains()) {
        const QString name = appraisalOptionName(robDomainKey(d));
        a.domain(d) = {command.value(name).trimmed(),
                       command.value(name + QStringLiteral("-reason"))};
    }
    a.overall = {command.value(QStringLiteral("overall")).trimmed(),
                 command.value(QStringLiteral("overall-reason"))};
    a.assessor = command.value(QStringLiteral("assessor"));
    a.version = appraisalVersion(command);
    if (a.version < 0) {
        return badAppraisalVersion(command);
    }
    return reportAppraisalWrite(
        command, catalogue.saveRobAssessment(a),
        tr("saved the risk of bias of %1 for %2").arg(a.studySlug, a.outcomeSlug));
}

int remove(const ParsedCommand &command, Catalogue &catalogue)
{
    const qint64 version = appraisalVersion(command);
    if (version <= 0) {
        return command.bad(tr("--version N: name the version of the assessment to delete "
                              "(evidence rob show prints it)"));
    }
    const QString study = command.value(QStringLiteral("study"));
    const QString outcome = command.value(QStringLiteral("outcome"));
    return reportAppraisalWrite(command, catalogue.deleteRobAssessment(study, outcome, version),
                                tr("deleted the risk of bias of %1 for %2").arg(study, outcome));
}

} // namespace

int runRobCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("RoB 2 risk-of-bias assessments per trial and outcome, entered by users (the bundled "
           "catalogue holds none: 'not assessed').\n"
           "  show    every trial-outcome pair with its assessment or 'not assessed'\n"
           "  set     add an assessment (--version N replaces that version)\n"
           "  delete  remove an assessment (--version N)"));
    cli.setUsage(tr("Usage: evidence rob show|set|delete [options]"));
    QCommandLineParser &p = cli.options();
    const QString judgements = catalogue::robJudgementKeys().join(u'|');
    p.addOption({QStringLiteral("study"), tr("The trial's slug."), tr("SLUG")});
    p.addOption({QStringLiteral("outcome"), tr("The outcome's slug."), tr("SLUG")});
    for (const RobDomain d : allRobDomains()) {
        const QString name = appraisalOptionName(robDomainKey(d));
        p.addOption({name, tr("%1 %2: %3.").arg(robDomainShort(d), robDomainLabel(d), judgements),
                     tr("J")});
        p.addOption({name + QStringLiteral("-reason"),
                     tr("The supporting quote or reason for %1 (required unless low).")
                         .arg(robDomainShort(d)),
                     tr("TEXT")});
    }
    p.addOption(
        {QStringLiteral("overall"), tr("The overall judgement: %1.").arg(judgements), tr("J")});
    p.addOption({QStringLiteral("overall-reason"),
                 tr("The reason for the overall judgement (required unless low)."), tr("TEXT")});
    return runAppraisal(
        cli, arguments, tr("assessment"),
        [](const QString &action, const ParsedCommand &command, Catalogue &catalogue) {
            if (action == QLatin1String("show")) {
                return show(command, catalogue);
            }
            return action == QLatin1String("set") ? set(command, catalogue)
                                                  : remove(command, catalogue);
        });
}

} // namespace eb::cli

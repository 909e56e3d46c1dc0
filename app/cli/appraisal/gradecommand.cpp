// evidence grade show|set|delete: the user's GRADE certainty rating per outcome
// (db/schema/0011-appraisals.sql, model/appraisal.h). `show` lists every outcome with results
// and its certainty or "not assessed"; `set` rates one (or replaces the rating at --version N);
// `delete` removes one at its version.
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

QString optionName(GradeDomain d)
{
    return appraisalOptionName(gradeDomainKey(d));
}

int set(const ParsedCommand &command, Catalogue &catalogue)
{
    GradeAssessment g;
    g.outcomeSlug = command.value(QStringLiteral("outcome"));
    g.start = command.isSet(QStringLiteral("start")) ? command.value(QStringLiteral("start"))
                                                     : QString(catalogue::kGradeStartRandomised);
    for (const GradeDomain d : allGradeDomains()) {
        const QString name = optionName(d);
        const QString text = command.value(name);
        int levels = 0;
        if (!isBlank(text)) {
            const auto value = parseInteger(text);
            if (!value || *value < 0 || *value > gradeMaxLevels(d)) {
                return command.bad(tr("--%1 must be a whole number of levels from 0 to %2, not "
                                      "'%3'")
                                       .arg(name)
                                       .arg(gradeMaxLevels(d))
                                       .arg(eb::output::elidedInput(text)));
            }
            levels = static_cast<int>(*value);
        }
        g.rating(d) = {levels, command.value(name + QStringLiteral("-reason"))};
    }
    g.assessor = command.value(QStringLiteral("assessor"));
    g.version = appraisalVersion(command);
    if (g.version < 0) {
        return badAppraisalVersion(command);
    }
    const AppraisalWrite write = catalogue.saveGradeAssessment(g);
    return reportAppraisalWrite(
        command, write,
        tr("saved the GRADE certainty of %1: %2")
            .arg(g.outcomeSlug, catalogue::gradeCertaintyLabel(gradeCertaintyLevel(g))));
}

// show, set or delete, on the open catalogue.
int runAction(const QString &action, const ParsedCommand &command, Catalogue &catalogue)
{
    const QString outcome = command.value(QStringLiteral("outcome"));
    if (action == QLatin1String("show")) {
        const auto results = catalogue.results();
        const auto ratings = catalogue.gradeAssessments();
        // The review's own grading, from its summary of findings, shown as the review's.
        QList<eb::review::SofRow> sof;
        if (const auto review = catalogue.study(eb::review::kSofReviewStudy)) {
            sof = eb::review::summaryOfFindings(*review, eb::review::kSofReviewSource);
        }
        if (!catalogue.lastError().isEmpty()) {
            command.io->err << command.name << ": " << catalogue.lastError() << "\n";
            return ExitFailure;
        }
        const auto rows = eb::evidence::gradeRows(results, ratings, sof, outcome);
        if (command.json) {
            command.io->out << QString::fromUtf8(
                QJsonDocument(gradeRowsJson(rows)).toJson(QJsonDocument::Indented));
        } else {
            printGradeRows(command.io->out, rows);
        }
        return ExitOk;
    }
    if (action == QLatin1String("set")) {
        return set(command, catalogue);
    }
    const qint64 version = appraisalVersion(command);
    if (version <= 0) {
        return command.bad(tr("--version N: name the version of the rating to delete "
                              "(evidence grade show prints it)"));
    }
    return reportAppraisalWrite(command, catalogue.deleteGradeAssessment(outcome, version),
                                tr("deleted the GRADE certainty of %1").arg(outcome));
}

} // namespace

int runGradeCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("GRADE certainty of the evidence per outcome, rated by users (ours; the bundled "
           "catalogue holds none, and the summary of findings shows a review's own grading as "
           "the review's).\n"
           "  show    every outcome with results and its certainty or 'not assessed'\n"
           "  set     rate an outcome: each consideration's levels (0 to 2; dose-response and "
           "confounding 0 or 1) with its reason\n"
           "  delete  remove a rating (--version N)"));
    cli.setUsage(tr("Usage: evidence grade show|set|delete [options]"));
    QCommandLineParser &p = cli.options();
    p.addOption({QStringLiteral("outcome"), tr("The outcome's slug."), tr("SLUG")});
    p.addOption({QStringLiteral("start"),
                 tr("Where the rating starts: %1 (default randomised: high; observational: low).")
                     .arg(catalogue::gradeStartKeys().join(u'|')),
                 tr("KEY")});
    for (const GradeDomain d : allGradeDomains()) {
        p.addOption({optionName(d),
                     tr("%1: levels rated %2 (default 0).")
                         .arg(gradeDomainLabel(d), isGradeUpgrade(d) ? tr("up") : tr("down")),
                     tr("N")});
        p.addOption({optionName(d) + QStringLiteral("-reason"),
                     tr("The reason for the %1 rating (required, also for 0).")
                         .arg(gradeDomainLabel(d).toLower()),
                     tr("TEXT")});
    }
    return runAppraisal(cli, arguments, tr("rating"), runAction);
}

} // namespace eb::cli

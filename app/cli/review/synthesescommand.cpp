// evidence syntheses [--condition C] [--sof] [--json|--csv] [--database FILE]
//
// What View ▸ Syntheses shows (eb::review::synthesesReport): per condition the
// industry-sponsored and independent reviews, what each pooled and found, and the summary of
// findings with each certainty and who graded it. --sof keeps only that table (for --csv,
// whose two tables have different columns).
#include "catalogue/catalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "evidence/synthesesexport.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"
#include "queries/reviewdata.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

} // namespace

int runSynthesesCommand(const QStringList &arguments, Io &io)
{
    namespace vocabulary = eb::catalogue::vocabulary;
    CommandParser cli(
        arguments.value(0), io,
        tr("The syntheses face to face: per condition, the industry-sponsored meta-analyses "
           "beside the independent reviews, what each pooled, its benefits and harms; and the "
           "summary of findings with each certainty and who graded it."));
    const QStringList conditions = vocabulary::keys(vocabulary::List::Condition);
    const QCommandLineOption conditionOption(
        QStringLiteral("condition"),
        tr("Only syntheses of CONDITION: %1.").arg(conditions.join(QStringLiteral(", "))),
        QStringLiteral("CONDITION"));
    const QCommandLineOption sofOption(QStringLiteral("sof"),
                                       tr("Only the summary-of-findings table."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), tr("Print CSV: one line per finding, or per table row with --sof."));
    cli.options().addOptions({conditionOption, sofOption});
    cli.addJsonOption(tr("Print JSON: the conditions with their syntheses and the summary of "
                         "findings (docs/reviewers.md)."));
    cli.options().addOption(csvOption);
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1), 0);
    if (!command) {
        return cli.status();
    }
    const QString condition = command->value(conditionOption);
    if (command->isSet(conditionOption) && !conditions.contains(condition)) {
        return command->bad(
            tr("--condition must be one of %1, not '%2'")
                .arg(conditions.join(QStringLiteral(", ")), eb::output::elidedInput(condition)));
    }
    if (command->json && command->isSet(csvOption)) {
        return command->bad(tr("choose one of --json and --csv"));
    }

    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QString readError;
    const auto studies = eb::review::studyDetails(catalogue, &readError);
    const auto ours = readError.isEmpty() ? catalogue.gradeAssessments()
                                          : QList<eb::catalogue::GradeAssessment>{};
    if (readError.isEmpty()) {
        readError = catalogue.lastError();
    }
    if (!readError.isEmpty()) {
        io.err << command->name << ": " << readError << "\n";
        return ExitFailure;
    }
    eb::review::SynthesesReport report = eb::review::synthesesReport(studies, ours, condition);
    const bool sofOnly = command->isSet(sofOption);
    if (command->json) {
        io.out << QJsonDocument(sofOnly ? eb::review::summaryOfFindingsJson(report)
                                        : eb::review::synthesesJson(report))
                      .toJson(QJsonDocument::Indented);
    } else if (command->isSet(csvOption)) {
        io.out << (sofOnly ? eb::review::summaryOfFindingsCsv(report)
                           : eb::review::synthesesCsv(report));
    } else {
        if (sofOnly) {
            report.conditions.clear();
        }
        io.out << eb::review::synthesesText(report);
    }
    return ExitOk;
}

} // namespace eb::cli

// evidence matrix [--metric native|mw|d|or] [--summary] [--json|--csv] [--database FILE]
//
// The outcome matrix (eb::review::buildOutcomeMatrix): one line per study with each cell's
// effect, converted cells marked derived; --summary gives the evidence-gap counts per outcome
// and condition.
#include "catalogue/catalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "evidence/outcomematrix.h"
#include "evidence/studycompare.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {

using eb::output::csvField;
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

// A CSV cell's number as the window shows it (matrixCellNumbers): a reported value with the
// digits its source printed, a value this program converted with the rounding rule's two
// decimals (docs/statistics.md). The unrounded value is in --json.
QString csvNumber(const eb::review::MatrixCell &c, const std::optional<double> &v,
                  std::optional<int> eb::evidence::PrintedDecimals::*which)
{
    if (!v) {
        return QString();
    }
    return eb::evidence::formatPrinted(*v, eb::review::matrixCellDecimals(c).*which);
}

QJsonValue jnum(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString stateKey(eb::review::CellState state)
{
    return state == eb::review::CellState::Effect ? QStringLiteral("effect")
                                                  : QStringLiteral("measured_not_reported");
}

QString cellText(const eb::review::MatrixCell &c)
{
    if (c.state == eb::review::CellState::MeasuredNotReported) {
        return tr("measured, not reported");
    }
    QString text = eb::review::matrixCellNumbers(c); // as the window shows it
    if (c.derived) {
        text += tr(" [derived]");
    }
    if (!c.convertible) {
        text += tr(" [native: no conversion]");
    }
    return text;
}

} // namespace

int runMatrixCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("The outcome matrix: studies against outcome measures and timepoints, each cell the "
           "effect on its native metric or converted to one common metric (marked derived)."));
    const QCommandLineOption metricOption(QStringLiteral("metric"),
                                          tr("native (default), mw, d or or."),
                                          QStringLiteral("metric"), QStringLiteral("native"));
    const QCommandLineOption summaryOption(
        QStringLiteral("summary"), tr("Studies and participants per outcome and condition."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Print CSV, one line per cell."));
    cli.options().addOptions({metricOption, summaryOption});
    cli.addJsonOption();
    cli.options().addOption(csvOption);
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1), 0);
    if (!command) {
        return cli.status();
    }
    const auto metric =
        eb::catalogue::vocabulary::displayMetricFromKey(command->value(metricOption));
    if (!metric) {
        return command->bad(tr("--metric must be native, mw, d or or, not '%1'")
                                .arg(eb::output::elidedInput(command->value(metricOption))));
    }
    if (command->json && command->isSet(csvOption)) {
        return command->bad(tr("choose one of --json and --csv"));
    }

    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    const auto studies = catalogue.studies();
    if (!catalogue.lastError().isEmpty()) {
        io.err << command->name << ": " << catalogue.lastError() << "\n";
        return ExitFailure;
    }
    const auto results = catalogue.results();
    if (!catalogue.lastError().isEmpty()) {
        io.err << command->name << ": " << catalogue.lastError() << "\n";
        return ExitFailure;
    }

    if (command->isSet(summaryOption)) {
        const auto gaps = eb::review::evidenceGaps(studies, results);
        if (command->json) {
            QJsonArray out;
            for (const eb::review::GapCell &g : gaps) {
                out.append(QJsonObject{{QStringLiteral("outcome"), g.outcomeSlug},
                                       {QStringLiteral("domain"), g.domain},
                                       {QStringLiteral("condition"), g.condition},
                                       {QStringLiteral("studies"), g.studies},
                                       {QStringLiteral("participants"), g.participants},
                                       {QStringLiteral("studies_without_n"), g.studiesWithoutN},
                                       {QStringLiteral("syntheses"), g.syntheses}});
            }
            io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (command->isSet(csvOption)) {
            io.out << "outcome,domain,condition,studies,participants,studies_without_n,syntheses\n";
        }
        for (const eb::review::GapCell &g : gaps) {
            if (command->isSet(csvOption)) {
                io.out << csvField(g.outcomeSlug) << ',' << csvField(g.domain) << ','
                       << csvField(g.condition) << ',' << g.studies << ',' << g.participants << ','
                       << g.studiesWithoutN << ',' << g.syntheses << "\n";
            } else {
                io.out << tr("%1 (%2), %3: %4 primary studies, %5 participants%6; %7 "
                             "syntheses\n")
                              .arg(g.outcomeName, g.domain, g.condition)
                              .arg(g.studies)
                              .arg(g.participants)
                              .arg(g.studiesWithoutN
                                       ? tr(" (+%1 of unknown N)").arg(g.studiesWithoutN)
                                       : QString())
                              .arg(g.syntheses);
            }
        }
        return ExitOk;
    }

    const eb::review::OutcomeMatrix m = eb::review::buildOutcomeMatrix(studies, results, *metric);
    if (command->json) {
        QJsonArray columns;
        for (const eb::review::MatrixColumn &c : m.columns) {
            columns.append(
                QJsonObject{{QStringLiteral("outcome"), c.outcomeSlug},
                            {QStringLiteral("outcome_name"), c.outcomeName},
                            {QStringLiteral("domain"), c.domain},
                            {QStringLiteral("ensemble"), c.ensemble},
                            {QStringLiteral("timepoint"), c.timepoint},
                            {QStringLiteral("timepoint_days"),
                             c.timepointDays ? QJsonValue(*c.timepointDays) : QJsonValue()}});
        }
        QJsonArray rows;
        for (const eb::review::MatrixRow &r : m.rows) {
            QJsonArray cells;
            for (const eb::review::MatrixCell &c : r.cells) {
                cells.append(
                    QJsonObject{{QStringLiteral("column"), c.column},
                                {QStringLiteral("state"), stateKey(c.state)},
                                {QStringLiteral("result_id"), c.result.id},
                                {QStringLiteral("source"), c.result.sourceShortLabel},
                                {QStringLiteral("metric"), c.metric},
                                {QStringLiteral("estimate"), jnum(c.estimate)},
                                {QStringLiteral("ci_low"), jnum(c.ciLow)},
                                {QStringLiteral("ci_high"), jnum(c.ciHigh)},
                                {QStringLiteral("text"), eb::review::matrixCellNumbers(c)},
                                {QStringLiteral("population"),
                                 c.result.population.isEmpty() ? QJsonValue()
                                                               : QJsonValue(c.result.population)},
                                {QStringLiteral("derived"), c.derived},
                                {QStringLiteral("formula"), c.formula},
                                {QStringLiteral("convertible"), c.convertible},
                                {QStringLiteral("direction"), c.direction},
                                {QStringLiteral("other_records"), c.otherRecords}});
            }
            rows.append(QJsonObject{{QStringLiteral("study"), r.studySlug},
                                    {QStringLiteral("name"), r.studyName},
                                    {QStringLiteral("condition"), r.condition},
                                    {QStringLiteral("design"), r.design},
                                    {QStringLiteral("synthesis"), r.isSynthesis},
                                    {QStringLiteral("cells"), cells}});
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("metric"),
                                             eb::catalogue::vocabulary::displayMetricKey(m.metric)},
                                            {QStringLiteral("columns"), columns},
                                            {QStringLiteral("rows"), rows}})
                      .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (command->isSet(csvOption)) {
        io.out << "study,condition,design,domain,outcome,timepoint,state,metric,estimate,ci_low,"
                  "ci_high,derived,result_id,source\n";
        for (const eb::review::MatrixRow &r : m.rows) {
            for (const eb::review::MatrixCell &c : r.cells) {
                const eb::review::MatrixColumn &col = m.columns.at(c.column);
                io.out << QStringList{csvField(r.studySlug),
                                      csvField(r.condition),
                                      csvField(r.design),
                                      csvField(col.domain),
                                      csvField(col.outcomeSlug),
                                      csvField(col.timepoint),
                                      stateKey(c.state),
                                      csvField(c.metric),
                                      csvNumber(c, c.estimate,
                                                &eb::evidence::PrintedDecimals::estimate),
                                      csvNumber(c, c.ciLow, &eb::evidence::PrintedDecimals::ciLow),
                                      csvNumber(c, c.ciHigh,
                                                &eb::evidence::PrintedDecimals::ciHigh),
                                      c.derived ? QStringLiteral("1") : QStringLiteral("0"),
                                      QString::number(c.result.id),
                                      csvField(c.result.sourceShortLabel)}
                              .join(QLatin1Char(','))
                       << "\n";
            }
        }
        return ExitOk;
    }
    io.out << tr("Outcome matrix (%1 metric): %2 studies × %3 outcome-timepoints\n")
                  .arg(eb::catalogue::vocabulary::displayMetricKey(m.metric))
                  .arg(m.rows.size())
                  .arg(m.columns.size());
    for (const eb::review::MatrixRow &r : m.rows) {
        io.out << "\n"
               << r.studyName << (r.isSynthesis ? tr(" [synthesis]") : QString()) << " ("
               << r.condition << ", " << r.design << ")\n";
        for (const eb::review::MatrixCell &c : r.cells) {
            const eb::review::MatrixColumn &col = m.columns.at(c.column);
            io.out << "  " << col.domain << " / " << col.outcomeName << " / " << col.timepoint
                   << ": " << cellText(c) << "  #" << c.result.id << "\n";
        }
    }
    // The window's legend, in the words the lines above use.
    io.out << "\n"
           << tr("Legend: [derived] converted by this program (docs/statistics.md); [native: no "
                 "conversion] shown on its own metric; \"measured, not reported\": the study "
                 "measured the outcome and reports no effect; an outcome not listed was never "
                 "measured.\n");
    return ExitOk;
}

} // namespace eb::cli

// evidence pool --results ID,ID... [--method FE|DL|REML|PM] [--knha] [--json] [--database FILE]
//
// Pools catalogue results after the checks of eb::review::checkPool(): a refusal is one line on
// standard error with every reason and exit status 2; warnings are printed (and kept in the
// JSON) with the pooled result.
#include "catalogue/catalogue.h"
#include "cli/common/commandcatalogue.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "evidence/studycompare.h"
#include "output/messagetext.h"
#include "queries/poolinputs.h"
#include "review/resultpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("eb::cli", text, disambiguation, n);
}

QJsonArray issuesToJson(const QList<eb::review::PoolIssue> &issues)
{
    QJsonArray out;
    for (const eb::review::PoolIssue &issue : issues) {
        QJsonArray ids;
        for (qint64 id : issue.resultIds)
            ids.append(id);
        QJsonArray keep;
        for (qint64 id : issue.keepOneOf)
            keep.append(id);
        out.append(QJsonObject{{QStringLiteral("kind"), eb::review::poolIssueKey(issue.kind)},
                               {QStringLiteral("message"), issue.message},
                               {QStringLiteral("result_ids"), ids},
                               {QStringLiteral("keep_one_of"), keep}});
    }
    return out;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject poolToJson(const eb::review::ResultPool &p)
{
    const QString metric = QString::fromLatin1(eb::stats::metricKey(p.displayMetric).data());
    QJsonArray rows;
    for (const eb::review::PooledRow &row : p.rows) {
        rows.append(QJsonObject{{QStringLiteral("result_id"), row.result.id},
                                {QStringLiteral("study"), row.result.studySlug},
                                {QStringLiteral("outcome"), row.result.outcomeSlug},
                                {QStringLiteral("timepoint"), row.result.timepoint},
                                {QStringLiteral("source"), row.result.sourceShortLabel},
                                {QStringLiteral("metric"), eb::review::metricKeyOf(row.result)},
                                {QStringLiteral("estimate"), row.estimate},
                                {QStringLiteral("ci_low"), row.ciLow},
                                {QStringLiteral("ci_high"), row.ciHigh},
                                {QStringLiteral("yi"), row.yi},
                                {QStringLiteral("vi"), row.vi},
                                {QStringLiteral("weight"), row.weightPercent},
                                {QStringLiteral("converted"), row.converted},
                                {QStringLiteral("conversion"), row.conversion}});
    }
    const eb::stats::PoolResult &e = p.engine;
    const bool random = e.method != eb::stats::PoolMethod::FixedEffect;
    return QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(eb::stats::poolMethodKey(e.method).data())},
        {QStringLiteral("knha"), e.knappHartung},
        {QStringLiteral("k"), static_cast<qint64>(e.k)},
        {QStringLiteral("metric"), metric},
        {QStringLiteral("pooling_scale"), p.poolingScale},
        {QStringLiteral("estimate"), p.estimate},
        {QStringLiteral("ci_low"), p.ciLow},
        {QStringLiteral("ci_high"), p.ciHigh},
        {QStringLiteral("pi_low"), optionalNumber(p.piLow)},
        {QStringLiteral("pi_high"), optionalNumber(p.piHigh)},
        {QStringLiteral("p"), e.p},
        {QStringLiteral("tau2"), random ? QJsonValue(e.tau2) : QJsonValue()},
        {QStringLiteral("i2"), e.i2},
        {QStringLiteral("q"), e.q},
        {QStringLiteral("q_df"), e.qDf},
        {QStringLiteral("q_p"), e.qP},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("warnings"), issuesToJson(p.warnings)}};
}

} // namespace

int runPoolResultsCommand(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Pool results of the catalogue by their ids (see 'evidence catalogue list results'), "
           "after the checks a methodologist would make. Refused (exit 2): human with animal "
           "results, scales that do not convert, a meta-analysis with one of its own trials, "
           "two versions of one review, two analyses of one trial. Warned: outcomes, "
           "timepoints, populations or designs that differ, an ensemble with single scales."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           tr("The result ids, separated by commas."),
                                           QStringLiteral("ID,ID..."));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          tr("FE, DL, REML (default) or PM."),
                                          QStringLiteral("method"), QStringLiteral("REML"));
    const QCommandLineOption knhaOption(QStringLiteral("knha"),
                                        tr("Knapp-Hartung adjustment (t with k - 1 df)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("Read FILE instead of your copy of the bundled catalogue."),
        QStringLiteral("FILE"));
    parser.addOptions(
        {helpOption, resultsOption, methodOption, knhaOption, jsonOption, databaseOption});
    const auto bad = [&](const QString &message) {
        io.err << name << ": " << eb::output::oneLine(message) << "\n";
        return int(ExitBadInput);
    };
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(helpOption)) {
        io.out << commandHelp(parser.helpText(), name);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return bad(
            tr("--results takes no CSV file; give ids only ('%1')")
                .arg(eb::output::elidedInput(parser.positionalArguments().join(QLatin1Char(' ')))));
    QList<qint64> ids;
    for (const QString &part : parser.value(resultsOption).split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return bad(tr("--results: '%1' is not a result id")
                           .arg(eb::output::elidedInput(part.trimmed())));
        if (ids.contains(id))
            return bad(tr("--results: id %1 is given twice").arg(id));
        ids << id;
    }
    const auto method = eb::stats::poolMethodFromKey(parser.value(methodOption).toStdString());
    if (!method)
        return bad(tr("--method: '%1' is not one of FE, DL, REML, PM")
                       .arg(eb::output::elidedInput(parser.value(methodOption))));

    eb::catalogue::Catalogue catalogue;
    if (const int status = openCommandCatalogue(parser, name, io, catalogue); status != ExitOk)
        return status;
    QString error;
    const auto inputs = eb::review::poolInputsFromCatalogue(catalogue, ids, &error);
    if (!inputs)
        return bad(QStringLiteral("--results: ") + error);
    eb::review::PoolCheck check;
    const auto pooled =
        eb::review::poolResults(*inputs, {*method, parser.isSet(knhaOption)}, &check, &error);
    if (!check.canPool()) {
        QStringList reasons;
        for (const eb::review::PoolIssue &issue : check.refusals)
            reasons << issue.message;
        if (parser.isSet(jsonOption)) {
            io.out << QJsonDocument(
                          QJsonObject{{QStringLiteral("refused"), true},
                                      {QStringLiteral("refusals"), issuesToJson(check.refusals)},
                                      {QStringLiteral("warnings"), issuesToJson(check.warnings)}})
                          .toJson(QJsonDocument::Compact)
                   << "\n";
        }
        // One short line: the first reasons, and how many more (--json lists every one).
        constexpr int kShown = 3;
        QString said = reasons.mid(0, kShown).join(QLatin1Char(' '));
        if (reasons.size() > kShown) {
            said += QLatin1Char(' ') + tr("... and %n more (--json lists them)", nullptr,
                                          static_cast<int>(reasons.size() - kShown));
        }
        return bad(tr("refused: %1").arg(eb::output::elidedInput(said, 400)));
    }
    if (!pooled) {
        io.err << name << ": " << error << "\n";
        return ExitFailure;
    }
    if (parser.isSet(jsonOption)) {
        io.out << QJsonDocument(poolToJson(*pooled)).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    const QString metric = QString::fromLatin1(eb::stats::metricKey(pooled->displayMetric).data());
    const eb::stats::PoolResult &e = pooled->engine;
    io.out << tr("Pooled %1 results, %2, on the %3 scale (shown as %4)\n")
                  .arg(e.k)
                  .arg(eb::review::poolMethodTitle(e.method, e.knappHartung), pooled->poolingScale,
                       metric);
    io.out << tr("%1 %2 (95% CI %3 to %4)")
                  .arg(metric, formatNumber(pooled->estimate), formatNumber(pooled->ciLow),
                       formatNumber(pooled->ciHigh));
    if (pooled->piLow && pooled->piHigh)
        io.out << tr(", 95% prediction interval %1 to %2")
                      .arg(formatNumber(*pooled->piLow), formatNumber(*pooled->piHigh));
    io.out << "\n"
           << tr("I^2 %1%   Q(df = %2) = %3, p = %4\n\n")
                  .arg(formatNumber(e.i2), formatNumber(e.qDf), formatNumber(e.q),
                       formatNumber(e.qP));
    for (const eb::review::PooledRow &row : pooled->rows) {
        io.out << QStringLiteral("#%1  %2  %3 (%4 to %5)  weight %6%%7\n")
                      .arg(row.result.id)
                      .arg(eb::review::describeResult(row.result), formatNumber(row.estimate),
                           formatNumber(row.ciLow), formatNumber(row.ciHigh),
                           formatNumber(row.weightPercent),
                           row.converted ? tr("  [derived: %1]").arg(row.conversion) : QString());
    }
    if (!pooled->warnings.isEmpty()) {
        io.out << "\n" << tr("Warnings (kept with the pooled result):\n");
        for (const eb::review::PoolIssue &w : pooled->warnings)
            io.out << "- " << w.message << "\n";
    }
    return ExitOk;
}

} // namespace eb::cli

// evidence pool --results ID,ID... [--method FE|DL|REML|PM|MH|PETO] [--knha] [--json] [--database
// FILE]
//     [--subgroup sponsorship|condition|design|blinding|severity | --mods year[,n]]
//
// Pools catalogue results after the checks of eb::review::checkPool(): a refusal is one line on
// standard error with every reason and exit status 2; warnings are printed (and kept in the
// JSON) with the pooled result.
#include "catalogue/catalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "evidence/studycompare.h"
#include "output/messagetext.h"
#include "output/textformats.h"
#include "queries/poolinputs.h"
#include "review/poolsubgroups.h"
#include "review/resultpool.h"

#include <QCoreApplication>
#include <QHash>
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
        for (qint64 id : issue.resultIds) {
            ids.append(id);
        }
        QJsonArray keep;
        for (qint64 id : issue.keepOneOf) {
            keep.append(id);
        }
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
        rows.append(
            QJsonObject{{QStringLiteral("result_id"), row.result.id},
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
                        {QStringLiteral("conversion"), row.conversion},
                        {QStringLiteral("flipped"), row.flipped},
                        // a synthesis: the trials it pooled, or "not stated"
                        {QStringLiteral("inclusion"),
                         row.inclusion.isEmpty() ? QJsonValue() : QJsonValue(row.inclusion)}});
    }
    const eb::stats::PoolResult &e = p.engine;
    const bool random = e.method != eb::stats::PoolMethod::FixedEffect;
    QJsonObject o{{QStringLiteral("method"),
                   p.counts ? eb::review::countsMethodKey(p.countsMethod)
                            : QString::fromLatin1(eb::stats::poolMethodKey(e.method).data())},
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
    if (p.counts) { // pooled from the arms' events and totals: metafor's figures
        o.insert(QStringLiteral("counts"), mhToJson(*p.counts));
    }
    return o;
}

// The pooled rows as the CSV the methods commands read (numbers in full, so that a pipe into
// `evidence pool -` gives the Pool window's figures); labels as the window names the rows.
QString pooledRowsCsv(const eb::review::ResultPool &pool,
                      const QList<eb::catalogue::StudySummary> &studies)
{
    QHash<qint64, const eb::catalogue::StudySummary *> studyOf;
    for (const eb::catalogue::StudySummary &s : studies) {
        studyOf.insert(s.id, &s);
    }
    bool counts = true;
    for (const eb::review::PooledRow &row : pool.rows) {
        counts = counts && eb::review::armCounts(row.result).has_value();
    }
    const auto number = [](double v) {
        return QString::number(v, 'g', 17);
    };
    QString out = QStringLiteral("result_id,label,yi,vi,year,sponsorship");
    out += counts ? QStringLiteral(",ai,n1i,ci,n2i\n") : QStringLiteral("\n");
    for (const eb::review::PooledRow &row : pool.rows) {
        const eb::catalogue::StudySummary *study = studyOf.value(row.result.studyId);
        QStringList fields{QString::number(row.result.id),
                           eb::output::csvField(eb::review::describeResult(row.result)),
                           number(row.yi),
                           number(row.vi),
                           study != nullptr && study->year ? QString::number(*study->year)
                                                           : QString(),
                           study != nullptr ? eb::output::csvField(study->sponsorship) : QString()};
        if (counts) {
            eb::stats::TwoByTwo t = *eb::review::armCounts(row.result);
            if (row.flipped) {
                t = eb::stats::TwoByTwo{t.c, t.d, t.a, t.b};
            }
            fields << number(t.a) << number(t.a + t.b) << number(t.c) << number(t.c + t.d);
        }
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

// --subgroup or --mods of the pooled results (review/poolsubgroups.h): JSON as `evidence pool
// FILE --subgroup|--mods` prints it, with each subgroup's warnings from the pooling checks.
int printPoolAnalysis(const ParsedCommand &command, const eb::catalogue::Catalogue &catalogue,
                      const eb::review::ResultPool &pooled,
                      const QList<eb::review::PoolInput> &inputs, const QString &subgroup,
                      const QString &mods)
{
    if (!subgroup.isEmpty() && !mods.isEmpty()) {
        return command.bad(tr("give --subgroup or --mods, not both"));
    }
    QHash<qint64, eb::catalogue::StudySummary> studies;
    for (const eb::catalogue::StudySummary &s : catalogue.studies()) {
        studies.insert(s.id, s);
    }
    QString error;
    QJsonObject o;
    if (!subgroup.isEmpty()) {
        const auto r = eb::review::poolSubgroups(pooled, inputs, studies, subgroup, &error);
        if (!r) {
            return command.bad(QStringLiteral("--subgroup: ") + error);
        }
        o = subgroupJson(r->result, subgroup, pooled.engine.method);
        QJsonArray groups = o.value(QStringLiteral("subgroups")).toArray();
        for (qsizetype g = 0; g < groups.size() && g < r->checks.size(); ++g) {
            QJsonObject group = groups.at(g).toObject();
            group.insert(QStringLiteral("warnings"), issuesToJson(r->checks.at(g).warnings));
            groups[g] = group;
        }
        o.insert(QStringLiteral("subgroups"), groups);
    } else {
        QStringList columns;
        for (const QString &c : mods.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            columns << c.trimmed();
        }
        const auto r = eb::review::poolMetaRegression(pooled, studies, columns, &error);
        if (!r) {
            return command.bad(QStringLiteral("--mods: ") + error);
        }
        o = metaRegressionJson(*r);
    }
    o.insert(QStringLiteral("pooling_scale"), pooled.poolingScale);
    QTextStream &out = command.io->out;
    if (command.json) {
        out << QJsonDocument(o).toJson(QJsonDocument::Compact);
        return ExitOk;
    }
    const auto n = [](const QJsonObject &from, const char *key) {
        return formatNumber(from.value(QLatin1String(key)).toDouble());
    };
    if (!subgroup.isEmpty()) {
        out << tr("Subgroups by %1, each pooled on its own on the %2 scale (%3)\n")
                   .arg(subgroup, pooled.poolingScale,
                        eb::review::poolMethodTitle(pooled.engine.method,
                                                    pooled.engine.knappHartung));
        for (const QJsonValue &v : o.value(QStringLiteral("subgroups")).toArray()) {
            const QJsonObject g = v.toObject();
            out << tr("%1: k = %2, estimate %3 (se %4, CI %5 to %6), tau^2 %7, I^2 %8%\n")
                       .arg(g.value(QStringLiteral("subgroup")).toString())
                       .arg(g.value(QStringLiteral("k")).toInt())
                       .arg(n(g, "estimate"), n(g, "se"), n(g, "ci.lb"), n(g, "ci.ub"),
                            n(g, "tau2"), n(g, "I2"));
            for (const QJsonValue &w : g.value(QStringLiteral("warnings")).toArray()) {
                out << "  - " << w.toObject().value(QStringLiteral("message")).toString() << "\n";
            }
        }
        out << tr("Test for Subgroup Differences: Q(df = %1) = %2, p = %3\n")
                   .arg(n(o, "Q_between.df"), n(o, "Q_between"), n(o, "Q_between.p"));
        return ExitOk;
    }
    out << tr("Meta-regression on %1 (k = %2, %3 scale): tau^2 %4, I^2 %5%, QM(df = %6) = %7, "
              "p = %8\n")
               .arg(mods)
               .arg(o.value(QStringLiteral("k")).toInt())
               .arg(pooled.poolingScale, n(o, "tau2"), n(o, "I2"), n(o, "QM.df"), n(o, "QM"),
                    n(o, "QMp"));
    for (const QJsonValue &v : o.value(QStringLiteral("coefficients")).toArray()) {
        const QJsonObject c = v.toObject();
        out << tr("%1: %2 (se %3, CI %4 to %5, p = %6)\n")
                   .arg(c.value(QStringLiteral("name")).toString(), n(c, "estimate"), n(c, "se"),
                        n(c, "ci.lb"), n(c, "ci.ub"), n(c, "pval"));
    }
    return ExitOk;
}

} // namespace

int runPoolResultsCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("Pool results of the catalogue by their ids (see 'evidence catalogue list results'), "
           "after the checks a methodologist would make. Refused (exit 2): human with animal "
           "results, scales that do not convert, a meta-analysis with one of its own trials, "
           "two versions of one review, two analyses of one trial, two syntheses that share a "
           "trial or whose inclusion is not stated, opposite no-effect directions (unless "
           "--flip). Warned: outcomes, timepoints, populations or designs that differ, an "
           "ensemble with single scales."));
    const QCommandLineOption resultsOption(QStringLiteral("results"),
                                           tr("The result ids, separated by commas."),
                                           QStringLiteral("ID,ID..."));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        tr("FE, DL, REML (default) or PM; or MH (Mantel-Haenszel) or PETO "
           "(Peto's OR) from the arms' events and totals."),
        QStringLiteral("method"), QStringLiteral("REML"));
    const QCommandLineOption knhaOption(QStringLiteral("knha"),
                                        tr("Knapp-Hartung adjustment (t with k - 1 df)."));
    const QCommandLineOption flipOption(
        QStringLiteral("flip"),
        tr("Flip the direction of these results (1/RR, -d, 1 - MW) so that above no effect "
           "means the same as in the others; the pooled result records it."),
        QStringLiteral("ID,ID..."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"),
        tr("Print the pooled rows as CSV (result_id, label, yi, vi on the pooling scale, year, "
           "sponsorship; ai, n1i, ci, n2i when every row has arm counts): the input of `evidence "
           "pool - --leave-one-out|--influence|--cumulative`, `evidence bias -` and `evidence "
           "pool - --method MH|PETO`, the analyses of the Pool window."));
    const QCommandLineOption subgroupOption(
        QStringLiteral("subgroup"),
        tr("Pool each subgroup of a study column on its own, with the test for subgroup "
           "differences and the pooling checks inside each (%1), as the Pool window does.")
            .arg(eb::review::poolSubgroupColumns().join(QStringLiteral(", "))),
        QStringLiteral("COLUMN"));
    const QCommandLineOption modsOption(
        QStringLiteral("mods"),
        tr("Meta-regression of the pooled results on numeric study columns (%1).")
            .arg(eb::review::poolModeratorColumns().join(QStringLiteral(", "))),
        QStringLiteral("COLUMN,..."));
    cli.options().addOptions({resultsOption, methodOption, knhaOption, flipOption, csvOption,
                              subgroupOption, modsOption});
    cli.addJsonOption(tr("Print one JSON object."));
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    if (!command->positional.isEmpty()) {
        return command->bad(
            tr("--results takes no CSV file; give ids only ('%1')")
                .arg(eb::output::elidedInput(command->positional.join(QLatin1Char(' ')))));
    }
    QList<qint64> ids;
    for (const QString &part : command->value(resultsOption).split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            return command->bad(tr("--results: '%1' is not a result id")
                                    .arg(eb::output::elidedInput(part.trimmed())));
        }
        if (ids.contains(id)) {
            return command->bad(tr("--results: id %1 is given twice").arg(id));
        }
        ids << id;
    }
    eb::review::PoolSettings settings;
    const auto counts = eb::review::countsMethodFromKey(command->value(methodOption));
    const auto method = eb::stats::poolMethodFromKey(command->value(methodOption).toStdString());
    if (!method && !counts) {
        return command->bad(tr("--method: '%1' is not one of FE, DL, REML, PM, MH, PETO")
                                .arg(eb::output::elidedInput(command->value(methodOption))));
    }
    if (counts && (command->isSet(knhaOption) || command->isSet(subgroupOption) ||
                   command->isSet(modsOption))) {
        return command->bad(tr("--method %1 pools from arm counts: it takes no --knha, "
                               "--subgroup or --mods")
                                .arg(eb::review::countsMethodKey(*counts)));
    }
    settings.method = method.value_or(eb::stats::PoolMethod::FixedEffect);
    settings.knappHartung = command->isSet(knhaOption);
    settings.counts = counts.value_or(eb::review::CountsMethod::None);

    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QString error;
    auto inputs = eb::review::poolInputsFromCatalogue(catalogue, ids, &error);
    if (!inputs) {
        return command->bad(QStringLiteral("--results: ") + error);
    }
    if (command->isSet(flipOption)) {
        for (const QString &part : command->value(flipOption).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            const qsizetype at = ok ? ids.indexOf(id) : -1;
            if (at < 0) {
                return command->bad(tr("--flip: '%1' is not one of the --results ids")
                                        .arg(eb::output::elidedInput(part.trimmed())));
            }
            (*inputs)[at].flipped = true;
        }
    }
    eb::review::PoolCheck check;
    const auto pooled = eb::review::poolResults(*inputs, settings, &check, &error);
    if (!check.canPool()) {
        QStringList reasons;
        for (const eb::review::PoolIssue &issue : check.refusals) {
            reasons << issue.message;
        }
        if (command->json) {
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
        return command->bad(tr("refused: %1").arg(eb::output::elidedInput(said, 400)));
    }
    if (!pooled) {
        io.err << command->name << ": " << error << "\n";
        return ExitFailure;
    }
    if (command->isSet(csvOption)) {
        io.out << pooledRowsCsv(*pooled, catalogue.studies());
        return ExitOk;
    }
    if (command->isSet(subgroupOption) || command->isSet(modsOption)) {
        return printPoolAnalysis(*command, catalogue, *pooled, *inputs,
                                 command->value(subgroupOption), command->value(modsOption));
    }
    if (command->json) {
        io.out << QJsonDocument(poolToJson(*pooled)).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    const QString metric = QString::fromLatin1(eb::stats::metricKey(pooled->displayMetric).data());
    const eb::stats::PoolResult &e = pooled->engine;
    io.out << tr("Pooled %1 results, %2, on the %3 scale (shown as %4)\n")
                  .arg(e.k)
                  .arg(eb::review::poolTitle(*pooled), pooled->poolingScale, metric);
    io.out << tr("%1 %2 (95% CI %3 to %4)")
                  .arg(metric, formatNumber(pooled->estimate), formatNumber(pooled->ciLow),
                       formatNumber(pooled->ciHigh));
    if (pooled->piLow && pooled->piHigh) {
        io.out << tr(", 95% prediction interval %1 to %2")
                      .arg(formatNumber(*pooled->piLow), formatNumber(*pooled->piHigh));
    }
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
        for (const eb::review::PoolIssue &w : pooled->warnings) {
            io.out << "- " << w.message << "\n";
        }
    }
    return ExitOk;
}

} // namespace eb::cli

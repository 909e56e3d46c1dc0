#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "cli/stats/methodsinput.h"
#include "evidence/format.h"
#include "stats/mantelhaenszel.h"
#include "stats/metaregression.h"
#include "stats/sensitivity.h"
#include "stats/subgroups.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

// The analyses of `evidence pool` beyond the plain model (poolcommand.cpp hands them here):
// Mantel-Haenszel and Peto pooling of counts, leave-one-out, influence, cumulative,
// subgroups and meta-regression. Figures are named as metafor's print names them.
namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

QString pText(double p)
{
    return p < 1e-4 ? QStringLiteral("< .0001") : QStringLiteral("= ") + formatNumber(p);
}

// Columns 12 wide with a space before each, so that long numbers never run together.
QString cell(double value)
{
    return QLatin1Char(' ') + formatNumber(value).rightJustified(11);
}

QString head(const QStringList &names)
{
    QString text;
    for (const QString &n : names) {
        text += QLatin1Char(' ') + n.rightJustified(11);
    }
    return text;
}

QString labelCell(const MethodsInput &input, std::size_t i)
{
    const QString label = input.labels().value(static_cast<qsizetype>(i));
    return (label.isEmpty() ? QString::number(i + 1) : label).left(24).leftJustified(24);
}

void print(Io &io, const QJsonObject &o)
{
    io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
}

int engineError(Io &io, const QString &name, const MethodsInput &input,
                const eb::stats::Error &error)
{
    return bad(
        io, name,
        tr("%1: %2: %3").arg(input.where(), input.engineField(error.field), statsMessage(error)));
}

int runMh(Io &io, const QString &name, const MethodsInput &input, eb::stats::EffectMeasure measure,
          bool peto, double level, bool json)
{
    QString error;
    const auto tables = readCountTables(input, &error);
    if (!tables) {
        return bad(io, name, error);
    }
    const auto r = peto ? eb::stats::petoPool(*tables, level)
                        : eb::stats::mantelHaenszel(measure, *tables, level);
    if (!r) {
        return engineError(io, name, input, r.error());
    }
    const bool ratio = measure != eb::stats::EffectMeasure::RD;
    if (json) {
        print(io, mhToJson(*r));
        return ExitOk;
    }
    io.out << (peto ? tr("Equal-Effects Model (Peto's method), k = %1\n\n").arg(r->k)
                    : tr("Equal-Effects Model (Mantel-Haenszel, %1), k = %2\n\n")
                          .arg(QString::fromLatin1(eb::stats::effectMeasureKey(measure).data()))
                          .arg(r->k));
    io.out << tr("I^2 (total heterogeneity / total variability):  %1%\n").arg(formatNumber(r->i2));
    io.out << tr("H^2 (total variability / sampling variability): %1\n\n").arg(formatNumber(r->h2));
    io.out << tr("Test for Heterogeneity:\nQ(df = %1) = %2, p-val %3\n\n")
                  .arg(formatNumber(r->qDf), formatNumber(r->q), pText(r->qP));
    io.out << (ratio ? tr("Model Results (log scale):\n\n") : tr("Model Results:\n\n"));
    io.out << head({tr("estimate"), tr("se"), tr("zval"), tr("pval"), tr("ci.lb"), tr("ci.ub")})
           << "\n";
    io.out << cell(r->estimate) << cell(r->se) << cell(r->z) << cell(r->p) << cell(r->ciLow)
           << cell(r->ciHigh) << "\n\n";
    if (ratio && std::isfinite(std::exp(r->ciHigh)) && std::exp(r->ciLow) > 0.0) {
        io.out << tr("Model Results (%1 scale):\n\n")
                      .arg(measure == eb::stats::EffectMeasure::RR ? QStringLiteral("RR")
                                                                   : QStringLiteral("OR"))
               << head({tr("estimate"), tr("ci.lb"), tr("ci.ub")}) << "\n";
        io.out << cell(std::exp(r->estimate)) << cell(std::exp(r->ciLow))
               << cell(std::exp(r->ciHigh)) << "\n\n";
    }
    if (r->cmh) {
        io.out << tr("Cochran-Mantel-Haenszel Test:    CMH = %1, df = 1, p-val %2\n")
                      .arg(formatNumber(*r->cmh), pText(*r->cmhP));
    }
    if (r->tarone) {
        io.out << tr("Tarone's Test for Heterogeneity: X^2 = %1, df = %2, p-val %3\n")
                      .arg(formatNumber(*r->tarone), formatNumber(*r->taroneDf),
                           pText(*r->taroneP));
    }
    return ExitOk;
}

const char *kRefitColumns[] = {"estimate", "se", "zval", "pval", "ci.lb", "ci.ub",
                               "Q",        "Qp", "tau2", "I2",   "H2"};

void refitTable(Io &io, const MethodsInput &input, const std::vector<eb::stats::RefitRow> &rows,
                bool json, const QString &analysis, const eb::stats::PoolOptions &options)
{
    const QString statName = options.knappHartung ? QStringLiteral("tval") : QStringLiteral("zval");
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("analysis"), analysis);
        o.insert(QStringLiteral("method"),
                 QString::fromLatin1(eb::stats::poolMethodKey(options.method).data()));
        QJsonArray array;
        for (const auto &row : rows) {
            QJsonObject r;
            r.insert(QStringLiteral("row"), static_cast<qint64>(row.study + 1));
            r.insert(QStringLiteral("label"),
                     input.labels().value(static_cast<qsizetype>(row.study)));
            r.insert(QStringLiteral("k"), static_cast<qint64>(row.k));
            const double values[] = {row.estimate, row.se,     row.statistic, row.p,
                                     row.ciLow,    row.ciHigh, row.q,         row.qP,
                                     row.tau2,     row.i2,     row.h2};
            for (int c = 0; c < 11; ++c) {
                r.insert(c == 2 ? statName : QLatin1String(kRefitColumns[c]), values[c]);
            }
            array.append(r);
        }
        o.insert(QStringLiteral("rows"), array);
        print(io, o);
        return;
    }
    io.out << (analysis == QLatin1String("leave1out")
                   ? tr("Leave-one-out analysis (each row: the model without that study), %1\n\n")
                   : tr("Cumulative meta-analysis (each row: the model up to that study), %1\n\n"))
                  .arg(QString::fromLatin1(eb::stats::poolMethodKey(options.method).data()));
    io.out << QStringLiteral("row  ") + QStringLiteral("label").leftJustified(24);
    for (int c = 0; c < 11; ++c) {
        io.out << head({c == 2 ? statName : QString::fromLatin1(kRefitColumns[c])});
    }
    io.out << "\n";
    for (const auto &row : rows) {
        io.out << QString::number(row.study + 1).rightJustified(3) << "  "
               << labelCell(input, row.study);
        for (double v : {row.estimate, row.se, row.statistic, row.p, row.ciLow, row.ciHigh, row.q,
                         row.qP, row.tau2, row.i2, row.h2}) {
            io.out << cell(v);
        }
        io.out << "\n";
    }
}

int runInfluence(Io &io, const MethodsInput &input, const std::vector<double> &yi,
                 const std::vector<double> &vi, const eb::stats::PoolOptions &options, bool json,
                 const QString &name)
{
    const auto rows = eb::stats::influence(yi, vi, options);
    if (!rows) {
        return engineError(io, name, input, rows.error());
    }
    const char *columns[] = {"rstudent", "dffits", "cook.d", "cov.r", "tau2.del",
                             "QE.del",   "hat",    "weight", "dfbs"};
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("analysis"), QStringLiteral("influence"));
        o.insert(QStringLiteral("method"),
                 QString::fromLatin1(eb::stats::poolMethodKey(options.method).data()));
        QJsonArray array;
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const auto &row = (*rows)[i];
            QJsonObject r;
            r.insert(QStringLiteral("row"), static_cast<qint64>(i + 1));
            r.insert(QStringLiteral("label"), input.labels().value(static_cast<qsizetype>(i)));
            const double values[] = {row.rstudent, row.dffits, row.cookD,  row.covR,  row.tau2Del,
                                     row.qeDel,    row.hat,    row.weight, row.dfbeta};
            for (int c = 0; c < 9; ++c) {
                r.insert(QLatin1String(columns[c]), values[c]);
            }
            r.insert(QStringLiteral("inf"), row.influential);
            array.append(r);
        }
        o.insert(QStringLiteral("rows"), array);
        print(io, o);
        return ExitOk;
    }
    io.out << tr("Influence diagnostics (metafor influence()), %1; * = influential\n\n")
                  .arg(QString::fromLatin1(eb::stats::poolMethodKey(options.method).data()));
    io.out << QStringLiteral("row  ") + QStringLiteral("label").leftJustified(24);
    for (const char *c : columns) {
        io.out << head({QString::fromLatin1(c)});
    }
    io.out << QStringLiteral("  inf\n");
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto &row = (*rows)[i];
        io.out << QString::number(i + 1).rightJustified(3) << "  " << labelCell(input, i);
        for (double v : {row.rstudent, row.dffits, row.cookD, row.covR, row.tau2Del, row.qeDel,
                         row.hat, row.weight, row.dfbeta}) {
            io.out << cell(v);
        }
        io.out << (row.influential ? QStringLiteral("    *\n") : QStringLiteral("\n"));
    }
    return ExitOk;
}

int runSubgroups(Io &io, const MethodsInput &input, const std::vector<double> &yi,
                 const std::vector<double> &vi, const eb::stats::PoolOptions &options,
                 const QString &column, bool json, const QString &name)
{
    QString error;
    const auto labels = input.texts(column, &error);
    if (!labels) {
        return bad(io, name, error);
    }
    std::vector<std::string> groups;
    for (const QString &label : *labels) {
        groups.push_back(label.toStdString());
    }
    const auto r = eb::stats::subgroupAnalysis(yi, vi, groups, options);
    if (!r) {
        QString field = input.engineField(r.error().field);
        if (field.startsWith(QLatin1String("row "))) {
            field += tr(", field %1").arg(column);
        }
        return bad(io, name, tr("%1: %2: %3").arg(input.where(), field, statsMessage(r.error())));
    }
    if (json) {
        print(io, subgroupJson(*r, column, options.method));
        return ExitOk;
    }
    io.out << tr("Subgroups by '%1', each pooled on its own (%2)\n\n")
                  .arg(column,
                       QString::fromLatin1(eb::stats::poolMethodKey(options.method).data()));
    io.out << tr("subgroup").leftJustified(24) << tr("k").rightJustified(7)
           << head({tr("estimate"), tr("se"), tr("ci.lb"), tr("ci.ub"), tr("tau2"), tr("I2")})
           << "\n";
    for (const auto &g : r->groups) {
        io.out << QString::fromStdString(g.label).left(24).leftJustified(24)
               << QString::number(g.result.k).rightJustified(7) << cell(g.result.estimate)
               << cell(g.result.se) << cell(g.result.ciLow) << cell(g.result.ciHigh)
               << cell(g.result.tau2) << cell(g.result.i2) << "\n";
    }
    io.out << tr("\nTest for Subgroup Differences: Q(df = %1) = %2, p-val %3\n")
                  .arg(formatNumber(r->df), formatNumber(r->qBetween), pText(r->p));
    return ExitOk;
}

int runMods(Io &io, const MethodsInput &input, const std::vector<double> &yi,
            const std::vector<double> &vi, const eb::stats::PoolOptions &options,
            const QString &columns, bool json, const QString &name)
{
    eb::stats::DesignMatrix mods;
    QString error;
    for (const QString &column : columns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto values = input.numbers(column.trimmed(), &error);
        if (!values) {
            return bad(io, name, error);
        }
        mods.names.push_back(column.trimmed().toStdString());
        mods.columns.push_back(*values);
    }
    if (mods.columns.empty()) {
        return bad(io, name, tr("--mods: name one or more numeric columns, separated by commas"));
    }
    const auto r = eb::stats::metaRegression(yi, vi, mods, options);
    if (!r) {
        return engineError(io, name, input, r.error());
    }
    const QString statName = options.knappHartung ? QStringLiteral("tval") : QStringLiteral("zval");
    if (json) {
        print(io, metaRegressionJson(*r));
        return ExitOk;
    }
    io.out << tr("Mixed-Effects Model (k = %1; tau^2 estimator: %2)\n\n")
                  .arg(r->k)
                  .arg(QString::fromLatin1(eb::stats::poolMethodKey(options.method).data()));
    io.out << tr("tau^2 (estimated amount of residual heterogeneity):     %1\n")
                  .arg(formatNumber(r->tau2));
    io.out << tr("I^2 (residual heterogeneity / unaccounted variability): %1%\n")
                  .arg(formatNumber(r->i2));
    io.out << tr("H^2 (unaccounted variability / sampling variability):   %1\n")
                  .arg(formatNumber(r->h2));
    if (r->r2) {
        io.out << tr("R^2 (amount of heterogeneity accounted for):            %1%\n")
                      .arg(formatNumber(*r->r2));
    }
    io.out << tr("\nTest for Residual Heterogeneity:\nQE(df = %1) = %2, p-val %3\n\n")
                  .arg(formatNumber(r->qeDf), formatNumber(r->qe), pText(r->qeP));
    io.out << (r->qmDfDenom ? tr("Test of Moderators:\nF(df1 = %1, df2 = %2) = %3, p-val %4\n\n")
                                  .arg(formatNumber(r->qmDf), formatNumber(*r->qmDfDenom),
                                       formatNumber(r->qm), pText(r->qmP))
                            : tr("Test of Moderators:\nQM(df = %1) = %2, p-val %3\n\n")
                                  .arg(formatNumber(r->qmDf), formatNumber(r->qm), pText(r->qmP)));
    io.out << tr("Model Results:\n\n") << tr("name").leftJustified(16)
           << head({tr("estimate"), tr("se"), statName, tr("pval"), tr("ci.lb"), tr("ci.ub")})
           << "\n";
    for (const auto &c : r->coefficients) {
        io.out << QString::fromStdString(c.name).left(16).leftJustified(16) << cell(c.estimate)
               << cell(c.se) << cell(c.statistic) << cell(c.p) << cell(c.ciLow) << cell(c.ciHigh)
               << "\n";
    }
    return ExitOk;
}

} // namespace

bool wantsPoolMethods(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        for (const char *flag : {"--leave-one-out", "--influence", "--cumulative", "--subgroup",
                                 "--mods", "--measure"}) {
            if (argument == QLatin1String(flag) ||
                argument.startsWith(QLatin1String(flag) + QLatin1Char('='))) {
                return true;
            }
        }
    }
    const auto method = rawOptionValue(arguments, QStringLiteral("--method"));
    return method && (method->compare(QLatin1String("MH"), Qt::CaseInsensitive) == 0 ||
                      method->compare(QLatin1String("PETO"), Qt::CaseInsensitive) == 0);
}

// evidence pool FILE --measure RR|OR|RD --method MH | --measure OR --method PETO
// evidence pool FILE [--method FE|DL|REML|PM] [--knha] --leave-one-out | --influence |
//   --cumulative [--order COLUMN] | --subgroup COLUMN | --mods COLUMN[,COLUMN...]
int runPoolMethodsCommand(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(0);
    CommandParser cli(
        name, io,
        tr("Pooling of counts by Mantel-Haenszel or Peto, and the sensitivity, subgroup and "
           "meta-regression analyses of a yi/vi file, as metafor computes them."));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          tr("FE, DL, REML (default), PM; MH or PETO for counts."),
                                          QStringLiteral("method"), QStringLiteral("REML"));
    const QCommandLineOption measureOption(QStringLiteral("measure"),
                                           tr("RR, OR or RD (with --method MH); OR with PETO."),
                                           QStringLiteral("measure"));
    const QCommandLineOption knhaOption(QStringLiteral("knha"), tr("Knapp-Hartung adjustment."));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         tr("Confidence level in percent (default 95)."),
                                         QStringLiteral("percent"), QStringLiteral("95"));
    const QCommandLineOption looOption(QStringLiteral("leave-one-out"), tr("Leave-one-out."));
    const QCommandLineOption influenceOption(QStringLiteral("influence"),
                                             tr("Influence diagnostics."));
    const QCommandLineOption cumulativeOption(QStringLiteral("cumulative"),
                                              tr("Cumulative meta-analysis."));
    const QCommandLineOption orderOption(QStringLiteral("order"),
                                         tr("Column to sort by for --cumulative (default: year, "
                                            "else file order)."),
                                         QStringLiteral("column"));
    const QCommandLineOption subgroupOption(
        QStringLiteral("subgroup"), tr("Column of subgroup labels."), QStringLiteral("column"));
    const QCommandLineOption modsOption(QStringLiteral("mods"),
                                        tr("Numeric moderator columns, separated by commas."),
                                        QStringLiteral("columns"));
    for (const auto *option :
         {&methodOption, &measureOption, &knhaOption, &levelOption, &looOption, &influenceOption,
          &cumulativeOption, &orderOption, &subgroupOption, &modsOption}) {
        cli.options().addOption(*option);
    }
    cli.addJsonOption(tr("Print one JSON object."));
    cli.options().addPositionalArgument(QStringLiteral("FILE"),
                                        tr("The CSV file, or - for stdin."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    if (command->positional.size() != 1) {
        return bad(io, name, tr("give exactly one CSV file (or - for standard input)"));
    }
    QString error;
    const auto level = numberOption(QStringLiteral("--level"), command->value(levelOption), &error);
    if (!level || *level <= 1.0 || *level >= 100.0) {
        return bad(io, name,
                   level ? tr("--level: give the level in percent, above 1 and below 100") : error);
    }
    const int analyses = int(command->isSet(looOption)) + int(command->isSet(influenceOption)) +
                         int(command->isSet(cumulativeOption)) +
                         int(command->isSet(subgroupOption)) + int(command->isSet(modsOption));
    const QString methodText = command->value(methodOption).toUpper();
    const bool mh = methodText == QLatin1String("MH");
    const bool peto = methodText == QLatin1String("PETO");
    if (analyses > 1 || ((mh || peto) && analyses > 0)) {
        return bad(io, name,
                   tr("give one analysis at a time (--method MH/PETO, --leave-one-out, "
                      "--influence, --cumulative, --subgroup or --mods)"));
    }
    const auto input = MethodsInput::read(command->positional.first(), io, &error);
    if (!input) {
        return bad(io, name, error);
    }
    if (mh || peto) {
        const auto measure =
            eb::stats::effectMeasureFromKey(command->value(measureOption).toStdString());
        if (!command->isSet(measureOption) && mh) {
            return bad(io, name, tr("--measure: give RR, OR or RD with --method MH"));
        }
        if (peto && command->isSet(measureOption) && measure != eb::stats::EffectMeasure::OR) {
            return bad(io, name, tr("--measure: Peto's method pools odds ratios only (OR)"));
        }
        if (mh && (!measure || (*measure != eb::stats::EffectMeasure::RR &&
                                *measure != eb::stats::EffectMeasure::OR &&
                                *measure != eb::stats::EffectMeasure::RD))) {
            return bad(io, name,
                       tr("--measure: '%1' is not one of RR, OR, RD")
                           .arg(command->value(measureOption).left(20)));
        }
        return runMh(io, name, *input, peto ? eb::stats::EffectMeasure::OR : *measure, peto,
                     *level / 100.0, command->json);
    }
    if (command->isSet(measureOption)) {
        return bad(io, name,
                   tr("--measure: only with --method MH or PETO (a yi/vi file is "
                      "already on its measure's scale)"));
    }
    if (analyses == 0) {
        return bad(io, name, tr("name an analysis"));
    }
    const auto method = eb::stats::poolMethodFromKey(methodText.toStdString());
    if (!method) {
        return bad(io, name,
                   tr("--method: '%1' is not one of FE, DL, REML, PM, MH, PETO")
                       .arg(command->value(methodOption).left(20)));
    }
    eb::stats::PoolOptions options;
    options.method = *method;
    options.knappHartung = command->isSet(knhaOption);
    options.level = *level / 100.0;
    std::vector<double> yi;
    std::vector<double> vi;
    if (!input->readYiVi(&yi, &vi, &error)) {
        return bad(io, name, error);
    }
    const bool json = command->json;
    if (command->isSet(looOption)) {
        const auto rows = eb::stats::leaveOneOut(yi, vi, options);
        if (!rows) {
            return engineError(io, name, *input, rows.error());
        }
        refitTable(io, *input, *rows, json, QStringLiteral("leave1out"), options);
        return ExitOk;
    }
    if (command->isSet(cumulativeOption)) {
        std::vector<std::size_t> order(yi.size());
        std::iota(order.begin(), order.end(), 0);
        QString column = command->value(orderOption);
        if (column.isEmpty() && input->has(QStringLiteral("year"))) {
            column = QStringLiteral("year");
        }
        if (!column.isEmpty()) {
            // Numbers sort as numbers, anything else as text; ties keep the file's order.
            const auto numeric = input->numbers(column, &error);
            const auto texts = input->texts(column, &error);
            if (!texts) {
                return bad(io, name, error);
            }
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return numeric
                           ? (*numeric)[a] < (*numeric)[b]
                           : QString::localeAwareCompare(texts->at(static_cast<qsizetype>(a)),
                                                         texts->at(static_cast<qsizetype>(b))) < 0;
            });
        }
        const auto rows = eb::stats::cumulative(yi, vi, order, options);
        if (!rows) {
            return engineError(io, name, *input, rows.error());
        }
        refitTable(io, *input, *rows, json, QStringLiteral("cumul"), options);
        return ExitOk;
    }
    if (command->isSet(influenceOption)) {
        return runInfluence(io, *input, yi, vi, options, json, name);
    }
    if (command->isSet(subgroupOption)) {
        return runSubgroups(io, *input, yi, vi, options, command->value(subgroupOption), json,
                            name);
    }
    return runMods(io, *input, yi, vi, options, command->value(modsOption), json, name);
}

} // namespace eb::cli

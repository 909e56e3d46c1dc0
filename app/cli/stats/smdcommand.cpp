#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "evidence/format.h"
#include "stats/summarydata.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <cmath>

namespace eb::cli {

// evidence smd --m1 --sd1 --n1 --m2 --sd2 --n2 [--level 95] [--json]
int runSmdCommand(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(0);
    auto tr = [](const char *text) {
        return QCoreApplication::translate("eb::cli", text);
    };

    CommandParser cli(
        name, io,
        tr("Standardized mean difference of group 1 (treatment) against group 2 (control): "
           "Cohen's d, Hedges' g with its sampling variance exactly as metafor's "
           "escalc(measure = \"SMD\"), its standard error and confidence interval."));
    const std::array<QCommandLineOption, 6> valueOptions{{
        {QStringLiteral("m1"), tr("Mean of group 1 (treatment)."), QStringLiteral("x")},
        {QStringLiteral("sd1"), tr("Standard deviation of group 1."), QStringLiteral("x")},
        {QStringLiteral("n1"), tr("Size of group 1."), QStringLiteral("n")},
        {QStringLiteral("m2"), tr("Mean of group 2 (control)."), QStringLiteral("x")},
        {QStringLiteral("sd2"), tr("Standard deviation of group 2."), QStringLiteral("x")},
        {QStringLiteral("n2"), tr("Size of group 2."), QStringLiteral("n")},
    }};
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         tr("Confidence level in percent (default 95)."),
                                         QStringLiteral("percent"), QStringLiteral("95"));
    for (const QCommandLineOption &option : valueOptions) {
        cli.options().addOption(option);
    }
    cli.options().addOption(levelOption);
    cli.addJsonOption(tr("Print one JSON object."));
    const auto command = cli.parse(arguments.mid(1), 0);
    if (!command) {
        return cli.status();
    }
    std::array<double, 6> values{};
    QString error;
    for (std::size_t i = 0; i < valueOptions.size(); ++i) {
        const QString option = QStringLiteral("--") + valueOptions[i].names().first();
        if (!command->isSet(valueOptions[i])) {
            return command->bad(tr("%1 is required").arg(option));
        }
        const auto value = numberOption(option, command->value(valueOptions[i]), &error);
        if (!value) {
            return command->bad(error);
        }
        // The engine takes fractional sizes (effective sample sizes, assumed splits); a
        // person typing --n1 counts patients.
        const bool isSize = i == 2 || i == 5;
        if (isSize && *value != std::floor(*value)) {
            return command->bad(tr("%1: a group size must be a whole number, not %2")
                                    .arg(option, command->value(valueOptions[i]).trimmed()));
        }
        values[i] = *value;
    }
    const auto level = numberOption(QStringLiteral("--level"), command->value(levelOption), &error);
    if (!level || *level <= 1.0 || *level >= 100.0) {
        return command->bad(level ? tr("--level: give the level in percent, above 1 and below 100")
                                  : error);
    }

    const auto r = eb::stats::standardizedMeanDifference(
        {values[0], values[1], values[2]}, {values[3], values[4], values[5]}, *level / 100.0);
    if (!r) {
        return command->bad(QStringLiteral("--") + QString::fromStdString(r.error().field) +
                            QStringLiteral(": ") + statsMessage(r.error()));
    }
    if (command->json) {
        QJsonObject o;
        o.insert(QStringLiteral("d"), r->d);
        o.insert(QStringLiteral("d_variance"), r->dVariance);
        o.insert(QStringLiteral("correction"), r->correction);
        o.insert(QStringLiteral("g"), r->g);
        o.insert(QStringLiteral("variance"), r->variance);
        o.insert(QStringLiteral("se"), r->se);
        o.insert(QStringLiteral("ci_low"), r->ciLow);
        o.insert(QStringLiteral("ci_high"), r->ciHigh);
        o.insert(QStringLiteral("level"), *level);
        o.insert(QStringLiteral("pooled_sd"), r->pooledSd);
        o.insert(QStringLiteral("md"), r->meanDifference);
        o.insert(QStringLiteral("md_variance"), r->meanDifferenceVariance);
        o.insert(QStringLiteral("md_ci_low"), r->meanDifferenceCiLow);
        o.insert(QStringLiteral("md_ci_high"), r->meanDifferenceCiHigh);
        o.insert(QStringLiteral("formula"), QString::fromStdString(r->formula));
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    const QString levelText = eb::evidence::formatCiLevel(*level);
    io.out << tr("Cohen's d            %1   (variance %2)\n")
                  .arg(formatNumber(r->d), formatNumber(r->dVariance))
           << tr("Hedges' g            %1   (correction c(m) = %2)\n")
                  .arg(formatNumber(r->g), formatNumber(r->correction))
           << tr("variance of g        %1\n").arg(formatNumber(r->variance))
           << tr("se of g              %1\n").arg(formatNumber(r->se))
           << tr("%1% CI of g          %2 to %3\n")
                  .arg(levelText, formatNumber(r->ciLow), formatNumber(r->ciHigh))
           << tr("mean difference      %1   (%2% CI %3 to %4, variance %5)\n")
                  .arg(formatNumber(r->meanDifference), levelText,
                       formatNumber(r->meanDifferenceCiLow), formatNumber(r->meanDifferenceCiHigh),
                       formatNumber(r->meanDifferenceVariance))
           << tr("pooled SD            %1\n").arg(formatNumber(r->pooledSd))
           << tr("Formula: %1\n").arg(QString::fromStdString(r->formula));
    return ExitOk;
}

} // namespace eb::cli

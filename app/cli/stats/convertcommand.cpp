#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "output/messagetext.h"
#include "stats/conversions.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace eb::cli {

// evidence convert --from mw|d|g|or|logor --value X [--ci LOW HIGH] [--cer P] [--json]
int runConvertCommand(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(0);
    auto tr = [](const char *text) {
        return QCoreApplication::translate("eb::cli", text);
    };

    // "--ci LOW HIGH" takes two values, which QCommandLineParser cannot express (and a
    // negative limit would look like an option to it): take them out before parsing.
    QStringList rest;
    std::optional<QString> ciLowText;
    std::optional<QString> ciHighText;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (i > 0 && arguments.at(i) == QLatin1String("--ci")) {
            if (i + 2 >= arguments.size()) {
                return bad(io, name, tr("--ci needs two values: LOW HIGH"));
            }
            ciLowText = arguments.at(i + 1);
            ciHighText = arguments.at(i + 2);
            i += 2;
            continue;
        }
        rest.append(arguments.at(i));
    }

    CommandParser cli(
        name, io,
        tr("Converts an effect size to every other metric (MW, d, log OR, OR, U3, OVL, NNT) "
           "with its confidence interval and the formula used, under the normal "
           "equal-variance model."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Metric of the value: mw, d, g, or, logor."),
                                        QStringLiteral("metric"));
    const QCommandLineOption valueOption(QStringLiteral("value"), tr("The estimate."),
                                         QStringLiteral("x"));
    // Listed for --help only: "--ci LOW HIGH" is taken out of the arguments before parsing.
    const QCommandLineOption ciOption(QStringLiteral("ci"),
                                      tr("Confidence interval of the value (both limits)."),
                                      QStringLiteral("LOW HIGH"));
    const QCommandLineOption cerOption(
        QStringLiteral("cer"), tr("Control event rate in (0, 1) for Furukawa's NNT from d."),
        QStringLiteral("p"));
    cli.options().addOptions({fromOption, valueOption, ciOption, cerOption});
    cli.addJsonOption(tr("Print one JSON object."));
    const auto command = cli.parse(rest.mid(1), 0);
    if (!command) {
        return cli.status();
    }
    if (!command->isSet(fromOption) || !command->isSet(valueOption)) {
        return command->bad(tr("--from and --value are required"));
    }
    const QString fromKey = command->value(fromOption).trimmed().toLower();
    const auto scale = eb::stats::scaleFromKey(fromKey.toStdString());
    if (!scale || *scale == eb::stats::Scale::U3 || *scale == eb::stats::Scale::Overlap) {
        return command->bad(tr("--from: '%1' is not one of mw, d, g, or, logor")
                                .arg(eb::output::elidedInput(command->value(fromOption))));
    }

    QString error;
    eb::stats::EffectInput input;
    input.from = *scale;
    const auto value = numberOption(QStringLiteral("--value"), command->value(valueOption), &error);
    if (!value) {
        return command->bad(error);
    }
    input.value = *value;
    if (ciLowText) {
        const auto low = numberOption(QStringLiteral("--ci LOW"), *ciLowText, &error);
        const auto high =
            low ? numberOption(QStringLiteral("--ci HIGH"), *ciHighText, &error) : std::nullopt;
        if (!low || !high) {
            return command->bad(error);
        }
        input.ciLow = low;
        input.ciHigh = high;
    }
    if (command->isSet(cerOption)) {
        const auto cer = numberOption(QStringLiteral("--cer"), command->value(cerOption), &error);
        if (!cer) {
            return command->bad(error);
        }
        input.cer = cer;
    }

    const auto report = eb::stats::convertEffect(input);
    if (!report) {
        static const QMap<QString, QString> kOptionOf{
            {QStringLiteral("value"), QStringLiteral("--value")},
            {QStringLiteral("ci_low"), QStringLiteral("--ci LOW")},
            {QStringLiteral("ci_high"), QStringLiteral("--ci HIGH")},
            {QStringLiteral("ci"), QStringLiteral("--ci")},
            {QStringLiteral("cer"), QStringLiteral("--cer")},
            {QStringLiteral("from"), QStringLiteral("--from")}};
        const QString field = QString::fromStdString(report.error().field);
        return command->bad(kOptionOf.value(field, field) + QStringLiteral(": ") +
                            statsMessage(report.error()));
    }
    if (command->json) {
        io.out << QJsonDocument(conversionToJson(*report)).toJson(QJsonDocument::Compact) << "\n";
    } else {
        io.out << conversionToText(*report);
    }
    return ExitOk;
}

} // namespace eb::cli

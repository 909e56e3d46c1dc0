#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "output/messagetext.h"
#include "stats/conversions.h"

#include <QCommandLineParser>
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
                io.err << name << ": " << tr("--ci needs two values: LOW HIGH") << "\n";
                return ExitBadInput;
            }
            ciLowText = arguments.at(i + 1);
            ciHighText = arguments.at(i + 2);
            i += 2;
            continue;
        }
        rest.append(arguments.at(i));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts an effect size to every other metric (MW, d, log OR, OR, U3, OVL, NNT) "
           "with its confidence interval and the formula used, under the normal "
           "equal-variance model."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
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
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(helpOption);
    parser.addOption(fromOption);
    parser.addOption(valueOption);
    parser.addOption(ciOption);
    parser.addOption(cerOption);
    parser.addOption(jsonOption);
    int status = ExitOk;
    if (!parseStatsCommand(parser, rest, io, &status)) {
        return status;
    }
    if (!parser.isSet(fromOption) || !parser.isSet(valueOption)) {
        io.err << name << ": " << tr("--from and --value are required") << "\n";
        return ExitBadInput;
    }
    const QString fromKey = parser.value(fromOption).trimmed().toLower();
    const auto scale = eb::stats::scaleFromKey(fromKey.toStdString());
    if (!scale || *scale == eb::stats::Scale::U3 || *scale == eb::stats::Scale::Overlap) {
        io.err << name << ": "
               << tr("--from: '%1' is not one of mw, d, g, or, logor")
                      .arg(eb::output::elidedInput(parser.value(fromOption)))
               << "\n";
        return ExitBadInput;
    }

    QString error;
    eb::stats::EffectInput input;
    input.from = *scale;
    const auto value = numberOption(QStringLiteral("--value"), parser.value(valueOption), &error);
    if (!value) {
        io.err << name << ": " << error << "\n";
        return ExitBadInput;
    }
    input.value = *value;
    if (ciLowText) {
        const auto low = numberOption(QStringLiteral("--ci LOW"), *ciLowText, &error);
        const auto high =
            low ? numberOption(QStringLiteral("--ci HIGH"), *ciHighText, &error) : std::nullopt;
        if (!low || !high) {
            io.err << name << ": " << error << "\n";
            return ExitBadInput;
        }
        input.ciLow = low;
        input.ciHigh = high;
    }
    if (parser.isSet(cerOption)) {
        const auto cer = numberOption(QStringLiteral("--cer"), parser.value(cerOption), &error);
        if (!cer) {
            io.err << name << ": " << error << "\n";
            return ExitBadInput;
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
        io.err << name << ": " << kOptionOf.value(field, field) << ": "
               << statsMessage(report.error()) << "\n";
        return ExitBadInput;
    }
    if (parser.isSet(jsonOption)) {
        io.out << QJsonDocument(conversionToJson(*report)).toJson(QJsonDocument::Compact) << "\n";
    } else {
        io.out << conversionToText(*report);
    }
    return ExitOk;
}

} // namespace eb::cli

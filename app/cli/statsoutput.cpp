#include "cli/statsoutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace eb::cli {
namespace {

using eb::stats::ConversionReport;
using eb::stats::ConvertedValue;
using eb::stats::NntResult;
using eb::stats::NntValue;

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject nntValueToJson(const NntValue &value)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QString::fromStdString(value.kindKey()));
    o.insert(QStringLiteral("value"),
             value.isInfinite() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.magnitude));
    return o;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

} // namespace

QString commandHelp(const QString &helpText, const QString &commandName)
{
    QStringList lines = helpText.split(QLatin1Char('\n'));
    if (!lines.isEmpty()) {
        const qsizetype options = lines.first().indexOf(QLatin1String(" [options]"));
        if (options >= 0) {
            lines.first() = QStringLiteral("Usage: ") + commandName + lines.first().mid(options);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString formatNumber(double value)
{
    if (value == 0.0) {
        return QStringLiteral("0"); // never "-0"
    }
    return QString::number(value, 'g', 6);
}

std::optional<double> numberOption(const QString &option, const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const double value = trimmed.toDouble(&ok); // C locale: a decimal comma is not a number
    if (!ok || !std::isfinite(value)) {
        if (error != nullptr) {
            *error =
                trimmed.contains(QLatin1Char(','))
                    ? tr("%1: '%2' has a comma: write decimals with a point").arg(option, trimmed)
                    : tr("%1: '%2' is not a finite number").arg(option, trimmed);
        }
        return std::nullopt;
    }
    return value;
}

QString statsMessage(const eb::stats::Error &error)
{
    return QCoreApplication::translate("eb::stats", error.message.c_str());
}

QJsonObject nntToJson(const NntResult &nnt)
{
    QJsonObject o = nntValueToJson(nnt.estimate);
    if (nnt.hasCi()) {
        o.insert(QStringLiteral("ci_benefit_end"), nntValueToJson(*nnt.benefitEnd));
        o.insert(QStringLiteral("ci_harm_end"), nntValueToJson(*nnt.harmEnd));
        o.insert(QStringLiteral("ci_passes_infinity"), nnt.ciPassesInfinity);
        o.insert(QStringLiteral("ci_text"), QString::fromStdString(nnt.ciText()));
    }
    o.insert(QStringLiteral("text"), QString::fromStdString(nnt.estimate.text()));
    o.insert(QStringLiteral("formula"), QString::fromStdString(nnt.formula));
    o.insert(QStringLiteral("assumption"), QString::fromStdString(nnt.assumption));
    o.insert(QStringLiteral("derived"), true);
    return o;
}

QJsonObject conversionToJson(const ConversionReport &report)
{
    QJsonObject o;
    o.insert(QStringLiteral("from"),
             QString::fromLatin1(eb::stats::scaleKey(report.input.from).data()));
    o.insert(QStringLiteral("value"), report.input.value);
    o.insert(QStringLiteral("ci_low"), optionalNumber(report.input.ciLow));
    o.insert(QStringLiteral("ci_high"), optionalNumber(report.input.ciHigh));
    o.insert(QStringLiteral("cer"), optionalNumber(report.input.cer));
    QJsonArray metrics;
    for (const ConvertedValue &row : report.values) {
        QJsonObject m;
        m.insert(QStringLiteral("key"), QString::fromLatin1(eb::stats::scaleKey(row.scale).data()));
        m.insert(QStringLiteral("name"),
                 QString::fromLatin1(eb::stats::scaleName(row.scale).data()));
        m.insert(QStringLiteral("estimate"), row.estimate);
        m.insert(QStringLiteral("ci_low"), optionalNumber(row.ciLow));
        m.insert(QStringLiteral("ci_high"), optionalNumber(row.ciHigh));
        m.insert(QStringLiteral("formula"), QString::fromStdString(row.formula));
        m.insert(QStringLiteral("derived"), row.derived);
        metrics.append(m);
    }
    o.insert(QStringLiteral("metrics"), metrics);
    o.insert(QStringLiteral("nnt"), nntToJson(report.nntKraemer));
    if (report.nntFurukawa) {
        o.insert(QStringLiteral("nnt_furukawa"), nntToJson(*report.nntFurukawa));
    }
    o.insert(QStringLiteral("mw_band"), QString::fromStdString(report.mwBand));
    o.insert(QStringLiteral("d_band"), QString::fromStdString(report.dBand));
    o.insert(QStringLiteral("assumption"), QString::fromStdString(report.assumption));
    return o;
}

QString conversionToText(const ConversionReport &report)
{
    QString text;
    QString input = QStringLiteral("%1 = %2").arg(
        QString::fromLatin1(eb::stats::scaleKey(report.input.from).data()),
        formatNumber(report.input.value));
    if (report.input.ciLow) {
        input += tr(" (CI %1 to %2)")
                     .arg(formatNumber(*report.input.ciLow), formatNumber(*report.input.ciHigh));
    }
    text += tr("Input: %1\n\n").arg(input);

    // A table: metric, estimate, CI, given/derived, formula; columns as wide as their text.
    QList<QStringList> rows;
    rows.append({tr("Metric"), tr("Estimate"), tr("CI"), QString(), tr("Formula")});
    for (const ConvertedValue &row : report.values) {
        rows.append(
            {QString::fromLatin1(eb::stats::scaleName(row.scale).data()),
             formatNumber(row.estimate),
             row.ciLow ? tr("%1 to %2").arg(formatNumber(*row.ciLow), formatNumber(*row.ciHigh))
                       : QString(),
             row.derived ? tr("derived") : tr("given"), QString::fromStdString(row.formula)});
    }
    auto nntRow = [&](const QString &name, const NntResult &nnt) {
        rows.append({name, QString::fromStdString(nnt.estimate.text()),
                     QString::fromStdString(nnt.ciText()), tr("derived"),
                     QString::fromStdString(nnt.formula)});
    };
    nntRow(tr("NNT (Kraemer & Kupfer, from MW)"), report.nntKraemer);
    if (report.nntFurukawa) {
        nntRow(tr("NNT (Furukawa, CER %1)").arg(formatNumber(*report.input.cer)),
               *report.nntFurukawa);
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < 4; ++c) {
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    for (const QStringList &row : rows) {
        text += row.at(0).leftJustified(widths[0]) + QStringLiteral("  ") +
                row.at(1).rightJustified(widths[1]) + QStringLiteral("  ") +
                row.at(2).leftJustified(widths[2]) + QStringLiteral("  ") +
                row.at(3).leftJustified(widths[3]) + QStringLiteral("  ") + row.at(4) +
                QLatin1Char('\n');
    }
    text += tr("\nBenchmark band: MW %1 (Biometrical Journal 2019, Table 1); d %2 (Cohen "
               "1988)\n")
                .arg(QString::fromStdString(report.mwBand), QString::fromStdString(report.dBand));
    text += tr("Assumption: %1\n").arg(QString::fromStdString(report.assumption));
    return text;
}

} // namespace eb::cli

#include "cli/common/statsoutput.h"

#include "evidence/format.h"

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

// Why a converted number is not shown (short, for the table), or nothing when it can be
// (see representable()); `why` gets the longer explanation for JSON.
std::optional<QString> notShownReason(eb::stats::Scale scale, double value, QString *why = nullptr)
{
    if (eb::stats::representable(scale, value)) {
        return std::nullopt;
    }
    const QString beyond = tr("beyond the range of a double");
    if (std::isnan(value)) {
        if (why != nullptr) {
            *why = tr("not computable");
        }
        return tr("not computable");
    }
    if (why != nullptr) {
        *why = std::isinf(value) ? beyond : tr("above 0 but below the smallest double");
    }
    if (std::isinf(value)) {
        return value > 0.0 ? tr("too large to show") : tr("too negative to show");
    }
    return tr("too small to show");
}

// A converted number for a person. Probabilities (MW, U3, OVL) never reach 0 or 1 for a
// finite d, so one that rounds there is shown as a bound, not as the boundary itself (MW = 1
// would be refused as input). OVL is exactly 1 only at d = 0.
QString formatScaleValue(eb::stats::Scale scale, double value)
{
    using eb::stats::Scale;
    if (const auto reason = notShownReason(scale, value)) {
        return *reason;
    }
    const QString text = formatNumber(value);
    if (scale == Scale::MannWhitney || scale == Scale::U3 || scale == Scale::Overlap) {
        if (text == QLatin1String("1") && !(scale == Scale::Overlap && value == 1.0)) {
            return QStringLiteral("> 0.999999");
        }
        if (text == QLatin1String("0")) {
            return QStringLiteral("< 0.000001");
        }
    }
    return text;
}

} // namespace

QString formatNumber(double value)
{
    return eb::evidence::formatValue(value);
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
        o.insert(QStringLiteral("ci_text"), eb::evidence::formatNntCi(nnt));
    }
    o.insert(QStringLiteral("text"), eb::evidence::formatNnt(nnt.estimate));
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
        // A number beyond the range of a double is null, with the reason alongside.
        QStringList reasons;
        auto number = [&](const char *key, std::optional<double> value) {
            QString why;
            const auto reason = value ? notShownReason(row.scale, *value, &why) : std::nullopt;
            if (reason) {
                reasons.append(QStringLiteral("%1 %2: %3").arg(QLatin1String(key), *reason, why));
            }
            m.insert(QLatin1String(key),
                     reason ? QJsonValue(QJsonValue::Null) : optionalNumber(value));
        };
        number("estimate", row.estimate);
        number("ci_low", row.ciLow);
        number("ci_high", row.ciHigh);
        if (!reasons.isEmpty()) {
            m.insert(QStringLiteral("reason"), reasons.join(QStringLiteral("; ")));
        }
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
        formatScaleValue(report.input.from, report.input.value));
    if (report.input.ciLow) {
        input += tr(" (CI %1 to %2)")
                     .arg(formatScaleValue(report.input.from, *report.input.ciLow),
                          formatScaleValue(report.input.from, *report.input.ciHigh));
    }
    text += tr("Input: %1\n\n").arg(input);

    // A table: metric, estimate, CI, given/derived, formula; columns as wide as their text.
    QList<QStringList> rows;
    rows.append({tr("Metric"), tr("Estimate"), tr("CI"), QString(), tr("Formula")});
    for (const ConvertedValue &row : report.values) {
        rows.append({QString::fromLatin1(eb::stats::scaleName(row.scale).data()),
                     formatScaleValue(row.scale, row.estimate),
                     row.ciLow ? tr("%1 to %2")
                                     .arg(formatScaleValue(row.scale, *row.ciLow),
                                          formatScaleValue(row.scale, *row.ciHigh))
                               : QString(),
                     row.derived ? tr("derived") : tr("given"),
                     QString::fromStdString(row.formula)});
    }
    auto nntRow = [&](const QString &name, const NntResult &nnt) {
        rows.append({name, eb::evidence::formatNnt(nnt.estimate), eb::evidence::formatNntCi(nnt),
                     tr("derived"), QString::fromStdString(nnt.formula)});
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

QJsonObject subgroupJson(const eb::stats::SubgroupResult &r, const QString &column,
                         eb::stats::PoolMethod method)
{
    QJsonObject o;
    o.insert(QStringLiteral("analysis"), QStringLiteral("subgroup"));
    o.insert(QStringLiteral("column"), column);
    o.insert(QStringLiteral("method"),
             QString::fromLatin1(eb::stats::poolMethodKey(method).data()));
    QJsonArray array;
    for (const auto &g : r.groups) {
        QJsonObject s;
        s.insert(QStringLiteral("subgroup"), QString::fromStdString(g.label));
        s.insert(QStringLiteral("k"), static_cast<qint64>(g.result.k));
        s.insert(QStringLiteral("estimate"), g.result.estimate);
        s.insert(QStringLiteral("se"), g.result.se);
        s.insert(QStringLiteral("ci.lb"), g.result.ciLow);
        s.insert(QStringLiteral("ci.ub"), g.result.ciHigh);
        s.insert(QStringLiteral("pval"), g.result.p);
        s.insert(QStringLiteral("tau2"), g.result.tau2);
        s.insert(QStringLiteral("I2"), g.result.i2);
        s.insert(QStringLiteral("QE"), g.result.q);
        s.insert(QStringLiteral("QEp"), g.result.qP);
        array.append(s);
    }
    o.insert(QStringLiteral("subgroups"), array);
    o.insert(QStringLiteral("Q_between"), r.qBetween);
    o.insert(QStringLiteral("Q_between.df"), r.df);
    o.insert(QStringLiteral("Q_between.p"), r.p);
    return o;
}

QJsonObject metaRegressionJson(const eb::stats::MetaRegressionResult &r)
{
    const QString statName = r.knappHartung ? QStringLiteral("tval") : QStringLiteral("zval");
    QJsonObject o;
    o.insert(QStringLiteral("analysis"), QStringLiteral("meta-regression"));
    o.insert(QStringLiteral("method"),
             QString::fromLatin1(eb::stats::poolMethodKey(r.method).data()));
    o.insert(QStringLiteral("test"), r.knappHartung ? QStringLiteral("knha") : QStringLiteral("z"));
    o.insert(QStringLiteral("k"), static_cast<qint64>(r.k));
    o.insert(QStringLiteral("tau2"), r.tau2);
    o.insert(QStringLiteral("I2"), r.i2);
    o.insert(QStringLiteral("H2"), r.h2);
    o.insert(QStringLiteral("R2"), r.r2 ? QJsonValue(*r.r2) : QJsonValue());
    o.insert(QStringLiteral("QE"), r.qe);
    o.insert(QStringLiteral("QE.df"), r.qeDf);
    o.insert(QStringLiteral("QEp"), r.qeP);
    o.insert(QStringLiteral("QM"), r.qm);
    o.insert(QStringLiteral("QM.df"), r.qmDf);
    if (r.qmDfDenom) {
        o.insert(QStringLiteral("QM.df2"), *r.qmDfDenom);
    }
    o.insert(QStringLiteral("QMp"), r.qmP);
    QJsonArray coefs;
    for (const auto &c : r.coefficients) {
        QJsonObject j;
        j.insert(QStringLiteral("name"), QString::fromStdString(c.name));
        j.insert(QStringLiteral("estimate"), c.estimate);
        j.insert(QStringLiteral("se"), c.se);
        j.insert(statName, c.statistic);
        j.insert(QStringLiteral("pval"), c.p);
        j.insert(QStringLiteral("ci.lb"), c.ciLow);
        j.insert(QStringLiteral("ci.ub"), c.ciHigh);
        coefs.append(j);
    }
    o.insert(QStringLiteral("coefficients"), coefs);
    return o;
}

QJsonObject mhToJson(const eb::stats::MhResult &r)
{
    const bool peto = r.measure == eb::stats::EffectMeasure::PETO;
    const bool ratio = r.measure != eb::stats::EffectMeasure::RD;
    QJsonObject o;
    o.insert(QStringLiteral("model"), peto ? QStringLiteral("rma.peto") : QStringLiteral("rma.mh"));
    o.insert(QStringLiteral("measure"),
             QString::fromLatin1(eb::stats::effectMeasureKey(r.measure).data()));
    o.insert(QStringLiteral("k"), static_cast<qint64>(r.k));
    o.insert(QStringLiteral("estimate"), r.estimate);
    o.insert(QStringLiteral("se"), r.se);
    o.insert(QStringLiteral("zval"), r.z);
    o.insert(QStringLiteral("pval"), r.p);
    o.insert(QStringLiteral("ci.lb"), r.ciLow);
    o.insert(QStringLiteral("ci.ub"), r.ciHigh);
    // A ratio beyond the range of a double is left out rather than printed as inf.
    if (ratio && std::isfinite(std::exp(r.ciHigh)) && std::exp(r.ciLow) > 0.0) {
        o.insert(QStringLiteral("exp_estimate"), std::exp(r.estimate));
        o.insert(QStringLiteral("exp_ci.lb"), std::exp(r.ciLow));
        o.insert(QStringLiteral("exp_ci.ub"), std::exp(r.ciHigh));
    }
    o.insert(QStringLiteral("QE"), r.q);
    o.insert(QStringLiteral("QE.df"), r.qDf);
    o.insert(QStringLiteral("QEp"), r.qP);
    o.insert(QStringLiteral("I2"), r.i2);
    o.insert(QStringLiteral("H2"), r.h2);
    if (r.cmh) {
        o.insert(QStringLiteral("CMH"), *r.cmh);
        o.insert(QStringLiteral("CMHp"), *r.cmhP);
    }
    if (r.tarone) {
        o.insert(QStringLiteral("TA"), *r.tarone);
        o.insert(QStringLiteral("TA.df"), *r.taroneDf);
        o.insert(QStringLiteral("TAp"), *r.taroneP);
    }
    return o;
}

} // namespace eb::cli

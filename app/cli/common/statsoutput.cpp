#include "cli/common/statsoutput.h"

#include "evidence/format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <array>
#include <cfloat>
#include <charconv>
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

namespace {

// A number's significant digits (at most 7 kept) and decimal exponent: d[0].d[1]... x 10^exponent.
struct Digits
{
    std::array<char, 8> d{};
    int count = 0;
    int exponent = 0;
};

// std::to_chars in scientific form: the shortest digits that read back as `magnitude`, or
// with `precision` digits after the point (exact, as printf prints them).
template <typename... Precision> Digits scientificDigits(double magnitude, Precision... precision)
{
    std::array<char, 840> buffer{}; // 801 digits hold every double's exact expansion
    const char *end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                    std::chars_format::scientific, precision...)
                          .ptr;
    Digits out;
    const char *p = buffer.data();
    for (; p != end && *p != 'e'; ++p) {
        if (*p != '.' && out.count < static_cast<int>(out.d.size()) - 1) {
            out.d[static_cast<std::size_t>(out.count++)] = *p;
        }
    }
    const char *exponent = p + 1;
    if (exponent != end && *exponent == '+') {
        ++exponent;
    }
    std::from_chars(exponent, end, out.exponent);
    return out;
}

// The first 6 significant digits of `magnitude` (finite, > 0) rounded as QString::number
// rounds them: to nearest, an exact tie away from zero (printf and std::to_chars round a tie
// to even: 1234565 is "1.23457e+06" here and "1.23456e+06" there).
Digits sixDigits(double magnitude)
{
    // Ordinary magnitudes: scaled by an exact power of ten into [1e5, 1e6), one rounding
    // (error below 1e-10), so the fraction decides unless it is within 1e-6 of a half.
    static constexpr std::array<double, 23> kPowers{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const auto scaledAt = [magnitude](int exponent) {
        const int shift = 5 - exponent;
        return shift >= 0 ? magnitude * kPowers.at(static_cast<std::size_t>(shift))
                          : magnitude / kPowers.at(static_cast<std::size_t>(-shift));
    };
    int exponent = (std::ilogb(magnitude) * 78913) >> 18; // floor(log10), or one below
    if (exponent >= -16 && exponent <= 26) {
        double scaled = scaledAt(exponent);
        if (scaled >= 1e6) {
            scaled = scaledAt(++exponent);
        } else if (scaled < 1e5) {
            scaled = scaledAt(--exponent);
        }
        const double whole = std::floor(scaled);
        const double fraction = scaled - whole;
        if (scaled >= 1e5 && scaled < 1e6 && std::abs(fraction - 0.5) > 1e-6) {
            auto n = static_cast<int>(whole) + (fraction > 0.5 ? 1 : 0);
            if (n == 1000000) {
                n = 100000;
                ++exponent;
            }
            Digits out;
            for (int i = 5; i >= 0; --i) {
                out.d[static_cast<std::size_t>(i)] = static_cast<char>('0' + n % 10);
                n /= 10;
            }
            out.count = 6;
            out.exponent = exponent;
            return out;
        }
    }
    // Elsewhere: the shortest digits, rounded at the seventh. They lie within half an ulp of
    // the value, so only seven digits ending in 5 (a tie, or near one) and subnormals (whose
    // ulp is wide) need the exact expansion.
    Digits digits = scientificDigits(magnitude);
    if ((digits.count == 7 && digits.d[6] == '5') || magnitude < DBL_MIN) {
        digits = scientificDigits(magnitude, 800);
    }
    if (digits.count > 6) {
        const bool up = digits.d[6] >= '5';
        digits.count = 6;
        if (up) {
            int i = 5;
            while (i >= 0 && digits.d[static_cast<std::size_t>(i)] == '9') {
                digits.d[static_cast<std::size_t>(i--)] = '0';
            }
            if (i < 0) {
                digits.d[0] = '1';
                ++digits.exponent;
            } else {
                ++digits.d[static_cast<std::size_t>(i)];
            }
        }
    }
    return digits;
}

} // namespace

qsizetype formatNumberUtf8(double value, NumberText &text)
{
    if (!std::isfinite(value) || value == 0.0) {
        const QByteArray special = formatNumber(value).toUtf8(); // "0" or a dash
        std::copy(special.cbegin(), special.cend(), text.begin());
        return special.size();
    }
    const Digits digits = sixDigits(std::abs(value));
    const auto digit = [&digits](int i) {
        return digits.d[static_cast<std::size_t>(i)];
    };
    int count = digits.count;
    while (count > 1 && digit(count - 1) == '0') {
        --count;
    }
    const int exponent = digits.exponent;
    std::size_t n = 0;
    const auto put = [&text, &n](char c) {
        text[n++] = c;
    };
    if (value < 0) {
        put('-');
    }
    if (exponent < -4 || exponent >= 6) { // QString::number's 'g': 1.5e-05, 1e+06, 2e+100
        put(digit(0));
        if (count > 1) {
            put('.');
            for (int i = 1; i < count; ++i) {
                put(digit(i));
            }
        }
        put('e');
        put(exponent < 0 ? '-' : '+');
        const int e = std::abs(exponent);
        if (e < 10) {
            put('0');
        }
        n = static_cast<std::size_t>(
            std::to_chars(text.data() + n, text.data() + text.size(), e).ptr - text.data());
    } else if (exponent >= 0) { // 12345.6, 100000
        for (int i = 0; i <= exponent; ++i) {
            put(i < count ? digit(i) : '0');
        }
        if (count > exponent + 1) {
            put('.');
            for (int i = exponent + 1; i < count; ++i) {
                put(digit(i));
            }
        }
    } else { // 0.000123457
        put('0');
        put('.');
        for (int i = -1; i > exponent; --i) {
            put('0');
        }
        for (int i = 0; i < count; ++i) {
            put(digit(i));
        }
    }
    return static_cast<qsizetype>(n);
}

void appendNumber(QByteArray &into, double value)
{
    NumberText text;
    into.append(text.data(), formatNumberUtf8(value, text));
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

#include "evidence/format.h"

#include "output/messagetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace eb::evidence {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::evidence::format", text);
}

} // namespace

QString notReported()
{
    return tr("not reported");
}

QString formatValue(double value)
{
    if (!std::isfinite(value)) {
        return QStringLiteral("–");
    }
    if (value == 0.0) {
        return QStringLiteral("0"); // never "-0"
    }
    return QString::number(value, 'g', 6);
}

QString formatPrinted(double value, std::optional<int> decimals)
{
    if (!decimals) {
        return formatValue(value);
    }
    return formatChartNumber(value, std::clamp(*decimals, 0, 12));
}

QString formatChartNumber(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return QStringLiteral("–");
    }
    // Fixed decimals up to a million; beyond, scientific notation, so that a huge value
    // (1e300 from a CSV) is a short label and never a 300-digit one that runs over the plot.
    QString text = std::abs(value) < 1e6 ? QString::number(value, 'f', decimals)
                                         : QString::number(value, 'e', std::clamp(decimals, 1, 3));
    if (text.startsWith(QLatin1Char('-'))) {
        // "-0.00" is not a value anyone reported.
        bool allZero = true;
        for (const QChar c : text.mid(1)) {
            if (c.isDigit() && c != QLatin1Char('0')) {
                allZero = false;
            }
        }
        text = allZero ? text.mid(1) : QStringLiteral("−") + text.mid(1);
    }
    return text;
}

QString formatEstimate(std::optional<double> estimate, std::optional<double> ciLow,
                       std::optional<double> ciHigh, const PrintedDecimals &printed)
{
    if (!estimate) {
        return notReported();
    }
    QString text = formatPrinted(*estimate, printed.estimate);
    if (ciLow && ciHigh) {
        text +=
            QStringLiteral(" (%1 to %2)")
                .arg(formatPrinted(*ciLow, printed.ciLow), formatPrinted(*ciHigh, printed.ciHigh));
    } else {
        text += QStringLiteral(" (%1)").arg(tr("CI not reported"));
    }
    return text;
}

QString formatPValueCell(std::optional<double> p, const QString &op, std::optional<int> decimals)
{
    if (!p) {
        return notReported();
    }
    const QString trimmed = op.trimmed();
    const QString prefix =
        trimmed.isEmpty() || trimmed == QLatin1String("=") ? QString() : trimmed + QLatin1Char(' ');
    return prefix + formatPrinted(*p, decimals);
}

QString formatP(std::optional<double> p, const QString &op, std::optional<int> decimals)
{
    if (!p) {
        return tr("p not reported");
    }
    const QString trimmed = op.trimmed();
    return QStringLiteral("p %1 %2").arg(trimmed.isEmpty() ? QStringLiteral("=") : trimmed,
                                         formatPrinted(*p, decimals));
}

QString formatComputedP(double p, int decimals)
{
    if (!std::isfinite(p)) {
        return tr("p not available");
    }
    const int d = std::clamp(decimals, 1, 6);
    const double smallest = std::pow(10.0, -d);
    if (p < smallest) {
        return QStringLiteral("p < %1").arg(QString::number(smallest, 'f', d));
    }
    return QStringLiteral("p = %1").arg(QString::number(p, 'f', d));
}

QString formatCiLevel(double levelPercent)
{
    if (!std::isfinite(levelPercent)) {
        return QStringLiteral("–");
    }
    // The shortest text that reads back as the same double: the level exactly as given.
    return QString::number(levelPercent, 'g', QLocale::FloatingPointShortest);
}

QString formatNnt(const eb::stats::NntValue &value, int decimals)
{
    using Kind = eb::stats::NntValue::Kind;
    if (value.kind == Kind::Infinite) {
        return tr("infinite");
    }
    const QString prefix =
        value.kind == Kind::Benefit ? QStringLiteral("NNTB") : QStringLiteral("NNTH");
    if (!std::isfinite(value.magnitude) || value.magnitude >= kNntBound) {
        return QStringLiteral("%1 > 10^6").arg(prefix);
    }
    return QStringLiteral("%1 %2").arg(
        prefix, QString::number(value.magnitude, 'f', std::max(0, decimals)));
}

QString formatNntCi(const eb::stats::NntResult &nnt, int decimals)
{
    if (!nnt.benefitEnd || !nnt.harmEnd) {
        return {};
    }
    if (!nnt.ciPassesInfinity) {
        // Both ends on the same side: the smaller NNT first.
        const bool benefit = nnt.benefitEnd->kind == eb::stats::NntValue::Kind::Benefit;
        const eb::stats::NntValue &first = benefit ? *nnt.benefitEnd : *nnt.harmEnd;
        const eb::stats::NntValue &second = benefit ? *nnt.harmEnd : *nnt.benefitEnd;
        return tr("%1 to %2").arg(formatNnt(first, decimals), formatNnt(second, decimals));
    }
    QString text;
    if (!nnt.benefitEnd->isInfinite()) {
        text +=
            formatNnt(*nnt.benefitEnd, decimals) + QLatin1Char(' ') + tr("to") + QLatin1Char(' ');
    }
    text += tr("infinity");
    if (!nnt.harmEnd->isInfinite()) {
        text += QLatin1Char(' ') + tr("to") + QLatin1Char(' ') + formatNnt(*nnt.harmEnd, decimals);
    }
    return text;
}

QString elidedInput(const QString &text, int maxChars)
{
    return eb::output::elidedInput(text, maxChars); // the one home of the rule
}

} // namespace eb::evidence

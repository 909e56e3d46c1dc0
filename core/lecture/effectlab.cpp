#include "lecture/effectlab.h"

#include "evidence/format.h"
#include "stats/benchmarks.h"
#include "stats/conversions.h"
#include "stats/nnt.h"
#include "stats/summarydata.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::EffectLab", text);
}

LabValue &at(LabState &state, LabMetric metric)
{
    return state.values.at(static_cast<std::size_t>(metric));
}

// A percentage for a sentence: whole when it is (59%), else one decimal (57.6%).
QString sentencePercent(double proportion)
{
    const double p = 100.0 * proportion;
    if (std::abs(p - std::round(p)) < 0.05) {
        return QString::number(std::lround(p));
    }
    return QString::number(p, 'f', 1);
}

// How d follows from the given scale (the inverse of the engine's conversions).
QString toDFormula(LabMetric metric)
{
    switch (metric) {
    case LabMetric::Mw:
        return QStringLiteral("d = sqrt(2) * Phi^-1(MW)");
    case LabMetric::D:
        return QStringLiteral("d as given");
    case LabMetric::G:
        return QStringLiteral("d = g / c(m), m = n1 + n2 - 2 (Hedges 1981)");
    case LabMetric::OddsRatio:
        return QStringLiteral("d = ln(OR) * sqrt(3) / pi");
    case LabMetric::U3:
        return QStringLiteral("d = Phi^-1(U3)");
    case LabMetric::Ovl:
        return QStringLiteral("|d| = -2 * Phi^-1(OVL / 2)");
    case LabMetric::Nnt:
        return QStringLiteral("MW = (1 + 1/NNT) / 2, d = sqrt(2) * Phi^-1(MW)");
    }
    return {};
}

// The given value's d, or a message in words when it lies outside its scale.
std::optional<double> dOf(const LabInput &input, double value, double correction, QString *why)
{
    const QString shown = QString::number(value, 'g', 6);
    switch (input.metric) {
    case LabMetric::Mw:
        if (value <= 0.0 || value >= 1.0) {
            *why = value == 1.0   ? tr("MW = 1 would mean that every treated patient does better "
                                         "than every control patient: d, the odds ratio and the NNT "
                                         "would be infinite, so they cannot be shown. Try 0.99.")
                   : value == 0.0 ? tr("MW = 0 would mean that every control patient does "
                                       "better than every treated patient: d, the odds ratio "
                                       "and the NNT would be infinite, so they cannot be shown. "
                                       "Try 0.01.")
                                  : tr("MW is a probability between 0 and 1, not %1.").arg(shown);
            return std::nullopt;
        }
        return stats::dFromMw(value);
    case LabMetric::D:
        return value;
    case LabMetric::G:
        return value / correction;
    case LabMetric::OddsRatio:
        if (value <= 0.0) {
            *why = tr("An odds ratio is above 0, not %1.").arg(shown);
            return std::nullopt;
        }
        return stats::dFromLogOr(std::log(value));
    case LabMetric::U3:
        if (value <= 0.0 || value >= 1.0) {
            *why = tr("U3 is a share strictly between 0% and 100%: at exactly 0% or 100% the "
                      "groups would be infinitely far apart, which cannot be shown.");
            return std::nullopt;
        }
        return stats::dFromU3(value);
    case LabMetric::Ovl:
        if (value <= 0.0 || value > 1.0) {
            *why = tr("The overlap is a share above 0% and at most 100%: no overlap at all "
                      "would put the groups infinitely far apart, which cannot be shown.");
            return std::nullopt;
        }
        return (input.negative ? -1.0 : 1.0) * stats::absDFromOvl(value);
    case LabMetric::Nnt: {
        if (std::abs(value) < 1.0) {
            *why = tr("An NNT is at least 1 patient (type a negative number for an NNT to "
                      "harm), not %1.")
                       .arg(shown);
            return std::nullopt;
        }
        const double mw = (1.0 + 1.0 / value) / 2.0;
        if (mw <= 0.0 || mw >= 1.0) {
            *why = tr("An NNT of exactly 1 means MW = 1 or 0: every pair of patients favours "
                      "one group, and d would be infinite, so it cannot be shown.");
            return std::nullopt;
        }
        return stats::dFromMw(mw);
    }
    }
    return std::nullopt;
}

// A number a person reads back exactly as it was typed (up to ten significant digits).
QString exactText(LabMetric metric, double value)
{
    if (!std::isfinite(value)) {
        return tr("too extreme to show");
    }
    if (metric == LabMetric::U3 || metric == LabMetric::Ovl) {
        return QStringLiteral("%1%").arg(QString::number(100.0 * value, 'g', 10));
    }
    return QString::number(value, 'g', 10);
}

bool beyondNntBound(const stats::NntValue &value)
{
    return !std::isfinite(value.magnitude) || value.magnitude >= evidence::kNntBound;
}

QString nntText(const stats::NntValue &value)
{
    if (value.isInfinite()) {
        return tr("infinite (no effect)");
    }
    // The field's sign tells benefit (positive) from harm (negative).
    const bool harm = value.kind == stats::NntValue::Kind::Harm;
    if (beyondNntBound(value)) {
        return harm ? QStringLiteral("< -10^6") : QStringLiteral("> 10^6");
    }
    return QString::number((harm ? -1.0 : 1.0) * value.magnitude, 'f', 2);
}

QString nntSentence(const stats::NntResult &nnt)
{
    QString text;
    const QString shown = evidence::formatNnt(nnt.estimate, 2);
    switch (nnt.estimate.kind) {
    case stats::NntValue::Kind::Benefit:
        text = beyondNntBound(nnt.estimate)
                   ? tr("%1: more than a million patients must be treated for one more to do "
                        "better than under control.")
                         .arg(shown)
                   : tr("NNTB %1: for every %1 patients treated, one more does better than under "
                        "control.")
                         .arg(QString::number(nnt.estimate.magnitude, 'f', 2));
        break;
    case stats::NntValue::Kind::Harm:
        text = beyondNntBound(nnt.estimate)
                   ? tr("%1: more than a million patients must be treated for one more to do "
                        "worse than under control.")
                         .arg(shown)
                   : tr("NNTH %1: for every %1 patients treated, one more does worse than under "
                        "control.")
                         .arg(QString::number(nnt.estimate.magnitude, 'f', 2));
        break;
    case stats::NntValue::Kind::Infinite:
        text = tr("No effect: the NNT is infinite, since treating any number of patients gives "
                  "no extra good outcome.");
        break;
    }
    if (nnt.hasCi()) {
        text += QLatin1Char(' ') + tr("Interval: %1.").arg(evidence::formatNntCi(nnt, 2));
    }
    return text;
}

QString ciText(LabMetric metric, std::optional<double> low, std::optional<double> high)
{
    if (!low || !high) {
        return {};
    }
    return tr("%1 to %2").arg(formatLabValue(metric, *low), formatLabValue(metric, *high));
}

} // namespace

QString labMetricKey(LabMetric metric)
{
    static const char *const keys[] = {"mw", "d", "g", "or", "u3", "ovl", "nnt"};
    return QString::fromLatin1(keys[static_cast<int>(metric)]);
}

std::optional<LabMetric> labMetricFromKey(const QString &key)
{
    for (LabMetric metric : kLabMetrics) {
        if (labMetricKey(metric) == key) {
            return metric;
        }
    }
    return std::nullopt;
}

QString labMetricName(LabMetric metric)
{
    switch (metric) {
    case LabMetric::Mw:
        return tr("MW");
    case LabMetric::D:
        return tr("Cohen's d");
    case LabMetric::G:
        return tr("Hedges' g");
    case LabMetric::OddsRatio:
        return tr("Odds ratio");
    case LabMetric::U3:
        return tr("U3");
    case LabMetric::Ovl:
        return tr("Overlap (OVL)");
    case LabMetric::Nnt:
        return tr("NNT");
    }
    return {};
}

QString formatLabValue(LabMetric metric, double value)
{
    if (!std::isfinite(value)) {
        return tr("too extreme to show");
    }
    switch (metric) {
    case LabMetric::Mw:
        if (value >= 0.9995) {
            return QStringLiteral("> 0.999");
        }
        if (value < 0.0005) {
            return QStringLiteral("< 0.001");
        }
        return QString::number(value, 'f', 3);
    case LabMetric::U3:
    case LabMetric::Ovl:
        if (value >= 0.9995 && metric == LabMetric::U3) {
            return QStringLiteral("> 99.9%");
        }
        if (value < 0.0005) {
            return QStringLiteral("< 0.1%");
        }
        return QStringLiteral("%1%").arg(QString::number(100.0 * value, 'f', 1));
    case LabMetric::OddsRatio:
        // Bounded like the NNT: a 32-digit odds ratio says nothing a reader can use.
        if (value >= 1e6) {
            return QStringLiteral("> 10^6");
        }
        if (value < 1e-6) {
            return QStringLiteral("< 10^-6");
        }
        return QString::number(value, 'f', value >= 100.0 ? 1 : 3);
    case LabMetric::Nnt:
        if (std::abs(value) >= evidence::kNntBound) {
            return value > 0 ? QStringLiteral("> 10^6") : QStringLiteral("< -10^6");
        }
        return QString::number(value, 'f', 2);
    case LabMetric::D:
    case LabMetric::G:
        return QString::number(value, 'f', 3);
    }
    return {};
}

LabState computeLab(const LabInput &input)
{
    LabState state;
    state.input = input;
    if (!std::isfinite(input.value) || !std::isfinite(input.cer) ||
        (input.ciLow && !std::isfinite(*input.ciLow)) ||
        (input.ciHigh && !std::isfinite(*input.ciHigh))) {
        state.message = tr("Type a number.");
        return state;
    }
    if (input.n1 < 2 || input.n2 < 2) {
        state.message = tr("Each group needs at least 2 patients for Hedges' g.");
        return state;
    }
    if (input.cer <= 0.0 || input.cer >= 1.0) {
        state.message = tr("The control event rate lies strictly between 0% and 100%.");
        return state;
    }
    const double correction = stats::hedgesCorrection(static_cast<double>(input.n1 + input.n2 - 2));
    QString why;
    const std::optional<double> d = dOf(input, input.value, correction, &why);
    if (!d) {
        state.message = why;
        return state;
    }
    std::optional<double> dLow;
    std::optional<double> dHigh;
    if (input.ciLow.has_value() != input.ciHigh.has_value()) {
        state.message = tr("Give both ends of the interval, or neither.");
        return state;
    }
    if (input.ciLow) {
        if (input.metric == LabMetric::Nnt) {
            state.message = tr("Give the interval on MW, d, g, OR, U3 or OVL: an NNT interval "
                               "may pass through infinity.");
            return state;
        }
        if (!(*input.ciLow <= input.value && input.value <= *input.ciHigh)) {
            state.message = tr("The interval %1 to %2 does not contain the value %3.")
                                .arg(*input.ciLow)
                                .arg(*input.ciHigh)
                                .arg(input.value);
            return state;
        }
        const auto a = dOf(input, *input.ciLow, correction, &why);
        const auto b = a ? dOf(input, *input.ciHigh, correction, &why) : std::nullopt;
        if (!a || !b) {
            state.message = tr("The interval: %1").arg(why);
            return state;
        }
        dLow = std::min(*a, *b); // OVL falls as |d| grows: its ends swap
        dHigh = std::max(*a, *b);
        if (input.metric == LabMetric::Ovl) {
            // OVL's largest value (the upper limit) is the d nearest 0, on the effect's side.
            const double sign = input.negative ? -1.0 : 1.0;
            const double nearest = sign * stats::absDFromOvl(*input.ciHigh);
            const double farthest = sign * stats::absDFromOvl(*input.ciLow);
            dLow = std::min(nearest, farthest);
            dHigh = std::max(nearest, farthest);
        }
    }

    stats::EffectInput engineInput;
    engineInput.from = stats::Scale::CohensD;
    engineInput.value = *d;
    engineInput.ciLow = dLow;
    engineInput.ciHigh = dHigh;
    engineInput.cer = input.cer;
    const auto report = stats::convertEffect(engineInput);
    if (!report) {
        state.message = tr("This value is too close to the end of its scale to convert.");
        return state;
    }
    state.ok = true;
    state.d = *d;
    state.dLow = dLow;
    state.dHigh = dHigh;
    state.assumption = QString::fromStdString(report->assumption);
    const QString viaD = toDFormula(input.metric);
    state.viaD = viaD;

    auto fill = [&](LabMetric metric, stats::Scale scale) {
        const stats::ConvertedValue *row = report->find(scale);
        LabValue &value = at(state, metric);
        if (row == nullptr) {
            return;
        }
        value.formula = QString::fromStdString(row->formula);
        if (row->outOfRange) {
            value.text = tr("too extreme to show");
            return;
        }
        value.value = row->estimate;
        value.ciLow = row->ciLow;
        value.ciHigh = row->ciHigh;
    };
    fill(LabMetric::Mw, stats::Scale::MannWhitney);
    fill(LabMetric::D, stats::Scale::CohensD);
    fill(LabMetric::OddsRatio, stats::Scale::OddsRatio);
    fill(LabMetric::U3, stats::Scale::U3);
    fill(LabMetric::Ovl, stats::Scale::Overlap);
    LabValue &g = at(state, LabMetric::G);
    g.value = correction * *d;
    if (dLow && dHigh) {
        g.ciLow = correction * *dLow;
        g.ciHigh = correction * *dHigh;
    }
    g.formula = tr("g = c(m) * d; c(%1) = %2 (Hedges 1981)")
                    .arg(input.n1 + input.n2 - 2)
                    .arg(QString::number(correction, 'f', 4));
    at(state, LabMetric::D).formula = QStringLiteral("d");

    const stats::NntResult &kk = report->nntKraemer;
    LabValue &nnt = at(state, LabMetric::Nnt);
    nnt.formula = QString::fromStdString(kk.formula);
    if (!kk.estimate.isInfinite()) {
        nnt.value = kk.estimate.kind == stats::NntValue::Kind::Harm ? -kk.estimate.magnitude
                                                                    : kk.estimate.magnitude;
    }
    nnt.text = nntText(kk.estimate);
    if (kk.hasCi()) {
        nnt.ciText = evidence::formatNntCi(kk, 2);
    }

    // The given scale shows exactly what was given; the others say how they follow from it.
    for (LabMetric metric : kLabMetrics) {
        LabValue &value = at(state, metric);
        if (metric == input.metric) {
            value.given = true;
            value.formula = tr("as given");
            value.value = input.value;
            if (metric != LabMetric::Nnt) {
                value.ciLow = input.ciLow.has_value() ? input.ciLow : value.ciLow;
                value.ciHigh = input.ciHigh.has_value() ? input.ciHigh : value.ciHigh;
            }
        } else if (metric == LabMetric::D) {
            value.formula = viaD;
        }
        if (value.given) {
            // The given value reads exactly as given (d = 8, OR 3.019), never rounded.
            value.text = exactText(metric, input.value);
            if (input.ciLow && input.ciHigh) {
                value.ciText =
                    tr("%1 to %2")
                        .arg(exactText(metric, *input.ciLow), exactText(metric, *input.ciHigh));
            }
        } else if (metric != LabMetric::Nnt) {
            if (value.value && value.text.isEmpty()) {
                value.text = formatLabValue(metric, *value.value);
            }
            value.ciText = ciText(metric, value.ciLow, value.ciHigh);
        }
    }

    const double mw = state.value(LabMetric::Mw).value.value_or(0.5);
    state.band = QString::fromStdString(stats::benchmarkBand(mw));
    if (mw >= 0.9995 || mw < 0.0005) {
        state.mwSentence = tr("Nearly every randomly chosen pair of a treated and a control "
                              "patient favours the same group.");
    } else {
        state.mwSentence = tr("A randomly chosen treated patient does better than a randomly "
                              "chosen control patient %1% of the time (ties count half).")
                               .arg(sentencePercent(mw));
    }
    const double u3 = state.value(LabMetric::U3).value.value_or(0.5);
    // Bounds, never "0 of 100" or "100 of 100": a finite d never puts everyone on one side.
    state.u3Sentence =
        u3 < 0.005    ? tr("Fewer than 1 of 100 treated patients are above the control group's "
                              "average.")
        : u3 >= 0.995 ? tr("More than 99 of 100 treated patients are above the control group's "
                           "average.")
                      : tr("%1 of 100 treated patients are above the control group's average.")
                            .arg(std::lround(100.0 * u3));
    const double ovl = state.value(LabMetric::Ovl).value.value_or(1.0);
    state.ovlSentence =
        tr("The two groups' distributions overlap by %1%.").arg(sentencePercent(ovl));
    const QString gText = state.value(LabMetric::G).text;
    switch (input.sizes) {
    case LabGroupSizes::Reported:
        state.groupSizes = tr("Hedges' g %1 with the trial's group sizes, %2 and %3 as reported.")
                               .arg(gText)
                               .arg(input.n1)
                               .arg(input.n2);
        break;
    case LabGroupSizes::Assumed:
        state.groupSizes = tr("Hedges' g %1 with group sizes %2 and %3 assumed (not reported).")
                               .arg(gText)
                               .arg(input.n1)
                               .arg(input.n2);
        break;
    case LabGroupSizes::Set:
        state.groupSizes =
            tr("Hedges' g %1 with group sizes %2 and %3.").arg(gText).arg(input.n1).arg(input.n2);
        break;
    }
    state.nntKraemer = nntSentence(kk);
    state.nntKraemerAssumption =
        tr("Kraemer & Kupfer, from MW: %1. %2")
            .arg(QString::fromStdString(kk.formula), QString::fromStdString(kk.assumption));
    if (report->nntFurukawa) {
        const stats::NntResult &fu = *report->nntFurukawa;
        state.nntFurukawa = tr("With a control response rate of %1%: %2")
                                .arg(sentencePercent(input.cer), nntSentence(fu));
        state.nntFurukawaAssumption =
            tr("Furukawa, from d and the control event rate: %1. %2")
                .arg(QString::fromStdString(fu.formula), QString::fromStdString(fu.assumption));
    }
    return state;
}

int sliderMinimum(LabMetric metric)
{
    switch (metric) {
    case LabMetric::Mw:
    case LabMetric::U3:
    case LabMetric::Ovl:
        return 1;
    case LabMetric::D:
    case LabMetric::G:
    case LabMetric::OddsRatio:
        return -300;
    case LabMetric::Nnt:
        return -999;
    }
    return 0;
}

int sliderMaximum(LabMetric metric)
{
    switch (metric) {
    case LabMetric::Mw:
    case LabMetric::U3:
        return 999;
    case LabMetric::Ovl:
        return 1000;
    case LabMetric::D:
    case LabMetric::G:
    case LabMetric::OddsRatio:
        return 300;
    case LabMetric::Nnt:
        return 999;
    }
    return 0;
}

int sliderPosition(LabMetric metric, double value)
{
    double position = 0;
    switch (metric) {
    case LabMetric::Mw:
    case LabMetric::U3:
    case LabMetric::Ovl:
        position = 1000.0 * value;
        break;
    case LabMetric::D:
    case LabMetric::G:
        position = 100.0 * value;
        break;
    case LabMetric::OddsRatio:
        position = value > 0 ? 100.0 * std::log(value) : sliderMinimum(metric);
        break;
    case LabMetric::Nnt:
        // The slider runs over 1/NNT (the difference in success), so no effect is its middle.
        position = value != 0.0 ? 1000.0 / value : 0.0;
        break;
    }
    if (!std::isfinite(position)) {
        position = position > 0 ? sliderMaximum(metric) : sliderMinimum(metric);
    }
    return static_cast<int>(std::clamp(std::round(position), double(sliderMinimum(metric)),
                                       double(sliderMaximum(metric))));
}

double sliderValue(LabMetric metric, int position)
{
    switch (metric) {
    case LabMetric::Mw:
    case LabMetric::U3:
    case LabMetric::Ovl:
        return position / 1000.0;
    case LabMetric::D:
    case LabMetric::G:
        return position / 100.0;
    case LabMetric::OddsRatio:
        return std::exp(position / 100.0);
    case LabMetric::Nnt:
        return position != 0 ? 1000.0 / position : 0.0; // 0: no effect (see LabInput)
    }
    return 0;
}

} // namespace eb::lecture

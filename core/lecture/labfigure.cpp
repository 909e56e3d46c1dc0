#include "lecture/labfigure.h"

#include "evidence/format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::LabFigure", text);
}

// The d a lab slider reaches at one end of its range (OVL has no sign: its reach is its |d|).
double reachOnD(LabMetric metric, int position)
{
    LabInput input;
    input.metric = metric;
    input.value = sliderValue(metric, position);
    const LabState state = computeLab(input);
    return state.ok ? std::abs(state.d) : 0.0;
}

} // namespace

evidence::DistributionSpec labDistribution(const LabState &state, const QString &title,
                                           double fontScale, LabFigureText text)
{
    evidence::DistributionSpec spec;
    spec.title = title;
    spec.fontScale = fontScale;
    spec.d = state.ok ? state.d : 0.0;
    spec.mw = state.value(LabMetric::Mw).value;
    spec.u3 = state.value(LabMetric::U3).value;
    spec.ovl = state.value(LabMetric::Ovl).value;
    const LabValue &nnt = state.value(LabMetric::Nnt);
    if (nnt.value) {
        const double magnitude = std::abs(*nnt.value);
        spec.nnt = (*nnt.value < 0 ? QStringLiteral("NNTH %1") : QStringLiteral("NNTB %1"))
                       .arg(magnitude >= evidence::kNntBound ? QStringLiteral("> 10^6")
                                                             : QString::number(magnitude, 'f', 2));
    } else {
        spec.nnt = tr("infinite (no effect)");
    }
    // The box: the lab's own texts (bounded, the given value exactly as given).
    const LabMetric givenMetric = state.input.metric;
    auto line = [&](LabMetric metric, const QString &name) {
        const LabValue &value = state.value(metric);
        QString shown = metric == LabMetric::Nnt ? spec.nnt : value.text;
        if (value.given && metric != LabMetric::Nnt) {
            shown = tr("%1 (given)").arg(shown);
        }
        return QStringLiteral("%1 = %2").arg(name, shown);
    };
    if (givenMetric == LabMetric::G || givenMetric == LabMetric::OddsRatio) {
        spec.valueLines << line(givenMetric, givenMetric == LabMetric::G ? QStringLiteral("g")
                                                                         : QStringLiteral("OR"));
    }
    spec.valueLines << line(LabMetric::Mw, QStringLiteral("MW")) << line(LabMetric::D, spec.dName)
                    << line(LabMetric::U3, QStringLiteral("U3"))
                    << line(LabMetric::Ovl, QStringLiteral("OVL"))
                    << QStringLiteral("NNT: %1").arg(spec.nnt);
    const LabValue &given = state.value(givenMetric);
    spec.inputLabel = given.ciText.isEmpty()
                          ? tr("%1 = %2 given; every other value derived.")
                                .arg(labMetricName(givenMetric), given.text)
                          : tr("%1 = %2 (interval %3) given; every other value derived.")
                                .arg(labMetricName(givenMetric), given.text, given.ciText);
    spec.footnote = state.assumption;
    if (text == LabFigureText::Teaching && state.ok) {
        spec.teaching << tr("Benchmark: %1 (MW).").arg(state.band) << state.mwSentence
                      << state.u3Sentence;
        if (state.dLow && state.dHigh) {
            QStringList intervals;
            for (LabMetric metric : {LabMetric::Mw, LabMetric::D, LabMetric::U3}) {
                const LabValue &value = state.value(metric);
                if (!value.ciText.isEmpty()) {
                    intervals << QStringLiteral("%1 %2").arg(
                        metric == LabMetric::D ? QStringLiteral("d") : labMetricName(metric),
                        value.ciText);
                }
            }
            spec.teaching << tr("Interval: %1.").arg(intervals.join(QStringLiteral("; ")));
        }
        // A preset's group sizes (the trial's, or assumed) are said; typed ones when g is given.
        if (state.input.sizes != LabGroupSizes::Set || givenMetric == LabMetric::G) {
            spec.teaching << state.groupSizes;
        }
        spec.teaching << tr("%1 (%2)").arg(state.nntKraemer, state.nntKraemerAssumption);
        if (!state.nntFurukawa.isEmpty()) {
            spec.teaching << tr("%1 (%2)").arg(state.nntFurukawa, state.nntFurukawaAssumption);
        }
    }
    return spec;
}

std::pair<double, double> labAxisRange(const LabState &state, const LabState *compare,
                                       LabMetric sliderMetric)
{
    double reach = std::max(reachOnD(sliderMetric, sliderMinimum(sliderMetric)),
                            reachOnD(sliderMetric, sliderMaximum(sliderMetric)));
    reach = std::max(reach, std::abs(state.d));
    if (compare != nullptr && compare->ok) {
        reach = std::max(reach, std::abs(compare->d));
    }
    // The chart draws a curve no further out than its edge (kMaxDrawnD), so neither does the axis.
    const double half = std::ceil(std::min(reach, evidence::kMaxDrawnD) + 3.5);
    return {-half, half};
}

} // namespace eb::lecture

#include "evidence/derivedvalues.h"

#include "evidence/format.h"
#include "stats/conversions.h"
#include "stats/metric.h"
#include "stats/summarydata.h"

#include <QCoreApplication>

namespace eb::evidence {

using catalogue::ArmSummaryRecord;
using catalogue::ResultRecord;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::evidence::DerivedValues", text);
}

// Derived values are shown with two decimals: they are model-based approximations, and more
// digits would suggest a precision the assumptions do not have.
QString fixed(double value)
{
    return QString::number(value, 'f', 2);
}

QString valueWithCi(double estimate, std::optional<double> low, std::optional<double> high)
{
    QString text = fixed(estimate);
    if (low && high) {
        text += QStringLiteral(" (%1 to %2)").arg(fixed(*low), fixed(*high));
    }
    return text;
}

QString scaleLabel(stats::Scale scale)
{
    switch (scale) {
    case stats::Scale::MannWhitney:
        return tr("MW");
    case stats::Scale::CohensD:
        return tr("d");
    case stats::Scale::HedgesG:
        return tr("g");
    case stats::Scale::LogOddsRatio:
        return tr("log OR");
    case stats::Scale::OddsRatio:
        return tr("OR");
    case stats::Scale::U3:
        return tr("U3");
    case stats::Scale::Overlap:
        return tr("OVL");
    }
    return {};
}

// MW, d and OR (those the result is not reported in) and the NNT of a convertible result.
std::optional<DerivedGroup> conversions(const ResultRecord &result)
{
    const std::optional<stats::Metric> metric = result.metric;
    if (!metric || !result.estimate) {
        return std::nullopt;
    }
    const auto report =
        stats::equivalentsForResult(*metric, *result.estimate, result.ciLow, result.ciHigh);
    if (!report) {
        return std::nullopt; // no conversion under the normal model for this metric
    }
    DerivedGroup group;
    group.title = tr("Derived by this program (not reported by the source)");
    for (stats::Scale scale :
         {stats::Scale::MannWhitney, stats::Scale::CohensD, stats::Scale::OddsRatio}) {
        const stats::ConvertedValue *value = report->find(scale);
        if (value == nullptr || !value->derived) {
            continue;
        }
        // A conversion past the range of a double is named, never printed as inf.
        group.values.append({scaleLabel(scale),
                             value->outOfRange
                                 ? tr("too extreme to show")
                                 : valueWithCi(value->estimate, value->ciLow, value->ciHigh),
                             QString::fromStdString(value->formula)});
    }
    const stats::NntResult &nnt = report->nntKraemer;
    QString nntText = formatNnt(nnt.estimate, 1);
    if (nnt.hasCi()) {
        nntText += QStringLiteral(" (%1)").arg(formatNntCi(nnt, 1));
    }
    // An NNT computed from a Wei-Lachin MW is never shown as if it were a single-outcome NNT
    // (issue 9): an ensemble combines several scales, and no source reports this number.
    if (result.outcomeIsEnsemble) {
        nntText += tr(" (not a single-outcome NNT: this MW combines several outcome scales, "
                      "Wei-Lachin ensemble)");
    } else if (result.statisticalMethod.contains(QLatin1String("Wei-Lachin"))) {
        nntText += tr(" (computed from a Wei-Lachin MW; not an NNT any source reports)");
    }
    group.values.append({tr("NNT"), nntText, QString::fromStdString(nnt.formula)});
    group.note = QString::fromStdString(report->assumption);
    return group;
}

const ArmSummaryRecord *armWithMeanAndSd(const ResultRecord &result, const char *role)
{
    for (const ArmSummaryRecord &arm : result.arms) {
        if (arm.armRole == QLatin1String(role) && arm.mean && arm.sd) {
            return &arm;
        }
    }
    return nullptr;
}

// Hedges' g and the mean difference from the arms' means and SDs.
std::optional<DerivedGroup> smdFromArms(const ResultRecord &result)
{
    const ArmSummaryRecord *treatment = armWithMeanAndSd(result, "treatment");
    const ArmSummaryRecord *control = armWithMeanAndSd(result, "control");
    if (treatment == nullptr || control == nullptr) {
        return std::nullopt;
    }
    stats::Result<stats::SmdResult> smd = [&]() -> stats::Result<stats::SmdResult> {
        if (treatment->n && control->n) {
            return stats::standardizedMeanDifference(
                {*treatment->mean, *treatment->sd, static_cast<double>(*treatment->n)},
                {*control->mean, *control->sd, static_cast<double>(*control->n)});
        }
        if (result.n) {
            return stats::standardizedMeanDifference(
                *treatment->mean, *treatment->sd, *control->mean, *control->sd,
                stats::assumeEqualArms(static_cast<double>(*result.n)));
        }
        return stats::makeError("n", "arm sizes and total N not reported");
    }();
    if (!smd) {
        return std::nullopt;
    }
    DerivedGroup group;
    group.title = tr("Derived by this program from the arm summaries");
    group.values.append({tr("Hedges' g"), valueWithCi(smd->g, smd->ciLow, smd->ciHigh),
                         QString::fromStdString(smd->formula)});
    group.values.append(
        {tr("Mean difference"),
         valueWithCi(smd->meanDifference, smd->meanDifferenceCiLow, smd->meanDifferenceCiHigh),
         tr("m1 − m2")});
    if (smd->armSizesAssumed) {
        const QString half = QString::number(static_cast<double>(*result.n) / 2.0, 'g', 4);
        group.assumesArmSizes = true;
        group.note = tr("Arm sizes assumed %1/%2, not reported (%3). The interval depends on "
                        "this assumption.")
                         .arg(half, half, QString::fromStdString(smd->assumption));
    }
    return group;
}

} // namespace

QList<DerivedGroup> derivedValues(const ResultRecord &result)
{
    QList<DerivedGroup> groups;
    if (auto group = conversions(result)) {
        groups.append(*group);
    }
    if (auto group = smdFromArms(result)) {
        groups.append(*group);
    }
    return groups;
}

} // namespace eb::evidence

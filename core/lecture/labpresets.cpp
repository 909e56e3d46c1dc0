#include "lecture/labpresets.h"

#include "evidence/resultline.h"
#include "model/cataloguereader.h"
#include "stats/summarydata.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::LabPresets", text);
}

QString sourceText(const catalogue::ResultRecord &result)
{
    QString text = result.sourceShortLabel.isEmpty() ? result.sourceSlug : result.sourceShortLabel;
    if (!result.sourceDoi.isEmpty()) {
        text += QStringLiteral(" (doi:%1)").arg(result.sourceDoi);
    } else if (!result.sourcePmid.isEmpty()) {
        text += QStringLiteral(" (PMID %1)").arg(result.sourcePmid);
    }
    return text;
}

QString what(const catalogue::ResultRecord &result)
{
    const QString outcome = result.outcomeShortName();
    QString text = QStringLiteral("%1, %2").arg(result.studyName, outcome);
    if (!result.timepoint.isEmpty()) {
        text += QLatin1Char(' ') + result.timepoint;
    }
    return text;
}

const catalogue::ArmSummaryRecord *arm(const catalogue::ResultRecord &result, const char *role)
{
    for (const catalogue::ArmSummaryRecord &a : result.arms) {
        if (a.armRole == QLatin1String(role) && a.mean && a.sd) {
            return &a;
        }
    }
    return nullptr;
}

QString reportedSizes(int treatment, int control)
{
    return tr("Group sizes %1 (treatment) and %2 (control), as the catalogue records the arms "
              "of this result.")
        .arg(treatment)
        .arg(control);
}

// The arm of this role with a size (its n, else its event total).
std::optional<int> armSize(const catalogue::ResultRecord &result, const char *role)
{
    for (const catalogue::ArmSummaryRecord &a : result.arms) {
        if (a.armRole == QLatin1String(role)) {
            if (a.n) {
                return a.n;
            }
            if (a.total) {
                return a.total;
            }
        }
    }
    return std::nullopt;
}

// A preset on a scale without group sizes (MW, d, OR) still needs them for Hedges' g: the
// result's arm sizes when the catalogue has them; else equal halves of its N; else the lab's
// 50 and 50. Either way said in words, never silently.
void setGroupSizes(LabPreset &preset, const catalogue::ResultRecord &result)
{
    const auto treatment = armSize(result, "treatment");
    const auto control = armSize(result, "control");
    if (treatment && control && *treatment >= 2 && *control >= 2) {
        preset.input.n1 = *treatment;
        preset.input.n2 = *control;
        preset.input.sizes = LabGroupSizes::Reported;
        preset.groupSizes = reportedSizes(*treatment, *control);
        return;
    }
    preset.input.sizes = LabGroupSizes::Assumed;
    preset.armSizesAssumed = true;
    if (result.n && *result.n >= 4) {
        preset.input.n1 = (*result.n + 1) / 2;
        preset.input.n2 = *result.n / 2;
        preset.groupSizes = tr("Group sizes %1 and %2 assumed: equal halves of the N of %3 the "
                               "source reports; the arm sizes are not recorded.")
                                .arg(preset.input.n1)
                                .arg(preset.input.n2)
                                .arg(*result.n);
        return;
    }
    preset.input.n1 = 50;
    preset.input.n2 = 50;
    preset.groupSizes = tr("Group sizes 50 and 50 assumed (the lab's default): neither the arm "
                           "sizes nor the N of this result are recorded.");
}

std::optional<LabPreset> fromEstimate(const catalogue::ResultRecord &result)
{
    if (!result.estimate) {
        return std::nullopt;
    }
    const QString metric = resultMetricKey(result);
    LabPreset preset;
    preset.key = resultKeyOf(result);
    preset.input.value = *result.estimate;
    preset.input.ciLow = result.ciLow;
    preset.input.ciHigh = result.ciHigh;
    QString shortName;
    if (metric == QLatin1String("mw")) {
        preset.input.metric = LabMetric::Mw;
        shortName = QStringLiteral("MW");
    } else if (metric == QLatin1String("d") || metric == QLatin1String("smd")) {
        preset.input.metric = LabMetric::D;
        shortName = metric == QLatin1String("d") ? QStringLiteral("d") : QStringLiteral("SMD");
    } else if (metric == QLatin1String("g")) {
        preset.input.metric = LabMetric::G;
        shortName = QStringLiteral("g");
    } else if (metric == QLatin1String("or") || metric == QLatin1String("log_or")) {
        preset.input.metric = LabMetric::OddsRatio;
        shortName = QStringLiteral("OR");
        if (metric == QLatin1String("log_or")) {
            preset.input.value = std::exp(preset.input.value);
            if (preset.input.ciLow && preset.input.ciHigh) {
                preset.input.ciLow = std::exp(*preset.input.ciLow);
                preset.input.ciHigh = std::exp(*preset.input.ciHigh);
            }
        }
    } else {
        return std::nullopt;
    }
    if (!preset.input.ciLow || !preset.input.ciHigh) {
        preset.input.ciLow.reset();
        preset.input.ciHigh.reset();
    }
    // The digits the source printed (evidence/format.h).
    const evidence::PrintedDecimals printed = evidence::printedDecimals(result);
    QString value = QStringLiteral("%1 %2").arg(
        shortName, evidence::formatPrinted(*result.estimate, printed.estimate));
    if (result.ciLow && result.ciHigh) {
        value += QStringLiteral(" (%1 to %2)")
                     .arg(evidence::formatPrinted(*result.ciLow, printed.ciLow),
                          evidence::formatPrinted(*result.ciHigh, printed.ciHigh));
    }
    // The source in the label: two results that read alike (two reports of one trial) differ.
    preset.label =
        QStringLiteral("%1: %2, %3")
            .arg(what(result), value,
                 result.sourceShortLabel.isEmpty() ? result.sourceSlug : result.sourceShortLabel);
    preset.source = sourceText(result);
    const bool reported = result.origin != QLatin1String("derived");
    preset.provenance =
        reported ? tr("%1 reported by %2; every other value is derived by this program under the "
                      "normal, equal-variance model.")
                       .arg(shortName, preset.source)
                 : tr("%1 derived (%2) from what %3 reports; every other value is derived by "
                      "this program.")
                       .arg(shortName, result.derivation, preset.source);
    if (metric == QLatin1String("smd")) {
        preset.provenance += QLatin1Char(' ') + tr("The source does not say which SMD; the lab "
                                                   "treats it as Cohen's d.");
    }
    setGroupSizes(preset, result);
    preset.provenance += QLatin1Char(' ') + preset.groupSizes;
    // The value must still convert (a catalogue may hold an MW of 1): otherwise no preset.
    if (!computeLab(preset.input).ok) {
        return std::nullopt;
    }
    return preset;
}

std::optional<LabPreset> fromArms(const catalogue::ResultRecord &result)
{
    const catalogue::ArmSummaryRecord *treatment = arm(result, "treatment");
    const catalogue::ArmSummaryRecord *control = arm(result, "control");
    if (treatment == nullptr || control == nullptr) {
        return std::nullopt;
    }
    LabPreset preset;
    preset.key = resultKeyOf(result, true);
    stats::Result<stats::SmdResult> smd = stats::makeError("n", "");
    if (treatment->n && control->n) {
        preset.input.n1 = *treatment->n;
        preset.input.n2 = *control->n;
        preset.input.sizes = LabGroupSizes::Reported;
        preset.groupSizes = reportedSizes(preset.input.n1, preset.input.n2);
        smd = stats::standardizedMeanDifference(
            {*treatment->mean, *treatment->sd, static_cast<double>(*treatment->n)},
            {*control->mean, *control->sd, static_cast<double>(*control->n)});
    } else if (result.n && *result.n % 2 == 0) {
        // Equal halves of the reported N, flagged as an assumption (stats::assumeEqualArms).
        preset.input.n1 = *result.n / 2;
        preset.input.n2 = *result.n / 2;
        preset.armSizesAssumed = true;
        preset.input.sizes = LabGroupSizes::Assumed;
        smd = stats::standardizedMeanDifference(
            *treatment->mean, *treatment->sd, *control->mean, *control->sd,
            stats::assumeEqualArms(static_cast<double>(*result.n)));
    } else {
        return std::nullopt; // no arm sizes, and no whole equal split to assume
    }
    if (!smd) {
        return std::nullopt;
    }
    preset.input.metric = LabMetric::G;
    preset.input.value = smd->g;
    preset.input.ciLow = smd->ciLow;
    preset.input.ciHigh = smd->ciHigh;
    preset.source = sourceText(result);
    preset.label = tr("%1: g %2 from the arm summaries%3")
                       .arg(what(result), QString::number(smd->g, 'f', 2),
                            preset.armSizesAssumed ? tr(", arm sizes assumed") : QString());
    preset.provenance =
        tr("Means and SDs of both arms reported by %1; Hedges' g and its interval derived by "
           "this program (%2).")
            .arg(preset.source, QString::fromStdString(smd->formula));
    if (preset.armSizesAssumed) {
        preset.groupSizes = tr("Arm sizes assumed %1/%2, not reported: %3")
                                .arg(preset.input.n1)
                                .arg(preset.input.n2)
                                .arg(QString::fromStdString(smd->assumption));
    }
    preset.provenance += QLatin1Char(' ') + preset.groupSizes;
    if (!computeLab(preset.input).ok) {
        return std::nullopt;
    }
    return preset;
}

} // namespace

QString presetNote(const LabPreset &preset)
{
    return tr("%1\nSource: %2\n%3").arg(preset.label, preset.source, preset.provenance);
}

std::optional<LabPreset> presetFromResult(const catalogue::ResultRecord &result, bool armsWanted)
{
    return armsWanted ? fromArms(result) : fromEstimate(result);
}

namespace {

// The presets of these results, in their order; labels that read alike are told apart.
QList<LabPreset> presetsOf(const QList<catalogue::ResultRecord> &results)
{
    QList<LabPreset> presets;
    QList<const catalogue::ResultRecord *> origins;
    for (const catalogue::ResultRecord &result : results) {
        if (auto preset = fromEstimate(result)) {
            presets.append(*preset);
            origins.append(&result);
        }
        if (auto preset = fromArms(result)) {
            presets.append(*preset);
            origins.append(&result);
        }
    }
    // Labels that still read alike (same trial, outcome, time, value and source) are told
    // apart by what the catalogue records of each: population, comparison, method; else by
    // their place in the list.
    QHash<QString, int> seen;
    for (const LabPreset &preset : std::as_const(presets)) {
        ++seen[preset.label];
    }
    QHash<QString, int> counter;
    for (qsizetype i = 0; i < presets.size(); ++i) {
        LabPreset &preset = presets[i];
        if (seen.value(preset.label) < 2) {
            continue;
        }
        const catalogue::ResultRecord &result = *origins.at(i);
        QStringList detail{result.population, result.comparison, result.statisticalMethod};
        detail.removeAll(QString());
        const QString base = preset.label;
        const int n = ++counter[base];
        preset.label +=
            detail.isEmpty()
                ? QStringLiteral(" [%1]").arg(n)
                : QStringLiteral(" [%1; %2]").arg(detail.join(QStringLiteral("; "))).arg(n);
    }
    return presets;
}

} // namespace

QList<LabPreset> labPresets(const catalogue::CatalogueReader &catalogue)
{
    return presetsOf(catalogue.results());
}

QList<LabPreset> labPresetPage(const catalogue::CatalogueReader &catalogue, qint64 afterResultId,
                               int limit, qint64 *lastResultId)
{
    catalogue::ResultFilter page;
    page.afterId = afterResultId;
    page.limit = std::max(1, limit);
    QList<catalogue::ResultRecord> results = catalogue.results(page);
    if (results.isEmpty()) {
        *lastResultId = 0;
        return {};
    }
    // The rest of the last study's results join the page: labels alike are those of one
    // trial, and are told apart only among the results read together.
    catalogue::ResultFilter rest;
    rest.studyId = results.last().studyId;
    rest.afterId = results.last().id;
    results.append(catalogue.results(rest));
    *lastResultId = results.last().id;
    return presetsOf(results);
}

std::optional<LabPreset> labPreset(const catalogue::CatalogueReader &catalogue,
                                   const ResultKey &key)
{
    const auto result = findResult(catalogue, key);
    if (!result) {
        return std::nullopt;
    }
    return presetFromResult(*result, key.fromArms);
}

} // namespace eb::lecture

// The one builder from catalogue results to effect entries (declared in forestdata.h): every
// chart of catalogue results (the Chart tab's panels, `render forest --study/--outcome`,
// `render forest --studies/--all`, deck slides, evidence summaries) draws the entries made
// here, so one identity rule decides what is one row and how rows are told apart.
#include "evidence/builderutil.h"
#include "evidence/forestdata.h"
#include "evidence/format.h"
#include "evidence/readernames.h"
#include "evidence/resultorder.h"
#include "evidence/statement.h"
#include "model/records.h"
#include "stats/summarydata.h"

#include <QCoreApplication>
#include <QHash>

namespace eb::evidence {

using eb::catalogue::ResultRecord;
using eb::stats::Metric;

namespace {

QString tr(const char *text)
{
    // The panels' context, where these sentences were first translated.
    return QCoreApplication::translate("eb::evidence::forestpanels", text);
}

using detail::finite;

const eb::catalogue::ArmSummaryRecord *armWithMeanAndSd(const ResultRecord &r, const char *role)
{
    for (const auto &arm : r.arms) {
        if (arm.armRole == QLatin1String(role) && finite(arm.mean) && finite(arm.sd)) {
            return &arm;
        }
    }
    return nullptr;
}

// A difference reported only as arm means and SDs: the mean difference and its CI, derived.
bool deriveMeanDifference(const ResultRecord &r, EffectEntry &entry)
{
    if (entry.metric != Metric::MeanDifference && entry.metric != Metric::MeanChangeDifference) {
        return false;
    }
    const auto *treatment = armWithMeanAndSd(r, "treatment");
    const auto *control = armWithMeanAndSd(r, "control");
    if (treatment == nullptr || control == nullptr) {
        return false;
    }
    const auto smd = [&]() -> eb::stats::Result<eb::stats::SmdResult> {
        if (treatment->n && control->n) {
            return eb::stats::standardizedMeanDifference(
                {*treatment->mean, *treatment->sd, static_cast<double>(*treatment->n)},
                {*control->mean, *control->sd, static_cast<double>(*control->n)});
        }
        if (r.n) {
            return eb::stats::standardizedMeanDifference(
                *treatment->mean, *treatment->sd, *control->mean, *control->sd,
                eb::stats::assumeEqualArms(static_cast<double>(*r.n)));
        }
        return eb::stats::makeError("n", "arm sizes and total N not reported");
    }();
    if (!smd) {
        return false;
    }
    entry.estimate = smd->meanDifference;
    entry.ciLow = smd->meanDifferenceCiLow;
    entry.ciHigh = smd->meanDifferenceCiHigh;
    entry.derived = true;
    entry.derivation = tr("mean difference of the arm summaries, %1 − %2 = %3; 95% CI from "
                          "their SDs (normal approximation)")
                           .arg(formatPrinted(*treatment->mean, treatment->meanDecimals),
                                formatPrinted(*control->mean, control->meanDecimals),
                                formatValue(smd->meanDifference));
    if (smd->armSizesAssumed) {
        const QString half = QString::number(static_cast<double>(*r.n) / 2.0, 'g', 4);
        entry.derivation +=
            QLatin1Char(' ') + tr("(arm sizes assumed %1 and %2, not reported)").arg(half, half);
    }
    return true;
}

// One result of one study: its outcome, time and metric. Not the population: a source may
// name the analysis set where another does not (the numbers decide).
QString sameResultKey(const ResultRecord &r)
{
    return QStringList{r.studySlug, r.outcomeSlug, r.timepoint, detail::key(r.metric)}.join(
        QLatin1Char('|'));
}

QString valuesKey(const EffectEntry &e)
{
    const auto n = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'g', 12) : QString();
    };
    return QStringLiteral("%1|%2|%3|%4")
        .arg(n(e.estimate), n(e.ciLow), n(e.ciHigh), e.n ? QString::number(*e.n) : QString());
}

QString statementOfResult(const ResultRecord &r)
{
    if (r.quote.isEmpty()) {
        return citeName(r.sourceShortLabel);
    }
    Statement statement = statementOf(r);
    statement.sourceLabel = citeName(r.sourceShortLabel);
    if (statement.text.size() > 220) {
        statement.text = statement.text.left(219) + QStringLiteral("…");
    }
    return statementLine(statement);
}

} // namespace

QList<EffectEntry> effectEntriesFromResults(const QList<ResultRecord> &results,
                                            const QHash<QString, int> &years)
{
    QList<EffectEntry> entries;
    QHash<QString, int> entryOfValues; // same result, same numbers -> its one entry
    for (const qsizetype i : readingOrder(results)) {
        const ResultRecord &r = results.at(i);
        EffectEntry entry = effectEntryFromResult(r, years);
        if (!finite(entry.estimate)) {
            deriveMeanDifference(r, entry);
        }
        const QString source = citeName(r.sourceShortLabel, true);
        const QString valueKey = sameResultKey(r) + QLatin1Char('#') + valuesKey(entry);
        if (const auto same = entryOfValues.constFind(valueKey); same != entryOfValues.cend()) {
            // The same numbers from another source: one row naming both, counted once.
            EffectEntry &first = entries[*same];
            if (!first.sources.contains(source)) {
                first.sources << source;
                first.statements << statementOfResult(r);
            }
            if (first.population.isEmpty()) {
                first.population = r.population;
            }
            continue;
        }
        entry.input = i;
        entry.sources = {source};
        entry.statements = {statementOfResult(r)};
        entryOfValues.insert(valueKey, static_cast<int>(entries.size()));
        entries << entry;
    }

    // Rows that would read the same say which source each one is: two entries of one time
    // point and analysis set (with different numbers, or they would be one entry), or an entry
    // without a time point beside others of the same study and outcome.
    const auto pairOf = [&](const EffectEntry &e) {
        const ResultRecord &r = results.at(e.input);
        return r.studySlug + QLatin1Char('|') + r.outcomeSlug;
    };
    const auto atOf = [&](const EffectEntry &e) {
        return pairOf(e) + QLatin1Char('|') + e.timepoint + QLatin1Char('|') + e.population;
    };
    // Only entries with a value count: one without (a direction and p only) is no row of the
    // Chart tab, and reads "not reported" where a chart keeps it.
    QHash<QString, int> rowsAt;
    QHash<QString, int> rowsOf;
    for (const EffectEntry &e : std::as_const(entries)) {
        if (e.metric != Metric::None && finite(e.estimate)) {
            rowsOf[pairOf(e)] += 1;
            rowsAt[atOf(e)] += 1;
        }
    }
    for (EffectEntry &e : entries) {
        if (rowsAt.value(atOf(e)) > 1 || (e.timepoint.isEmpty() && rowsOf.value(pairOf(e)) > 1)) {
            e.distinction = e.sources.join(tr(" and "));
        }
        e.note = (e.sources.size() > 1 ? tr("Reported with the same numbers by: %1")
                                             .arg(e.sources.join(QStringLiteral("; ")))
                                       : tr("Reported by: %1").arg(e.sources.first())) +
                 QLatin1Char('\n') + e.statements.join(QLatin1Char('\n'));
    }
    return entries;
}

} // namespace eb::evidence

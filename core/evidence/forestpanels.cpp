#include "evidence/forestpanels.h"

#include "evidence/builderutil.h"
#include "evidence/forestdata.h"
#include "evidence/format.h"
#include "evidence/readernames.h"
#include "evidence/resultline.h"
#include "evidence/resultorder.h"
#include "evidence/statement.h"
#include "model/records.h"
#include "model/vocabulary.h"
#include "stats/summarydata.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace eb::evidence {

using eb::catalogue::ResultRecord;
using eb::stats::Metric;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::evidence::forestpanels", text);
}

using detail::finite;

QString number(double value)
{
    return formatValue(value);
}

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
    entry.derivation =
        tr("mean difference of the arm summaries, %1 − %2 = %3; 95% CI from "
           "their SDs (normal approximation)")
            .arg(formatPrinted(*treatment->mean, treatment->meanDecimals),
                 formatPrinted(*control->mean, control->meanDecimals), number(smd->meanDifference));
    if (smd->armSizesAssumed) {
        const QString half = QString::number(static_cast<double>(*r.n) / 2.0, 'g', 4);
        entry.derivation +=
            QLatin1Char(' ') + tr("(arm sizes assumed %1 and %2, not reported)").arg(half, half);
    }
    return true;
}

QString describe(const ResultRecord &r)
{
    QStringList parts{r.studyName};
    parts << (r.outcomeShortName());
    if (!r.timepoint.isEmpty()) {
        parts << r.timepoint;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString notDrawnSentence(const ResultRecord &r, const QString &why)
{
    return tr("%1: %2 (%3).").arg(describe(r), why, citeName(r.sourceShortLabel, true));
}

struct Item
{
    const ResultRecord *result = nullptr;
    EffectEntry entry;
    QStringList sources; // cite names of every source reporting these numbers
    QStringList quotes;  // each source's statement (statementLine()), per source
    qsizetype input = 0; // the result's index in the input
};

QString panelKey(const EffectEntry &e)
{
    return QStringLiteral("%1|%2").arg(static_cast<int>(e.metric)).arg(e.favoursAboveNull);
}

QString sameResultKey(const ResultRecord &r)
{
    // Not the population: a source may name it where another does not (the numbers decide).
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

QString quoteOf(const ResultRecord &r)
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

// Fixed ends for a linear axis: every estimate, CI and the no-effect line inside, with room
// on both sides, so that no estimate sits on the edge and a resize keeps the range.
void fixLinearAxis(ForestSpec &spec)
{
    if (eb::stats::isRatio(spec.metric)) {
        return; // the plot snaps log axes to powers of 2 or 10, whatever the width
    }
    double lo = INFINITY;
    double hi = -INFINITY;
    const auto take = [&](const std::optional<double> &v) {
        if (finite(v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    };
    take(eb::stats::noEffectValue(spec.metric));
    for (const ForestRow &row : spec.rows) {
        take(row.estimate);
        take(row.ciLow);
        take(row.ciHigh);
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        return;
    }
    double span = hi - lo;
    if (span <= 1e-12) {
        span = std::max(std::abs(hi), 1.0);
    }
    lo -= 0.08 * span;
    hi += 0.08 * span;
    if (spec.metric == Metric::MannWhitney) {
        lo = std::max(lo, 0.0);
        hi = std::min(hi, 1.0);
    }
    spec.axisMin = lo;
    spec.axisMax = hi;
}

} // namespace

ForestPanels forestPanelsFromResults(const QList<ResultRecord> &results)
{
    ForestPanels out;
    QList<Item> items;
    QHash<QString, int> itemOfValues; // same result, same numbers -> the item drawn
    qsizetype input = -1;
    for (const ResultRecord &r : results) {
        ++input;
        EffectEntry entry = effectEntryFromResult(r);
        entry.study = eb::catalogue::vocabulary::markUserRecord(r.studyName, r.userRecord);
        entry.note.clear();
        entry.source = citeName(r.sourceShortLabel, true);
        if (entry.metric == Metric::None) {
            out.notDrawn << notDrawnSentence(
                r, r.estimate ? tr("a value computed to check a claim, not an effect size")
                              : tr("no effect size reported, only a direction or a p value"));
            continue;
        }
        if (!finite(entry.estimate) && !deriveMeanDifference(r, entry)) {
            out.notDrawn << notDrawnSentence(r, tr("no estimate reported"));
            continue;
        }
        const QString valueKey = sameResultKey(r) + QLatin1Char('#') + valuesKey(entry);
        if (itemOfValues.contains(valueKey)) {
            Item &same = items[itemOfValues.value(valueKey)];
            if (!same.sources.contains(entry.source)) {
                same.sources << entry.source;
                same.quotes << quoteOf(r);
            }
            continue;
        }
        Item item;
        item.result = &r;
        item.entry = entry;
        item.sources << entry.source;
        item.quotes << quoteOf(r);
        item.input = input;
        itemOfValues.insert(valueKey, static_cast<int>(items.size()));
        items << item;
    }

    // Rows that would read the same say which source each one is: two results of one time
    // point (with different numbers, or they would be one row), or a result without a time
    // point beside others of the same study and outcome.
    QHash<QString, int> rowsAt;
    QHash<QString, int> rowsOf;
    for (const Item &item : std::as_const(items)) {
        const QString pair = item.result->studySlug + QLatin1Char('|') + item.result->outcomeSlug;
        rowsOf[pair] += 1;
        rowsAt[pair + QLatin1Char('|') + item.result->timepoint] += 1;
    }
    const auto needsSource = [&](const Item &item) {
        const QString pair = item.result->studySlug + QLatin1Char('|') + item.result->outcomeSlug;
        return rowsAt.value(pair + QLatin1Char('|') + item.result->timepoint) > 1 ||
               (item.result->timepoint.isEmpty() && rowsOf.value(pair) > 1);
    };

    // Panels in the order the results first use them; rows within a panel sorted.
    QHash<QString, int> panelOf;
    for (const Item &item : std::as_const(items)) {
        const QString key = panelKey(item.entry);
        if (!panelOf.contains(key)) {
            ForestSpec spec;
            spec.metric = item.entry.metric;
            spec.decimals = 2;
            panelOf.insert(key, static_cast<int>(out.panels.size()));
            out.panels << spec;
        }
    }

    // Rows in the one reading order (study, outcome, then time), the detail pane's too.
    const QList<qsizetype> order = readingOrder(results);
    QList<qsizetype> rank(results.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        rank[order.at(i)] = i;
    }
    std::sort(items.begin(), items.end(),
              [&](const Item &a, const Item &b) { return rank.at(a.input) < rank.at(b.input); });

    for (const Item &item : std::as_const(items)) {
        const EffectEntry &e = item.entry;
        ForestSpec &spec = out.panels[panelOf.value(panelKey(e))];
        ForestRow row;
        row.study = e.study;
        row.outcome = e.outcome;
        row.timepoint = timepointWithPopulation(e.timepoint, e.population);
        row.resultId = e.resultId; // the first source's record (figure bundles)
        if (needsSource(item)) {
            const QString by = item.sources.join(tr(" and "));
            row.timepoint =
                row.timepoint.isEmpty() ? by : row.timepoint + QStringLiteral(", ") + by;
        }
        row.n = e.n;
        row.estimate = e.estimate;
        row.ciLow = e.ciLow;
        row.ciHigh = e.ciHigh;
        row.printed = e.printed;
        row.derived = e.derived;
        row.derivation = e.derivation;
        row.favoursAboveNull = e.favoursAboveNull;
        row.group = e.group;
        row.note = (item.sources.size() > 1 ? tr("Reported with the same numbers by: %1")
                                                  .arg(item.sources.join(QStringLiteral("; ")))
                                            : tr("Reported by: %1").arg(item.sources.first())) +
                   QLatin1Char('\n') + item.quotes.join(QLatin1Char('\n'));
        row.excludedFromPool = false;
        spec.rows << row;
    }

    for (ForestSpec &spec : out.panels) {
        const bool anyDerived = std::any_of(spec.rows.cbegin(), spec.rows.cend(),
                                            [](const ForestRow &r) { return r.derived; });
        if (anyDerived) {
            spec.footnote = tr("Hollow markers: derived by this program from the reported "
                               "numbers; each row's tooltip gives the formula.");
        }
        fixLinearAxis(spec);
    }
    return out;
}

void titlePanels(ForestPanels &panels, const QString &recordTitle)
{
    QHash<int, int> perMetric;
    for (const ForestSpec &spec : std::as_const(panels.panels)) {
        perMetric[static_cast<int>(spec.metric)] += 1;
    }
    for (ForestSpec &spec : panels.panels) {
        spec.title =
            tr("%1: %2").arg(recordTitle, eb::catalogue::vocabulary::metricAxisTitle(spec.metric));
        if (perMetric.value(static_cast<int>(spec.metric)) > 1 && !spec.rows.isEmpty()) {
            spec.title += QStringLiteral(" — ") +
                          (spec.rows.first().favoursAboveNull
                               ? tr("outcomes where a higher value favours Cerebrolysin")
                               : tr("outcomes where a higher value favours control"));
        }
    }
}

} // namespace eb::evidence

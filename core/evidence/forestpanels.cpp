#include "evidence/forestpanels.h"

#include "evidence/builderutil.h"
#include "evidence/forestdata.h"
#include "evidence/readernames.h"
#include "model/records.h"
#include "model/vocabulary.h"

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

QString notDrawnSentence(const ResultRecord &r, const EffectEntry &entry, const QString &why)
{
    return tr("%1: %2 (%3).").arg(describe(r), why, entry.sources.join(tr(" and ")));
}

QString panelKey(const EffectEntry &e)
{
    return QStringLiteral("%1|%2").arg(static_cast<int>(e.metric)).arg(e.favoursAboveNull);
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
    // The one builder's entries (resultentries.cpp): its identity rule and its labels.
    QList<EffectEntry> entries;
    for (EffectEntry &entry : effectEntriesFromResults(results)) {
        const ResultRecord &r = results.at(entry.input);
        if (entry.metric == Metric::None) {
            out.notDrawn << notDrawnSentence(
                r, entry,
                r.estimate ? tr("a value computed to check a claim, not an effect size")
                           : tr("no effect size reported, only a direction or a p value"));
            continue;
        }
        if (!finite(entry.estimate)) {
            out.notDrawn << notDrawnSentence(r, entry, tr("no estimate reported"));
            continue;
        }
        entries << entry;
    }

    // Panels in the order the results first use them; rows within a panel in the entries'
    // reading order.
    QList<EffectEntry> byInput = entries;
    std::stable_sort(byInput.begin(), byInput.end(),
                     [](const EffectEntry &a, const EffectEntry &b) { return a.input < b.input; });
    QHash<QString, int> panelOf;
    for (const EffectEntry &entry : std::as_const(byInput)) {
        const QString key = panelKey(entry);
        if (!panelOf.contains(key)) {
            ForestSpec spec;
            spec.metric = entry.metric;
            spec.decimals = 2;
            panelOf.insert(key, static_cast<int>(out.panels.size()));
            out.panels << spec;
        }
    }
    for (const EffectEntry &entry : std::as_const(entries)) {
        out.panels[panelOf.value(panelKey(entry))].rows << forestRowFrom(entry);
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

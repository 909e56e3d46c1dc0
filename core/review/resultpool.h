#pragma once

// Pools catalogue results that passed checkPool(): each result's estimate and CI go to the
// scale where its family pools (d for MW, d, g, SMD and OR; log for risk ratios; the metric
// itself for differences), eb::stats::pool() combines them, and the pooled value comes back on
// the display metric. Every conversion is named with its formula; nothing is pooled that the
// checks refused.

#include "evidence/poolchecks.h"
#include "stats/metaanalysis.h"
#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::review {

struct PoolSettings
{
    eb::stats::PoolMethod method = eb::stats::PoolMethod::Reml;
    bool knappHartung = false;
};

// One input as pooled: on the display metric (what the forest plot draws) and on the pooling
// scale (what the engine combined).
struct PooledRow
{
    eb::catalogue::ResultRecord result;
    double estimate = 0; // display metric
    double ciLow = 0;
    double ciHigh = 0;
    double yi = 0; // pooling scale
    double vi = 0;
    double weightPercent = 0;
    bool converted = false; // shown on a metric other than its own, or flipped: derived
    QString conversion;     // the formula, when converted
    bool flipped = false;   // the user flipped its direction to pool it (recorded)
    QString inclusion{};    // a synthesis: the trials it pooled, or "not stated"
};

struct ResultPool
{
    QString family; // poolingFamily() of the inputs
    eb::stats::Metric displayMetric = eb::stats::Metric::MannWhitney;
    QString poolingScale; // "d", "log RR", "RD", "MD"
    QList<PooledRow> rows;
    eb::stats::PoolResult engine; // on the pooling scale
    double estimate = 0;          // display metric
    double ciLow = 0;
    double ciHigh = 0;
    std::optional<double> piLow; // random effects only
    std::optional<double> piHigh;
    QList<PoolIssue> warnings; // from checkPool(), kept with the result
};

// Pools the inputs. Returns nothing when the checks refuse (check->refusals says why) or the
// engine does (error says why, one line). `check` receives the full check either way.
std::optional<ResultPool> poolResults(const QList<PoolInput> &inputs, const PoolSettings &settings,
                                      PoolCheck *check, QString *error);

QString poolMethodTitle(eb::stats::PoolMethod method, bool knappHartung);

} // namespace eb::review

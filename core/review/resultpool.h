#pragma once

// Pools catalogue results that passed checkPool(): each result's estimate and CI go to the
// scale where its family pools (d for MW, d, g, SMD and OR; log for risk ratios; the metric
// itself for differences), eb::stats::pool() combines them, and the pooled value comes back on
// the display metric. Every conversion is named with its formula; nothing is pooled that the
// checks refused.

#include "evidence/poolchecks.h"
#include "stats/mantelhaenszel.h"
#include "stats/metaanalysis.h"
#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::review {

// Pooling from the arms' events and totals instead of each result's estimate and CI:
// Mantel-Haenszel (RR, OR or RD, as the results' metric) or Peto's OR (odds ratios only).
enum class CountsMethod
{
    None,
    MantelHaenszel,
    Peto,
};

struct PoolSettings
{
    eb::stats::PoolMethod method = eb::stats::PoolMethod::Reml;
    bool knappHartung = false;
    CountsMethod counts = CountsMethod::None; // when set, `method` and `knappHartung` are unused
};

// "MH", "PETO"; nothing for None or another key.
QString countsMethodKey(CountsMethod method);
std::optional<CountsMethod> countsMethodFromKey(const QString &key);

// The 2x2 table of a result from its arms (events and totals of the treatment and control
// arms, as the source printed them or the user entered them): a = treatment events, b = its
// non-events, c and d the same of the control arm. Nothing when an arm or a count is missing
// or events exceed the total.
std::optional<eb::stats::TwoByTwo> armCounts(const eb::catalogue::ResultRecord &result);

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
    // Pooled from arm counts: the MH or Peto result (its estimate on the log scale for RR
    // and OR); `engine` then holds the same figures (a fixed-effect pool) for the views.
    CountsMethod countsMethod = CountsMethod::None;
    std::optional<eb::stats::MhResult> counts;
};

// Pools the inputs. Returns nothing when the checks refuse (check->refusals says why) or the
// engine does (error says why, one line). `check` receives the full check either way.
std::optional<ResultPool> poolResults(const QList<PoolInput> &inputs, const PoolSettings &settings,
                                      PoolCheck *check, QString *error);

QString poolMethodTitle(eb::stats::PoolMethod method, bool knappHartung);
// The model of a pooled result in words: poolMethodTitle(), or "Mantel-Haenszel (fixed
// effect, from arm counts)" and the like.
QString poolTitle(const ResultPool &pool);

} // namespace eb::review

#pragma once

// Effect entries and forest rows: turns results (from the catalogue or a CSV) into the forest
// specs the charts draw. Every conversion comes from eb::stats; nothing here is drawn and the
// charts compute nothing. Pooling is in pooledrows.h, the time course in timecoursedata.h, the
// distribution chart in distributiondata.h.

#include "evidence/forestspec.h"
#include "stats/metric.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eb::catalogue {
struct ResultRecord;
}

namespace eb::evidence {

// One effect as reported (or derived) somewhere, on its own metric's scale.
struct EffectEntry
{
    QString study;
    QString studySlug;
    std::optional<qint64> resultId; // the catalogue result, if any (figure-bundle provenance)
    QString outcome;
    QString timepoint;
    std::optional<int> timepointDays;
    std::optional<int> n;
    std::optional<int> year;
    eb::stats::Metric metric = eb::stats::Metric::None;
    std::optional<double> estimate;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> variance; // sampling variance on the pooling scale, when known (CSV vi)
    bool derived = false;
    QString derivation;
    bool favoursAboveNull = true;
    QString group;             // outcome domain
    QString note;              // source and quote, for tooltips
    QString source;            // short label of the source, to tell apart two values of one result
    bool repeat = false;       // the same result as an earlier entry (another source): never pooled
    PrintedDecimals printed{}; // as the source printed them (empty: derived or unknown)
    QString population{};      // the analysis set as the source names it ("ITT", "per-protocol")
};

// The catalogue's result as an entry; years maps study slugs to their year.
EffectEntry effectEntryFromResult(const eb::catalogue::ResultRecord &result,
                                  const QHash<QString, int> &years = {});

// The catalogue's results as entries, in order. The same result reported by two sources (the
// article and the publication) gets its source in the study label so the rows can be told
// apart, and a second copy of the same numbers is marked `repeat` so it is never pooled twice.
QList<EffectEntry> effectEntriesFromResults(const QList<eb::catalogue::ResultRecord> &results,
                                            const QHash<QString, int> &years = {});

enum class DisplayMetric
{
    Native, // every entry must share one metric
    Mw,
    D,
    Or,
};
std::optional<DisplayMetric> displayMetricFromKey(const QString &key); // native|mw|d|or

struct ForestBuild
{
    ForestSpec spec;
    int skipped = 0; // entries whose metric cannot be shown on the display metric
    QString error;   // set when nothing sensible can be drawn
    bool ok() const { return error.isEmpty(); }
};

// The rows on the display metric. Converted values (MW, d, OR under the normal equal-variance
// model, eb::stats::equivalentsForResult) are marked derived with their formula; entries on a
// metric with no conversion are counted in `skipped` and named in the footnote. A native
// display of mixed metrics is an error that names them.
ForestBuild buildForest(const QList<EffectEntry> &entries, DisplayMetric display);

// A row's time point label with its analysis set: "day 90, ITT"; every forest row is labelled so
// (ITT and per-protocol analyses of one trial are told apart on every chart).
QString timepointWithPopulation(const QString &timepoint, const QString &population);

// Adds the benchmark bands of the display metric (MW table or Cohen's d table, from
// eb::stats; OR bands from Cohen's d through the logit conversion) to spec.benchmarks.
void addBenchmarkBands(ForestSpec &spec);

// The outcome-domain chart: every entry converted to one common metric and listed under its
// domain.
ForestBuild buildDomainForest(const QList<EffectEntry> &entries, DisplayMetric display);

} // namespace eb::evidence

#pragma once

// Glue between the catalogue, the effect-size engine and the charts: turns results (from the
// catalogue or a CSV) into the plain specs the charts draw. Every conversion and every pooled
// number comes from eb::stats; nothing here is drawn and the charts compute nothing.

#include "evidence/distributionspec.h"
#include "evidence/forestspec.h"
#include "evidence/timecoursespec.h"
#include "stats/metaanalysis.h"
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
    QString group;       // outcome domain
    QString note;        // source and quote, for tooltips
    QString source;      // short label of the source, to tell apart two values of one result
    bool repeat = false; // the same result as an earlier entry (another source): never pooled
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

// Adds the benchmark bands of the display metric (MW table or Cohen's d table, from
// eb::stats; OR bands from Cohen's d through the logit conversion) to spec.benchmarks.
void addBenchmarkBands(ForestSpec &spec);

// Pools the rows that have a CI (eb::stats::pool), on the scale where the metric is pooled
// (d for MW, log for ratios, the metric itself otherwise), and writes the pooled summary and
// each row's weight into spec. Returns false with *error set when pooling is refused.
bool addPooledResult(ForestSpec &spec, eb::stats::PoolMethod method, QString *error,
                     const QList<std::optional<double>> &variances = {});

// The distribution chart for a value on MW, d (or g) or OR scale: every number from
// eb::stats::convertEffect. Returns nothing with *error set for a value out of range.
std::optional<DistributionSpec> distributionFor(eb::stats::Metric metric, double value,
                                                QString *error);

// The time-course spec for one study's entries: outcomes with two or more timepoints, on their
// common native metric, or converted to MW when they differ.
std::optional<TimeCourseSpec> timeCourseFor(const QList<EffectEntry> &entries, QString *error);

// The outcome-domain chart: every entry converted to one common metric and listed under its
// domain.
ForestBuild buildDomainForest(const QList<EffectEntry> &entries, DisplayMetric display);

} // namespace eb::evidence

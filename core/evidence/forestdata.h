#pragma once

// Effect entries and forest rows: turns results (from the catalogue or a CSV) into the forest
// specs the charts draw. Every conversion comes from eb::stats; nothing here is drawn and the
// charts compute nothing. Pooling is in pooledrows.h, the time course in timecoursedata.h, the
// distribution chart in distributiondata.h.

#include "evidence/forestspec.h"
#include "model/vocabulary.h"
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
    PrintedDecimals printed{}; // as the source printed them (empty: derived or unknown)
    QString population{};      // the analysis set as the source names it ("ITT", "per-protocol")
    // Set by effectEntriesFromResults: every source reporting these very numbers (cite names),
    // each one's statement, the sources a row names when it would otherwise read like another
    // row ("Cochrane review 2020 version"), and the first result's index in its input.
    QStringList sources{};
    QStringList statements{};
    QString distinction{};
    qsizetype input = -1;
};

// The catalogue's result as an entry; years maps study slugs to their year.
EffectEntry effectEntryFromResult(const eb::catalogue::ResultRecord &result,
                                  const QHash<QString, int> &years = {});

// The one builder of entries from catalogue results (resultentries.cpp), behind every chart of
// catalogue results: the Chart tab, every `render forest` path, deck slides and summaries.
// Entries come in the reading order (resultorder.h). The identity rule: one study's result
// (outcome, time point, metric) that several sources report with the same numbers (estimate,
// CI, N) is one entry naming every source, so nothing is drawn or pooled twice. Entries that
// would still read alike (the same time point and analysis set with different numbers, or no
// time point) carry their sources in `distinction`. A difference reported only as arm means
// and SDs gets the mean difference derived from them (marked derived, with its formula).
QList<EffectEntry> effectEntriesFromResults(const QList<eb::catalogue::ResultRecord> &results,
                                            const QHash<QString, int> &years = {});

// The forest row of an entry, as every chart draws it: the time point column reads
// entryTimepointLabel().
ForestRow forestRowFrom(const EffectEntry &entry);

// "day 90, ITT" and, when the entry needs its source to be told apart, ", Cochrane review 2020
// version".
QString entryTimepointLabel(const EffectEntry &entry);

// Native: every entry must share one metric. The keys are the vocabulary's.
using DisplayMetric = eb::catalogue::vocabulary::DisplayMetric;

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

#include "evidence/forestdata.h"

#include "evidence/builderutil.h"
#include "evidence/format.h"
#include "evidence/resultline.h"
#include "evidence/statement.h"
#include "model/records.h"
#include "model/vocabulary.h"
#include "stats/benchmarks.h"
#include "stats/conversions.h"
#include "stats/intervals.h"
#include "stats/nnt.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <vector>

namespace eb::evidence {

using detail::finite;
using detail::fromStd;
using detail::key;
using detail::tr;

using eb::catalogue::vocabulary::metricShort;

using eb::stats::Metric;
using eb::stats::Scale;

namespace {

Metric metricOf(DisplayMetric display)
{
    switch (display) {
    case DisplayMetric::Mw:
        return Metric::MannWhitney;
    case DisplayMetric::D:
        return Metric::CohensD;
    case DisplayMetric::Or:
        return Metric::OddsRatio;
    case DisplayMetric::Native:
        break;
    }
    return Metric::None;
}

Scale scaleOf(DisplayMetric display)
{
    switch (display) {
    case DisplayMetric::D:
        return Scale::CohensD;
    case DisplayMetric::Or:
        return Scale::OddsRatio;
    case DisplayMetric::Mw:
    case DisplayMetric::Native:
        break;
    }
    return Scale::MannWhitney;
}

} // namespace

EffectEntry effectEntryFromResult(const eb::catalogue::ResultRecord &result,
                                  const QHash<QString, int> &years)
{
    EffectEntry entry;
    entry.study = eb::catalogue::vocabulary::markUserRecord(result.studyName, result.userRecord);
    entry.studySlug = result.studySlug;
    entry.resultId = result.id;
    entry.outcome = result.outcomeShortName();
    entry.timepoint = result.timepoint;
    entry.timepointDays = result.timepointDays;
    entry.n = result.n;
    if (years.contains(result.studySlug)) {
        entry.year = years.value(result.studySlug);
    }
    entry.metric = result.metric;
    entry.estimate = result.estimate;
    entry.ciLow = result.ciLow;
    entry.ciHigh = result.ciHigh;
    entry.printed = printedDecimals(result);
    entry.population = result.population;
    entry.derived = result.origin == QLatin1String("derived");
    entry.derivation = result.derivation;
    if (result.higherFavours == QLatin1String("control")) {
        entry.favoursAboveNull = false;
    } else if (result.higherFavours.isEmpty()) {
        // Not stated: a raw difference on a lower-is-better scale favours control above 0.
        const bool raw =
            entry.metric == Metric::MeanDifference || entry.metric == Metric::MeanChangeDifference;
        entry.favoursAboveNull =
            !(raw && result.outcomeDirection == eb::catalogue::vocabulary::key::lowerBetter);
    }
    entry.group = result.outcomeDomain;
    entry.source = result.sourceShortLabel;
    Statement statement = statementOf(result);
    if (statement.text.size() > 220) {
        statement.text = statement.text.left(219) + QStringLiteral("…");
    }
    entry.note = statement.text.isEmpty() ? result.sourceShortLabel : statementLine(statement);
    return entry;
}

ForestRow forestRowFrom(const EffectEntry &entry)
{
    ForestRow row;
    row.study = entry.study;
    row.outcome = entry.outcome;
    row.timepoint = entryTimepointLabel(entry);
    row.resultId = entry.resultId; // the first source's record (figure bundles)
    row.n = entry.n;
    row.year = entry.year;
    row.estimate = entry.estimate;
    row.ciLow = entry.ciLow;
    row.ciHigh = entry.ciHigh;
    row.printed = entry.printed;
    row.derived = entry.derived;
    row.derivation = entry.derivation;
    row.favoursAboveNull = entry.favoursAboveNull;
    row.group = entry.group;
    row.note = entry.note;
    return row;
}

QString entryTimepointLabel(const EffectEntry &entry)
{
    const QString label = timepointWithPopulation(entry.timepoint, entry.population);
    if (entry.distinction.isEmpty()) {
        return label;
    }
    return label.isEmpty() ? entry.distinction : label + QStringLiteral(", ") + entry.distinction;
}

ForestBuild buildForest(const QList<EffectEntry> &entries, DisplayMetric display)
{
    ForestBuild build;
    ForestSpec &spec = build.spec;
    QStringList footnotes;
    if (display == DisplayMetric::Native) {
        QStringList metrics;
        for (const EffectEntry &entry : entries) {
            if (entry.metric != Metric::None && !metrics.contains(key(entry.metric))) {
                metrics << key(entry.metric);
            }
        }
        if (metrics.size() > 1) {
            build.error = tr("the results use several metrics (%1); choose one common metric "
                             "(MW, d or OR) to show them on")
                              .arg(metrics.join(QStringLiteral(", ")));
            return build;
        }
        spec.metric =
            metrics.isEmpty()
                ? Metric::None
                : eb::stats::metricFromKey(metrics.first().toStdString()).value_or(Metric::None);
        for (const EffectEntry &entry : entries) {
            spec.rows << forestRowFrom(entry);
        }
    } else {
        spec.metric = metricOf(display);
        const Scale scale = scaleOf(display);
        QStringList skippedMetrics;
        bool converted = false;
        for (const EffectEntry &entry : entries) {
            if (!finite(entry.estimate)) {
                // Unknown stays unknown, and visible: a result without a value (a direction
                // and p only) keeps its row, marked "not reported", so that a study without
                // an effect size does not silently drop out of the picture.
                ForestRow row = forestRowFrom(entry);
                row.estimate.reset(); // not a value on this scale
                row.ciLow.reset();
                row.ciHigh.reset();
                spec.rows << row;
                continue;
            }
            std::optional<double> lo = entry.ciLow;
            std::optional<double> hi = entry.ciHigh;
            if (!finite(lo) || !finite(hi)) {
                lo.reset();
                hi.reset();
            }
            const auto report =
                eb::stats::equivalentsForResult(entry.metric, *entry.estimate, lo, hi);
            if (!report.ok()) {
                ++build.skipped;
                // In words ("risk ratio"), never the catalogue's key ("rr").
                const QString words = eb::catalogue::vocabulary::metricWords(entry.metric);
                if (!skippedMetrics.contains(words)) {
                    skippedMetrics << words;
                }
                continue;
            }
            const eb::stats::ConvertedValue *value = report->find(scale);
            if (value == nullptr) {
                ++build.skipped;
                continue;
            }
            ForestRow row = forestRowFrom(entry);
            row.estimate = value->estimate;
            row.ciLow = value->ciLow;
            row.ciHigh = value->ciHigh;
            if (value->derived) {
                row.printed = {}; // this program's number: the rounding rule, not the source's
            }
            if (value->derived) {
                converted = true;
                row.derived = true;
                const QString formula = fromStd(value->formula);
                // A reported estimate may carry a derivation of its CI (from a CSV's vi).
                row.derivation =
                    !entry.derivation.isEmpty()
                        ? entry.derivation + QStringLiteral("; then ") + formula
                        : tr("converted from %1 %2: %3")
                              .arg(metricShort(entry.metric),
                                   formatPrinted(*entry.estimate, entry.printed.estimate), formula);
            }
            spec.rows << row;
        }
        if (converted) {
            footnotes << tr("Hollow markers: converted by this program.") + QLatin1Char(' ') +
                             fromStd(std::string(eb::stats::conversionAssumption()));
        }
        if (build.skipped > 0) {
            footnotes << tr("%n result(s) on a scale with no conversion to %1 (%2) not shown.",
                            nullptr, build.skipped)
                             .arg(metricShort(spec.metric),
                                  skippedMetrics.join(QStringLiteral(", ")));
        }
    }
    if (spec.rows.isEmpty()) {
        build.error = build.skipped > 0 ? tr("none of the %n result(s) can be converted to %1",
                                             nullptr, build.skipped)
                                              .arg(metricShort(spec.metric))
                                        : tr("no result to draw");
        return build;
    }
    spec.footnote = footnotes.join(QLatin1Char(' '));
    return build;
}

void addBenchmarkBands(ForestSpec &spec)
{
    const eb::stats::BenchmarkTable *table = nullptr;
    std::vector<double> p;
    double lowEnd = -50;
    double highEnd = 50;
    if (spec.metric == Metric::MannWhitney) {
        table = &eb::stats::mwBenchmarks();
        lowEnd = 0;
        highEnd = 1;
    } else if (spec.metric == Metric::CohensD || spec.metric == Metric::HedgesG ||
               spec.metric == Metric::Smd || spec.metric == Metric::OddsRatio) {
        table = &eb::stats::cohensDBenchmarks();
    }
    if (table == nullptr || table->points.size() != 7) {
        return;
    }
    for (const eb::stats::Benchmark &b : table->points) {
        p.push_back(b.value);
    }
    QString source = fromStd(std::string(table->source));
    if (spec.metric == Metric::OddsRatio) {
        // Cohen's d benchmarks on the OR scale through the logit conversion (Chinn 2000).
        for (double &v : p) {
            v = std::exp(eb::stats::logOrFromD(v));
        }
        lowEnd = 1e-6;
        highEnd = 1e6;
        source += tr(", converted to OR by ln(OR) = d·π/√3");
    }
    const int d = spec.decimals;
    const auto range = [&](double a, double b) {
        return QStringLiteral("%1–%2").arg(formatChartNumber(a, d), formatChartNumber(b, d));
    };
    const QString name = metricShort(spec.metric);
    spec.benchmarks = {
        {p[4], p[5], 1,
         tr("Small to medium: %1 %2 or %3").arg(name, range(p[4], p[5]), range(p[1], p[2]))},
        {p[1], p[2], 1, {}},
        {p[5], p[6], 2, tr("Medium to large: %1 or %2").arg(range(p[5], p[6]), range(p[0], p[1]))},
        {p[0], p[1], 2, {}},
        {p[6], highEnd, 3,
         tr("Large: ≥ %1 or ≤ %2").arg(formatChartNumber(p[6], d), formatChartNumber(p[0], d))},
        {lowEnd, p[0], 3, {}},
    };
    spec.showBenchmarks = true;
    const QString note = tr("Benchmark bands: %1.").arg(source);
    spec.footnote = spec.footnote.isEmpty() ? note : spec.footnote + QLatin1Char(' ') + note;
}

ForestBuild buildDomainForest(const QList<EffectEntry> &entries, DisplayMetric display)
{
    ForestBuild build =
        buildForest(entries, display == DisplayMetric::Native ? DisplayMetric::Mw : display);
    build.spec.groupRows = true;
    return build;
}

QString timepointWithPopulation(const QString &timepoint, const QString &population)
{
    if (population.isEmpty()) {
        return timepoint;
    }
    return timepoint.isEmpty() ? population : QStringLiteral("%1, %2").arg(timepoint, population);
}

} // namespace eb::evidence

#pragma once

#include "evidence/format.h"
#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::evidence {

// One row of a forest plot, as plain data. The numbers are on the display metric's own scale
// (an odds ratio as a ratio, not its logarithm) and come from the catalogue or the effect-size
// engine: the chart draws them and computes nothing.
struct ForestRow
{
    QString study; // label columns
    QString outcome;
    QString timepoint;
    std::optional<int> n;

    std::optional<double> estimate; // nothing: "not reported", no marker
    std::optional<double> ciLow;    // both limits or neither
    std::optional<double> ciHigh;
    std::optional<double> weight; // relative weight (percent) when pooled; sizes the marker

    bool derived = false;           // computed by this program (converted, or a CI from a p value)
    std::optional<qint64> resultId; // the catalogue result drawn, if any (figure bundles)
    QString derivation;             // the formula, shown in the tooltip
    std::optional<int> year;
    bool favoursAboveNull = true; // a value above no effect favours the treatment
    QString group;                // a heading the row is listed under (outcome-domain chart)
    QString note;                 // extra tooltip text (source, quote, assumption)
    // The decimals the source printed the three numbers with (0.90 (1.10 to 5.23)); empty for
    // this program's numbers (converted, pooled), which use the spec's decimals.
    PrintedDecimals printed{};
};

// The pooled result of a meta-analysis, from the effect-size engine, on the display scale.
struct PooledSummary
{
    double estimate = 0;
    double ciLow = 0;
    double ciHigh = 0;
    std::optional<double> piLow; // prediction interval (random effects)
    std::optional<double> piHigh;
    std::optional<double> tau2;
    std::optional<double> i2; // percent
    std::optional<double> q;
    std::optional<int> qDf;
    std::optional<double> qP;
    QString method; // "REML", "DerSimonian-Laird", "fixed effect"
    QString label;  // the row's label; empty: "Pooled (<method>)"
};

// A shaded band of the benchmark scale, e.g. MW 0.56 to 0.64 "small superiority".
struct BenchmarkBand
{
    double from = 0;
    double to = 0;
    int strength = 1; // 1 small, 2 medium, 3 large: the shade
    QString label;    // legend text for this strength
};

enum class ForestSort
{
    Input,  // as given
    Effect, // ascending estimate
    Weight, // descending weight, then N
    Year,   // ascending year
    Name,   // study name
};

struct ForestSpec
{
    QString title;
    QList<ForestRow> rows;
    eb::stats::Metric metric = eb::stats::Metric::MannWhitney; // the display metric
    QString axisTitle;                                         // empty: the metric's name
    int decimals = 2;
    std::optional<PooledSummary> pooled;
    QList<BenchmarkBand> benchmarks;
    bool showBenchmarks = false;
    ForestSort sort = ForestSort::Input;
    bool groupRows = false; // rows listed under their group headings
    double fontScale = 1.0;
    std::optional<double> axisMin; // fixed axis ends; a CI beyond them ends in an arrow
    std::optional<double> axisMax;
    QString treatmentName; // empty: "Cerebrolysin"
    QString controlName;   // empty: "control"
    QString footnote;      // assumptions, in words
    double ciLevel = 95;
    // The no-effect line; empty: the metric's own (0.5 MW, 1 ratios, 0 differences, none for
    // "none"). A CSV of generic yi sets 0.
    std::optional<double> noEffect;
};

} // namespace eb::evidence

#pragma once

// The numbers a chart plots, one per mark, each with where it comes from: the record of the
// catalogue behind it (id, source, its statement, reported or derived) and whether the
// plotted value is the record's own number or one this program converted or pooled. What a
// figure bundle writes as its CSV and provenance file (figurebundle.h).

#include "evidence/format.h"
#include "model/records.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::charts {
class ForestPlot;
class TimeCourseChart;
} // namespace eb::charts
namespace eb::evidence {
struct DistributionSpec;
} // namespace eb::evidence

namespace eb::exporting {

struct PlottedMark
{
    QString kind;   // "row" (a forest row), "pooled", "point" (time course), "statistic"
    int panel = 1;  // which panel of the figure (1-based): a chart of several scales has several
    QString scale;  // the metric of the axis the mark is drawn on ("MW", "d", "OR")
    int index = -1; // forest: index into spec().rows; time course: index into spec().points
    QString label;  // as drawn: study (forest), series (time course), statistic (overlap)
    QString outcome;
    QString timepoint;
    std::optional<double> estimate; // on the chart's scale, as drawn
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> weight; // percent, when pooled
    bool derived = false;         // the plotted value was computed by this program
    QString formula;              // how, when derived

    // The catalogue record behind the mark; empty for numbers that came from a CSV, the
    // command line or a pooled analysis.
    std::optional<eb::catalogue::ResultRecord> record;
    // Other records with the same numbers for the same study, outcome and time point (another
    // source reporting the same result), which the chart draws as this one mark.
    QList<eb::catalogue::ResultRecord> sameNumbers;
    // The decimals a reported value was printed with (0.90); empty for this program's numbers.
    eb::evidence::PrintedDecimals printed{};
};

// The forest plot's marks, top to bottom as drawn (rows without an estimate draw no mark and
// are left out). `results` are the records the plot was built from (matched by each row's
// result id); empty for a plot of a CSV.
QList<PlottedMark> marksFromForest(const eb::charts::ForestPlot &plot,
                                   const QList<eb::catalogue::ResultRecord> &results);

// The time course's points, in the spec's order; `results` as for the forest plot.
QList<PlottedMark> marksFromTimeCourse(const eb::charts::TimeCourseChart &chart,
                                       const QList<eb::catalogue::ResultRecord> &results);

// The statistics the distribution chart shows (d, MW, U3, OVL). `given` names the one that
// was given rather than computed ("d", "MW"; empty: none).
QList<PlottedMark> marksFromDistribution(const eb::evidence::DistributionSpec &spec,
                                         const QString &given);

// The sources behind the marks, each once, in order of first use, taken from `sources`.
QList<eb::catalogue::SourceRecord>
sourcesOfMarks(const QList<PlottedMark> &marks, const QList<eb::catalogue::SourceRecord> &sources);

} // namespace eb::exporting

#pragma once

// The Chart tab's forest plots for a set of catalogue results: every result on the scale it
// was reported on, one panel per scale and direction, nothing converted. Plain data in, plain
// specs out: the charts draw them and compute nothing.

#include "evidence/forestspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eb::catalogue {
struct ResultRecord;
}

namespace eb::evidence {

struct ForestPanels
{
    // One spec per metric and direction of benefit, in the order the results first use them:
    // ratios on a log axis, differences on a linear one, each with its own no-effect line and
    // "favours" labels that follow the outcome (for a harm, a higher RR favours control).
    QList<ForestSpec> panels;
    // One sentence per result that has no value on any scale (a direction and p only, a
    // computed check that is not an effect size), in words.
    QStringList notDrawn;
};

// Builds the panels from effectEntriesFromResults() (forestdata.h), the one builder every
// chart of catalogue results uses: its identity rule (one result reported by two sources with
// the same numbers is one row, both sources in its tooltip), its source labels ("day 90,
// Muresanu 2020") and its reading order. A difference reported only as arm means and SDs is
// drawn as the mean difference derived from them (hollow marker, formula in the tooltip).
// Linear axes get fixed ends, so that resizing the pane never moves the axis.
ForestPanels forestPanelsFromResults(const QList<eb::catalogue::ResultRecord> &results);

// Titles every panel "RECORD: its axis title" ("CARS: Mann-Whitney effect size (MW)"), adding
// the direction of benefit its outcomes share when two panels use one metric: what the Chart
// tab and `evidence render forest --study/--outcome` both show.
void titlePanels(ForestPanels &panels, const QString &recordTitle);

} // namespace eb::evidence

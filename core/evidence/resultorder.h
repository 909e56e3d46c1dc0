#pragma once

// The one order in which a record's results are read, on every front end: the Chart tab's
// panels (forestPanelsFromResults), the detail pane's results table and the CLI's charts.

#include <QList>

namespace eb::catalogue {
struct ResultRecord;
}

namespace eb::evidence {

// Studies and outcomes in the order the list first names them; within one study and outcome,
// by time (timepoint_days: day 10 before day 90; a result without a known time after those
// with one); otherwise as given (a stable sort).
QList<eb::catalogue::ResultRecord> inReadingOrder(QList<eb::catalogue::ResultRecord> results);

// The same order as positions: element i is the index in results of the i-th result to read.
QList<qsizetype> readingOrder(const QList<eb::catalogue::ResultRecord> &results);

} // namespace eb::evidence

#pragma once

#include "model/records.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace eb::gui {

// The model's header and rows as CSV (RFC 4180: a field with a comma, quote or line break is
// quoted, quotes doubled), exactly as the table shows them.
QString tableAsCsv(const QAbstractItemModel &model);

// Results as CSV, one row each with its source: study, outcome, timepoint, population,
// metric, estimate, CI bounds and level, p (operator and value), N, whether reported or
// derived (and how), and the source with its DOI and PMID. Missing values are empty fields.
QString resultsAsCsv(const QList<catalogue::ResultRecord> &results);

// The header and rows as tab-separated text (tabs and line breaks inside a cell become
// spaces), for pasting into a spreadsheet.
QString tableAsTsv(const QAbstractItemModel &model);

// Fetches the rows a paged model has not fetched yet (canFetchMore/fetchMore), so that an
// export or a "shown records" list holds every row of the table, not only those scrolled to.
void fetchAllRows(const QAbstractItemModel &model);

// One row as tab-separated text, for the clipboard.
QString rowAsText(const QAbstractItemModel &model, int row);

} // namespace eb::gui

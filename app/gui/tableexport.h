#pragma once

#include <QString>

class QAbstractItemModel;

namespace eb::gui {

// The model's header and rows as CSV (RFC 4180: a field with a comma, quote or line break is
// quoted, quotes doubled), exactly as the table shows them.
QString tableAsCsv(const QAbstractItemModel &model);

// The header and rows as tab-separated text (tabs and line breaks inside a cell become
// spaces), for pasting into a spreadsheet.
QString tableAsTsv(const QAbstractItemModel &model);

// One row as tab-separated text, for the clipboard.
QString rowAsText(const QAbstractItemModel &model, int row);

} // namespace eb::gui

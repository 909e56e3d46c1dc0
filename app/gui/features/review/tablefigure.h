#pragma once

// A table's picture for export: the whole table, not the part the window happens to show.

#include <QString>
#include <memory>

class QTableView;
class QWidget;

namespace eb::gui::review {

// Every row and column of `shown`'s model, at the column widths the window uses and each row as
// tall as its text, with `legendHtml` (rich text) under it, laid out offscreen at full size.
// Draw it with QWidget::render; it never appears on screen. A paged model (canFetchMore) is
// read to its end first; a table of more than kMostFigureRows rows is refused (nullptr, `error`
// says so): a picture that tall is unreadable and its image would not fit in memory, and the
// CSV export holds it whole.
constexpr int kMostFigureRows = 2000;
std::unique_ptr<QWidget> wholeTableFigure(const QTableView &shown, const QString &legendHtml,
                                          QString *error);

} // namespace eb::gui::review

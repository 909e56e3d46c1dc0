#pragma once

// A table's picture for export: the whole table, not the part the window happens to show.

#include <QString>
#include <memory>

class QTableView;
class QWidget;

namespace eb::gui::review {

// Every row and column of `shown`'s model, at the column widths the window uses and each row as
// tall as its text, with `legendHtml` (rich text) under it, laid out offscreen at full size.
// Draw it with QWidget::render; it never appears on screen.
std::unique_ptr<QWidget> wholeTableFigure(const QTableView &shown, const QString &legendHtml);

} // namespace eb::gui::review

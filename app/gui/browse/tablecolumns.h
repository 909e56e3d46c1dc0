#pragma once

class QMenu;
class QTableView;
class QWidget;

// Which columns a record table shows: a menu of them on the header (right click), and a width
// for them that fits the table. Hidden columns are part of the header's state, which the
// window keeps in its Settings, so a choice is remembered across runs.
namespace eb::gui {

// Opens columnMenu() where the header is right-clicked.
void installColumnChooser(QTableView *view);

// One checkable entry per column (its header text) that shows or hides it; the last shown
// column cannot be hidden. Then "Fit Key Columns", which calls fitKeyColumns().
QMenu *columnMenu(QTableView *view, QWidget *parent);

// Sizes the columns to their contents and, when they are wider than the table, hides the
// columns that are not key columns (RecordTableModelBase::isKeyColumn), last first, and
// narrows the first column (which elides, its tooltip keeping the whole text) so that the key
// columns fit. The view's model must be a RecordTableModelBase.
void fitKeyColumns(QTableView *view);

} // namespace eb::gui

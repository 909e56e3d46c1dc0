#pragma once

#include <QStringList>
#include <functional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

// Adds the reviewers' views to `menu` (View), before `before` (or at the end when it is null):
// Outcome Matrix, Compare Studies (with the studies selected in the window ticked), Pool
// Results, Syntheses, Claims Audit. Each opens its own window, owned by `window`.
void addReviewActions(QMenu *menu, QAction *before, QWidget *window,
                      catalogue::Catalogue &catalogue,
                      std::function<QStringList()> selectedStudySlugs);

// Compare from a selection: the studies table allows extended selection (ctrl- and
// shift-click), and the Compare Studies action that addReviewActions() made in `window` (with
// its shortcut) also sits in the table's context menu and in the menu that holds `editAction`
// (Edit). The details keep showing the current, last clicked, study.
void addCompareToStudies(QWidget *window, QTableView *studies, QAction *editAction);

// Where named pooled analyses are kept: analyses.json in the application's data folder.
QString analysesFile();

} // namespace eb::gui::review

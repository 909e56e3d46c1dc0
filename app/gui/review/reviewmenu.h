#pragma once

#include <QStringList>
#include <functional>

class QAction;
class QMenu;
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

// Where named pooled analyses are kept: analyses.json in the application's data folder.
QString analysesFile();

} // namespace eb::gui::review

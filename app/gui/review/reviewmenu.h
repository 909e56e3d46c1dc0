#pragma once

#include <QStringList>
#include <functional>

class QMenu;
class QWidget;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

// Adds the reviewers' views to `menu` (View): Outcome Matrix, Compare Studies (with the studies
// selected in the window, when two or more are), Pool Results, Syntheses, Claims Audit. Each
// opens its own window, owned by `window`.
void addReviewActions(QMenu *menu, QWidget *window, catalogue::Catalogue &catalogue,
                      std::function<QStringList()> selectedStudySlugs);

// Where named pooled analyses are kept: analyses.json in the application's data folder.
QString analysesFile();

} // namespace eb::gui::review

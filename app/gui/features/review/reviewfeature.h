#pragma once

#include "gui/features/windowfeature.h"

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace eb::gui::review {

// The reviewers' views, in the View menu before Full Screen: Outcome Matrix, Compare Studies
// (the studies selected in the window ticked; also in the Studies table's context menu and
// in Edit, where a selection is made), Pool Results, Syntheses, Claims Audit. Each opens its
// own window; when the catalogue is replaced, the open ones close (they show what they read).
class ReviewFeature : public QObject, public WindowFeature
{
    Q_OBJECT

public:
    explicit ReviewFeature(QObject *parent = nullptr);
    void install(WindowContext &context) override;

private:
    void show(QWidget *view);
    void requestPooledSlide(const QList<qint64> &resultIds, const QString &poolMethod);

    WindowContext *m_context = nullptr;
};

// Where named pooled analyses are kept: analyses.json in the application's data folder.
QString analysesFile();

} // namespace eb::gui::review

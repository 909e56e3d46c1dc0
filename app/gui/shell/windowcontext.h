#pragma once

#include "gui/browse/section.h"
#include "lecture/deck.h"
#include "model/records.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QAbstractItemModel;
class QAction;
class QDockWidget;
class QWidget;

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

namespace eb::gui {

class ActionRegistry;
class CatalogueSession;
class ChartPane;
class JobRunner;
class MainWindow;
class Settings;

// The records the user has picked in the current section's table.
struct RecordSelection
{
    Section section = Section::Studies;
    QString current;      // the current row's record (what the details show), or empty
    QStringList selected; // the selected rows' records, in table order
    QStringList shown;    // every record the table shows, in table order
};

// What a window feature (features/windowfeature.h) is handed: the open catalogue and the
// signal that it was replaced, the user's selection, the chart and the records behind it, the
// actions, menus and tool bar by id, and the few places a feature may add to the window (a
// dock, a table's context menu, the status bar, a say in closing). A feature reaches the
// window only through this, so the window's layout can change without touching a feature.
class WindowContext : public QObject
{
    Q_OBJECT

public:
    WindowContext(MainWindow &window, CatalogueSession &session, Settings &settings,
                  ActionRegistry &actions);

    CatalogueSession &session() const { return m_session; }
    // The same object for the window's whole life; catalogueReplaced() says when its contents
    // are another file's.
    catalogue::Catalogue &catalogue() const;
    Settings &settings() const { return m_settings; }
    ActionRegistry &actions() const { return m_actions; }
    // The window's runner of long work (import, export, check): off the GUI thread, with
    // progress and Cancel (jobrunner.h).
    JobRunner &jobs() const { return *m_jobs; }

    // The parent of a feature's dialogs and tool windows.
    QWidget *window() const;

    RecordSelection selection() const;
    // The records selected in this section's table (whichever section is shown).
    QStringList selectedSlugs(Section section) const;
    // The current section's table as shown (search, filters, sort order).
    const QAbstractItemModel &shownTable() const;

    // The Chart tab: its figures and the records it plots (resultsOnChart()).
    ChartPane &chart() const;
    // Brings the Chart tab forward, which draws the selected record's chart if it was not.
    void showChart();
    // The results the chart plots now (the selected record's and any added), drawn first.
    QList<catalogue::ResultRecord> resultsOnChart();

    // Places a feature may add to.
    void addDock(QDockWidget *dock);
    // A message across the window above the panes (hidden until the feature shows it).
    void addBanner(QWidget *banner);
    // Shows this record (section, table row, details); false when there is none or the
    // filters hide it.
    bool selectRecord(Section section, const QString &slug);
    // An action on the selected rows of the section's table: in the table's context menu, and
    // the table lets several rows be selected (Ctrl- and Shift-click).
    void addSelectionAction(Section section, QAction *action);
    void showMessage(const QString &text, int milliseconds = 5000);
    // Asked before the window closes; a guard that returns false keeps it open.
    void addCloseGuard(std::function<bool()> mayClose);
    bool mayClose() const;

    // Feature to feature: a view of one feature (the Pool window, the Syntheses window) asks
    // for a slide; whoever keeps the deck (the lecture feature) listens to slideRequested().
    // Neither knows the other, and no event filter watches the window for their dialogs.
    void requestSlide(const lecture::Slide &slide);

signals:
    void slideRequested(const eb::lecture::Slide &slide);

    // The catalogue was closed and opened again (another file, or the same after a failed
    // switch): whatever a feature read from it is stale. Open views refresh or close.
    void catalogueReplaced();

private:
    MainWindow &m_window;
    CatalogueSession &m_session;
    Settings &m_settings;
    ActionRegistry &m_actions;
    QList<std::function<bool()>> m_closeGuards;
    JobRunner *m_jobs = nullptr;
};

} // namespace eb::gui

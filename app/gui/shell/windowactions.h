#pragma once

#include "gui/browse/section.h"

#include <QList>
#include <QObject>
#include <array>

class QAction;
class QActionGroup;
class QMainWindow;

namespace eb::gui {

class ActionRegistry;

// What a user can trigger in the main window, with texts, icons and shortcuts, and where each
// appears (menus, tool bar), each registered by id in the window's ActionRegistry (which gives
// the keys) with the menus and the tool bar. The window connects the actions to what they do.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    // The actions belong to `window` (their shortcuts work anywhere in it).
    WindowActions(QMainWindow *window, ActionRegistry &registry);

    // Fills the window's menu bar / adds its tool bar.
    // viewExtras go to the View menu before Full Screen (the Chart tab's text size).
    void addMenus(QMainWindow *window, const QList<QAction *> &viewExtras = {}) const;
    void addToolBar(QMainWindow *window) const;

    // The window's shortcuts (Export, Open, sections, ...) win over a text field's own use of
    // the same keys (Ctrl+E moves to the end of a line edit): they work wherever focus is.
    // Editing keys (copy, paste, undo, select all) stay the field's.
    void keepShortcutsIn(QWidget *field);

    QAction *open = nullptr;
    QAction *exportRecords = nullptr;
    QAction *exportChart = nullptr;
    QAction *quit = nullptr;
    QAction *find = nullptr;
    QAction *copy = nullptr;
    QAction *fullScreen = nullptr;
    QAction *userGuide = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QActionGroup *sectionGroup = nullptr;
    std::array<QAction *, kSections.size()> sections{}; // checkable, Ctrl+1 .. in sidebar order

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ActionRegistry &m_registry;
};

} // namespace eb::gui

#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

namespace eb::gui {

// Every action of the main window by id ("compare", "copyTable", "section.study"), with the
// menus and tool bars it sits in by id ("file", "edit", "view", "research", "help"; "main").
// The shell and each window feature register what they make here; a feature finds the others'
// actions and menus by id, never by walking the window. The keyboard shortcuts of all actions
// are one table (shortcutsFor()), so that two actions can never be given the same keys
// without it showing in one place (and in the test that checks it).
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Registers `action` under `id` (and, when it has none, its object name id + "Action"), with
    // the shortcuts the table gives the id. An id is registered once; a second add() of it is a
    // programming error and leaves the first in place (returns the action unregistered).
    QAction *add(const QString &id, QAction *action);
    QAction *action(const QString &id) const;
    QList<QAction *> actions() const { return m_order; }

    // The menus of `menuBar` are registered with addMenu(); insertMenu() adds one to the bar
    // before the registered menu `before` (at the end when there is none).
    void setMenuBar(QMenuBar *menuBar) { m_menuBar = menuBar; }
    void addMenu(const QString &id, QMenu *menu);
    void insertMenu(const QString &id, QMenu *menu, const QString &before);
    QMenu *menu(const QString &id) const;
    void addToolBar(const QString &id, QToolBar *toolBar);
    QToolBar *toolBar(const QString &id) const;

    // The shortcuts of the action with this id: the one table of the window's keys.
    static QList<QKeySequence> shortcutsFor(const QString &id);

private:
    QHash<QString, QAction *> m_actions;
    QList<QAction *> m_order;
    QMenuBar *m_menuBar = nullptr;
    QHash<QString, QMenu *> m_menus;
    QHash<QString, QToolBar *> m_toolBars;
};

} // namespace eb::gui

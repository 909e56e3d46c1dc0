#include "gui/shell/actionregistry.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace eb::gui {
namespace {

struct Shortcut
{
    const char *id;
    QList<QKeySequence> keys;
};

// The window's keys, all in one place. Qt leaves an action whose keys another action shares
// untriggered ("Ambiguous shortcut overload"), so every sequence appears once here.
const QList<Shortcut> &shortcutTable()
{
    static const QList<Shortcut> table{
        // File
        {"open", {QKeySequence::Open}},
        {"exportRecords", {QKeySequence(Qt::CTRL | Qt::Key_E)}},
        {"exportChart", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}},
        {"savePresentation", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}},
        {"quit", {QKeySequence::Quit}},
        {"importRecords", {QKeySequence(Qt::CTRL | Qt::Key_I)}},
        // Edit
        {"undo", {QKeySequence(Qt::CTRL | Qt::Key_Z)}},
        {"redo", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}},
        {"addStudy", {QKeySequence(Qt::CTRL | Qt::Key_N)}},
        {"addResult", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}},
        {"copy", {QKeySequence::Copy}},
        {"find", {QKeySequence::Find}},
        // View: the sections in sidebar order (section.h), Ctrl+1 ..
        {"section.study", {QKeySequence(Qt::CTRL | Qt::Key_1)}},
        {"section.outcome", {QKeySequence(Qt::CTRL | Qt::Key_2)}},
        {"section.mechanism", {QKeySequence(Qt::CTRL | Qt::Key_3)}},
        {"section.claim", {QKeySequence(Qt::CTRL | Qt::Key_4)}},
        {"section.source", {QKeySequence(Qt::CTRL | Qt::Key_5)}},
        {"largerChartText",
         {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}},
        {"smallerChartText", {QKeySequence(Qt::CTRL | Qt::Key_Minus)}},
        // Ctrl+Shift+C is Copy Table's. Compare is D, as in "diff": not Ctrl+Alt+C, which
        // is AltGr+C (a letter) on many European keyboards.
        {"compare", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}},
        {"effectSizeLab", {QKeySequence(Qt::CTRL | Qt::Key_L)}},
        {"present", {QKeySequence(Qt::Key_F5)}},
        // F11 everywhere, plus the platform's own full-screen key where it differs.
        {"fullScreen", {QKeySequence(Qt::Key_F11), QKeySequence::FullScreen}},
        // Research
        {"copyTable", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}},
        // Help
        {"userGuide", {QKeySequence::HelpContents}},
    };
    return table;
}

} // namespace

QList<QKeySequence> ActionRegistry::shortcutsFor(const QString &id)
{
    for (const Shortcut &shortcut : shortcutTable()) {
        if (id == QLatin1String(shortcut.id)) {
            QList<QKeySequence> keys;
            for (const QKeySequence &key : shortcut.keys) {
                // A standard key a platform does not bind (FullScreen beside F11) is left out.
                if (!key.isEmpty() && !keys.contains(key)) {
                    keys << key;
                }
            }
            return keys;
        }
    }
    return {};
}

QAction *ActionRegistry::add(const QString &id, QAction *action)
{
    Q_ASSERT(!m_actions.contains(id));
    if (action == nullptr || m_actions.contains(id)) {
        return action;
    }
    if (action->objectName().isEmpty()) {
        action->setObjectName(id + QStringLiteral("Action"));
    }
    action->setShortcuts(shortcutsFor(id));
    m_actions.insert(id, action);
    m_order.append(action);
    connect(action, &QObject::destroyed, this, [this, id, action] {
        m_actions.remove(id);
        m_order.removeAll(action);
    });
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_actions.value(id);
}

void ActionRegistry::addMenu(const QString &id, QMenu *menu)
{
    m_menus.insert(id, menu);
}

void ActionRegistry::insertMenu(const QString &id, QMenu *menu, const QString &before)
{
    Q_ASSERT(m_menuBar != nullptr);
    const QMenu *next = m_menus.value(before);
    m_menuBar->insertMenu(next != nullptr ? next->menuAction() : nullptr, menu);
    addMenu(id, menu);
}

QMenu *ActionRegistry::menu(const QString &id) const
{
    return m_menus.value(id);
}

void ActionRegistry::addToolBar(const QString &id, QToolBar *toolBar)
{
    m_toolBars.insert(id, toolBar);
}

QToolBar *ActionRegistry::toolBar(const QString &id) const
{
    return m_toolBars.value(id);
}

} // namespace eb::gui

#include "gui/shell/windowactions.h"

#include "gui/shell/actionregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace eb::gui {
namespace {

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}

} // namespace

WindowActions::WindowActions(QMainWindow *window, ActionRegistry &registry)
    : QObject(window), m_registry(registry)
{
    open = new QAction(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                       tr("&Open Catalogue..."), window);
    open->setStatusTip(tr("Open another catalogue file"));

    exportRecords = new QAction(themeIcon("document-export", QStyle::SP_DialogSaveButton),
                                tr("&Export..."), window);
    exportRecords->setStatusTip(tr("Export the table as CSV or the details as HTML"));

    exportChart = new QAction(themeIcon("image-x-generic", QStyle::SP_FileIcon),
                              tr("Export &Chart..."), window);
    exportChart->setStatusTip(tr("Save the chart of the selected record as PNG, SVG or PDF"));

    quit = new QAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"),
                       window);
    quit->setMenuRole(QAction::QuitRole);

    find =
        new QAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find"), window);
    find->setStatusTip(tr("Search the catalogue"));

    copy = new QAction(themeIcon("edit-copy", QStyle::SP_FileIcon), tr("&Copy"), window);
    copy->setStatusTip(tr("Copy the selected text, or the selected table row"));

    sectionGroup = new QActionGroup(window);
    sectionGroup->setExclusive(true);
    for (Section section : kSections) {
        const int index = sectionIndex(section);
        auto *action = new QAction(QIcon(sectionIconPath(section)), sectionTitle(section), window);
        action->setCheckable(true);
        action->setData(index);
        sectionGroup->addAction(action);
        registry.add(QStringLiteral("section.") + sectionKey(section), action);
        sections.at(static_cast<std::size_t>(index)) = action;
    }

    fullScreen = new QAction(themeIcon("view-fullscreen", QStyle::SP_TitleBarMaxButton),
                             tr("&Full Screen"), window);
    fullScreen->setCheckable(true);

    userGuide = new QAction(themeIcon("help-contents", QStyle::SP_DialogHelpButton),
                            tr("&User Guide"), window);

    about = new QAction(window->windowIcon(), tr("&About Evidence Browser"), window);
    about->setMenuRole(QAction::AboutRole);

    aboutQt = new QAction(tr("About &Qt"), window);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // By id, with their keys (the registry's table).
    const std::initializer_list<std::pair<const char *, QAction *>> ids{
        {"open", open},
        {"exportRecords", exportRecords},
        {"exportChart", exportChart},
        {"quit", quit},
        {"find", find},
        {"copy", copy},
        {"fullScreen", fullScreen},
        {"userGuide", userGuide},
        {"about", about},
        {"aboutQt", aboutQt}};
    for (const auto &[id, action] : ids) {
        registry.add(QString::fromLatin1(id), action);
    }
}

void WindowActions::addMenus(QMainWindow *window, const QList<QAction *> &viewExtras) const
{
    m_registry.setMenuBar(window->menuBar());
    QMenu *fileMenu = window->menuBar()->addMenu(tr("&File"));
    m_registry.addMenu(QStringLiteral("file"), fileMenu);
    fileMenu->addAction(open);
    fileMenu->addAction(exportRecords);
    fileMenu->addAction(exportChart);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    QMenu *editMenu = window->menuBar()->addMenu(tr("&Edit"));
    m_registry.addMenu(QStringLiteral("edit"), editMenu);
    editMenu->addAction(copy);
    editMenu->addSeparator();
    editMenu->addAction(find);

    QMenu *viewMenu = window->menuBar()->addMenu(tr("&View"));
    m_registry.addMenu(QStringLiteral("view"), viewMenu);
    for (QAction *action : sections) {
        viewMenu->addAction(action);
    }
    viewMenu->addSeparator();
    if (!viewExtras.isEmpty()) {
        viewMenu->addActions(viewExtras);
        viewMenu->addSeparator();
    }
    viewMenu->addAction(fullScreen);

    QMenu *helpMenu = window->menuBar()->addMenu(tr("&Help"));
    m_registry.addMenu(QStringLiteral("help"), helpMenu);
    helpMenu->addAction(userGuide);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);
}

void WindowActions::addToolBar(QMainWindow *window) const
{
    QToolBar *toolBar = window->addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_registry.addToolBar(QStringLiteral("main"), toolBar);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(open);
    toolBar->addAction(exportRecords);
    toolBar->addSeparator();
    toolBar->addAction(copy);
    toolBar->addAction(find);
    toolBar->addSeparator();
    toolBar->addAction(fullScreen);
}

} // namespace eb::gui

namespace eb::gui {

void WindowActions::keepShortcutsIn(QWidget *field)
{
    field->installEventFilter(this);
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        QList<QAction *> windowWide{open, exportRecords, exportChart, quit,
                                    find, fullScreen,    userGuide};
        for (QAction *action : sections) {
            windowWide.append(action);
        }
        for (const QAction *action : windowWide) {
            if (action->shortcuts().contains(pressed)) {
                event->ignore(); // not the field's: the shortcut map gets it
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace eb::gui

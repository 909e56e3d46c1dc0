#include "gui/shell/windowactions.h"

#include "gui/shell/actionregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIconEngine>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace eb::gui {
namespace {

// A theme's icon with the style's as its fallback, looked up when it is first drawn or
// measured: looked up with the window, the eight icons (each fallback read at once, several
// image files each) took about a tenth of the start-up's instructions, and most of them are
// drawn only when their menu opens (docs/performance.md).
class ThemeIconEngine : public QIconEngine
{
public:
    ThemeIconEngine(const char *name, QStyle::StandardPixmap fallback)
        : m_name(QString::fromLatin1(name)), m_fallback(fallback)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return m_name; }
    // Never null: the style has every fallback. Saying so reads no file (menus ask first).
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("eb-theme-icon"); }
    QIconEngine *clone() const override { return new ThemeIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_looked) {
            m_looked = true;
            m_icon = QIcon::fromTheme(m_name, QApplication::style()->standardIcon(m_fallback));
        }
        return m_icon;
    }

    QString m_name;
    QStyle::StandardPixmap m_fallback;
    QIcon m_icon;
    bool m_looked = false;
};

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon(new ThemeIconEngine(name, fallback));
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

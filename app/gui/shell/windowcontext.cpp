#include "gui/shell/windowcontext.h"

#include "gui/browse/tableexport.h"
#include "gui/chart/chartpane.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace eb::gui {

WindowContext::WindowContext(MainWindow &window, CatalogueSession &session, Settings &settings,
                             ActionRegistry &actions)
    : QObject(&window), m_window(window), m_session(session), m_settings(settings),
      m_actions(actions)
{
    setObjectName(QStringLiteral("windowContext"));
    m_jobs = new JobRunner(&window);
    connect(&session, &CatalogueSession::replaced, this, &WindowContext::catalogueReplaced);
}

catalogue::Catalogue &WindowContext::catalogue() const
{
    return m_session.catalogue();
}

QWidget *WindowContext::window() const
{
    return &m_window;
}

QStringList WindowContext::selectedSlugs(Section section) const
{
    QList<int> rows;
    for (const QModelIndex &index : m_window.tableView(section)->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    QStringList slugs;
    const RecordTableModelBase *model = m_window.model(section);
    for (int row : std::as_const(rows)) {
        slugs << model->slugAt(row);
    }
    return slugs;
}

RecordSelection WindowContext::selection() const
{
    RecordSelection selection;
    selection.section = m_window.currentSection();
    const RecordTableModelBase *model = m_window.model(selection.section);
    const QModelIndex current = m_window.tableView(selection.section)->currentIndex();
    if (current.isValid()) {
        selection.current = model->slugAt(current.row());
    }
    selection.selected = selectedSlugs(selection.section);
    fetchAllRows(*model);
    for (int row = 0; row < model->rowCount(); ++row) {
        selection.shown << model->slugAt(row);
    }
    return selection;
}

const QAbstractItemModel &WindowContext::shownTable() const
{
    return *m_window.model(m_window.currentSection());
}

ChartPane &WindowContext::chart() const
{
    return *m_window.chartPane();
}

void WindowContext::showChart()
{
    m_window.detailTabs()->setCurrentWidget(m_window.chartPane());
}

QList<catalogue::ResultRecord> WindowContext::resultsOnChart()
{
    if (chart().exportableFigure() == nullptr) {
        showChart();
    }
    return chart().results();
}

void WindowContext::addBanner(QWidget *banner)
{
    m_window.addBanner(banner);
}

bool WindowContext::selectRecord(Section section, const QString &slug)
{
    return m_window.selectRecord(section, slug);
}

void WindowContext::addDock(QDockWidget *dock)
{
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
}

void WindowContext::addSelectionAction(Section section, QAction *action)
{
    QTableView *table = m_window.tableView(section);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->addAction(action);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void WindowContext::showMessage(const QString &text, int milliseconds)
{
    m_window.statusBar()->showMessage(text, milliseconds);
}

void WindowContext::addCloseGuard(std::function<bool()> mayClose)
{
    m_closeGuards.append(std::move(mayClose));
}

bool WindowContext::mayClose() const
{
    for (const auto &guard : m_closeGuards) {
        if (!guard()) {
            return false;
        }
    }
    return true;
}

void WindowContext::requestSlide(const lecture::Slide &slide)
{
    emit slideRequested(slide);
}

} // namespace eb::gui

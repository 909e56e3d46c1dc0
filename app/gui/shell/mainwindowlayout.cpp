// The main window's layout kept between runs (geometry, splitters, column headers, chart text
// size, the section shown), read from and written to Settings.
#include "gui/browse/recordbrowser.h"
#include "gui/browse/sectionspec.h"
#include "gui/chart/chartpane.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <QHeaderView>
#include <QScreen>
#include <QSplitter>
#include <QTableView>

namespace eb::gui {

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: most of the screen, up to a size where the three panes are comfortable.
        // Centred on the screen's available area (without panels), all of it inside.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1400, 860).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    restoreState(m_settings.windowState());
    m_mainSplitter->restoreState(m_settings.mainSplitterState());
    m_contentSplitter->restoreState(m_settings.contentSplitterState());
    m_chartPane->setFontScale(m_settings.chartFontScale());
    for (Section section : kSections) {
        QHeaderView *header = tableView(section)->horizontalHeader();
        if (!header->restoreState(m_settings.tableHeaderState(sectionIndex(section)))) {
            m_browser->fitColumnsWhenShown(section); // first start: the key columns fit
        }
        tableView(section)->sortByColumn(header->sortIndicatorSection(),
                                         header->sortIndicatorOrder());
    }
    const int section = m_settings.currentSection();
    setCurrentSection(section >= 0 && section < static_cast<int>(kSections.size())
                          ? kSections.at(static_cast<std::size_t>(section))
                          : Section::Studies);
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setMainSplitterState(m_mainSplitter->saveState());
    m_settings.setContentSplitterState(m_contentSplitter->saveState());
    m_settings.setChartFontScale(m_chartPane->fontScale());
    for (Section section : kSections) {
        m_settings.setTableHeaderState(sectionIndex(section),
                                       tableView(section)->horizontalHeader()->saveState());
    }
    m_settings.setCurrentSection(sectionIndex(currentSection()));
    m_settings.sync();
}

} // namespace eb::gui

#pragma once

#include "gui/section.h"

#include <QMainWindow>
#include <array>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace eb::gui {

class Settings;

// The main window: a sidebar of record kinds, the table of the chosen kind with its search
// field and filters, and a detail pane for the selected record. The window reads the
// catalogue only through the catalogue library's API and never owns the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    // For tests and documentation screenshots.
    QLineEdit *searchField() const { return m_searchField; }
    QTableView *tableView() const { return m_tableView; }
    QTextBrowser *detailView() const { return m_detailView; }
    QListWidget *sidebar() const { return m_sidebar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();

    void showAbout();
    void showUserGuide();
    void toggleFullScreen(bool on);
    void focusSearch();

    Settings &m_settings;

    QListWidget *m_sidebar = nullptr;
    QLineEdit *m_searchField = nullptr;
    QComboBox *m_conditionFilter = nullptr;
    QComboBox *m_designFilter = nullptr;
    QComboBox *m_speciesFilter = nullptr;
    QComboBox *m_domainFilter = nullptr;
    QWidget *m_studyFilters = nullptr;
    QWidget *m_outcomeFilters = nullptr;
    QTableView *m_tableView = nullptr;
    QTextBrowser *m_detailView = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_searchTimer = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_sectionGroup = nullptr;
    std::array<QAction *, kSections.size()> m_sectionActions{};
};

} // namespace eb::gui

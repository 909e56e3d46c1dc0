#pragma once

#include "catalogue/records.h"
#include "gui/detailview.h"
#include "gui/section.h"

#include <QMainWindow>
#include <QSet>
#include <array>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QUrl;

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

namespace eb::gui {

class ChartPane;
class ClaimTableModel;
class MechanismTableModel;
class OutcomeTableModel;
class RecordTableModelBase;
class Settings;
class SourceTableModel;
class StudyTableModel;

// The main window: a sidebar of record kinds, the table of the chosen kind with its search
// field and filters, and a detail pane for the selected record. The window reads the
// catalogue only through the catalogue library's API and never owns the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window reads `catalogue` (which must outlive it) and keeps its layout in `settings`.
    MainWindow(catalogue::Catalogue &catalogue, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    // Shows the record of this kind with this slug (sidebar, table row and details); false if
    // the catalogue has no such record or the filters hide it.
    bool selectRecord(Section section, const QString &slug);

    // Re-reads everything from the catalogue (after it was opened or replaced).
    void reload();

    // Opens another catalogue file read-only (File > Open Catalogue without the dialog). A
    // file that cannot be opened leaves the current catalogue open; *error says why.
    bool openCatalogueFile(const QString &file, QString *error);

    // For tests and documentation screenshots.
    QLineEdit *searchField() const { return m_searchField; }
    QTableView *tableView() const; // the table of the current section
    QTableView *tableView(Section section) const;
    RecordTableModelBase *model(Section section) const;
    DetailView *detailView() const { return m_detailView; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    ChartPane *chartPane() const { return m_chartPane; }

    // Writes the chart of the selected record (PNG, SVG or PDF by the suffix); false with
    // *error set when there is no chart or the file cannot be written.
    bool exportChart(const QString &file, QString *error);
    QListWidget *sidebar() const { return m_sidebar; }
    QComboBox *conditionFilter() const { return m_conditionFilter; }
    QComboBox *designFilter() const { return m_designFilter; }
    QComboBox *speciesFilter() const { return m_speciesFilter; }
    QComboBox *domainFilter() const { return m_domainFilter; }
    QLabel *countsLabel() const { return m_countsLabel; }

signals:
    // Emitted after the tables were refilled for a new search text or filter.
    void recordsFiltered();

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

    void fillFilters();
    void refreshTables();
    void refreshTable(Section section);
    void updateSidebarCounts();
    void updateStatusCounts();
    void runSearch();
    void showCurrentDetails();
    void followLink(const QUrl &url);
    void openCatalogue();
    void exportRecords();
    void exportChartInteractively();
    void updateChart();
    void copySelection();

    void showAbout();
    void showUserGuide();
    void toggleFullScreen(bool on);
    void focusSearch();

    catalogue::Catalogue &m_catalogue;
    Settings &m_settings;

    StudyTableModel *m_studyModel = nullptr;
    OutcomeTableModel *m_outcomeModel = nullptr;
    MechanismTableModel *m_mechanismModel = nullptr;
    ClaimTableModel *m_claimModel = nullptr;
    SourceTableModel *m_sourceModel = nullptr;
    std::array<QTableView *, kSections.size()> m_tableViews{};
    // The ids that the current search text matched, per section; empty: no search.
    std::optional<std::array<QSet<qint64>, kSections.size()>> m_searchHits; // see searchHits()

    QListWidget *m_sidebar = nullptr;
    QLineEdit *m_searchField = nullptr;
    QComboBox *m_conditionFilter = nullptr;
    QComboBox *m_designFilter = nullptr;
    QComboBox *m_speciesFilter = nullptr;
    QComboBox *m_domainFilter = nullptr;
    QWidget *m_studyFilters = nullptr;
    QWidget *m_outcomeFilters = nullptr;
    QStackedWidget *m_tables = nullptr;
    DetailView *m_detailView = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    ChartPane *m_chartPane = nullptr;
    // What the Chart tab draws for the selected record; drawn when the tab is shown.
    QString m_chartTitle;
    QList<catalogue::ResultRecord> m_chartResults;
    bool m_chartDirty = true;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTimer *m_searchTimer = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportChartAction = nullptr;
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

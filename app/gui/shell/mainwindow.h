#pragma once

#include "gui/browse/section.h"
#include "gui/detail/detailview.h"
#include "gui/features/research/recordexport.h"
#include "model/records.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUrl;
class QVBoxLayout;

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

namespace eb::gui {

class ActionRegistry;
class CatalogueSession;
class ChartPane;
class RecordBrowser;
class RecordTableModelBase;
class Settings;
class WindowActions;
class WindowContext;

// The main window: a sidebar of record kinds, the record browser (the table of the chosen kind
// with its search field and filters) and a detail pane for the selected record. It only wires
// these together: what each kind shows comes from its SectionSpec, the records from the
// catalogue library, and which catalogue is open from the CatalogueSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window reads the session's catalogue (the session must outlive it) and keeps its
    // layout in `settings`.
    MainWindow(CatalogueSession &session, Settings &settings, QWidget *parent = nullptr);
    // The same over a session of its own on `catalogue` (which must outlive it): for tests.
    MainWindow(catalogue::Catalogue &catalogue, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    // Shows the record of this kind with this slug (sidebar, table row and details); false if
    // the catalogue has no such record or the filters hide it.
    bool selectRecord(Section section, const QString &slug);

    // Puts a banner (a message across the window) above the panes.
    void addBanner(QWidget *banner);

    // Re-reads everything from the catalogue (after it was opened or replaced).
    void reload();

    // Opens another catalogue file read-only (File > Open Catalogue without the dialog). A
    // file that cannot be opened leaves the current catalogue open; *error says why.
    bool openCatalogueFile(const QString &file, QString *error);

    // For tests and documentation screenshots.
    QLineEdit *searchField() const;
    QTableView *tableView() const; // the table of the current section
    QTableView *tableView(Section section) const;
    RecordTableModelBase *model(Section section) const;
    // The detail pane, showing the current record (its page is made when the window is first
    // shown, or at once when asked for before: see m_detailsWaiting); the chart is drawn when
    // its tab is shown.
    DetailView *detailView() const;
    QTabWidget *detailTabs() const { return m_detailTabs; }
    ChartPane *chartPane() const { return m_chartPane; }

    // Writes the chart of the selected record (PNG, SVG or PDF by the suffix); false with
    // *error set when there is no chart or the file cannot be written.
    bool exportChart(const QString &file, QString *error);
    // What File > Export offers for the current section and record, with default file names.
    QList<ExportChoice> exportChoicesNow() const;
    // Writes one of them without the dialog; false with *error set when it cannot be written.
    bool exportTo(ExportKind kind, const QString &file, QString *error);
    RecordBrowser *browser() const { return m_browser; }
    QListWidget *sidebar() const { return m_sidebar; }
    QComboBox *conditionFilter() const;
    QComboBox *designFilter() const;
    QComboBox *speciesFilter() const;
    QComboBox *domainFilter() const;
    QLabel *countsLabel() const { return m_countsLabel; }
    // Every action of the window by id, with the menus and the tool bar (features add theirs).
    ActionRegistry &actionRegistry() const { return *m_registry; }

signals:
    // Emitted after the tables were refilled for a new search text or filter.
    void recordsFiltered();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void connectActions();
    void createCentralWidget();
    void createStatusBar();
    void restoreLayout();
    void showCatalogueTitle();
    void afterFirstPaint(); // what the first paint does not need
    void saveLayout();

    void recordsRefilled();
    void refreshAfterWrite();
    void updateSidebarCounts();
    void updateStatusCounts();
    void showCurrentDetails();
    void fillWaitingDetails() const;
    void followLink(const QUrl &url);
    void openCatalogue();
    void exportRecords();
    void exportChartInteractively();
    void updateChart();
    void copySelection();
    // The current record's page as HTML with every result row, for Export > Details.
    QString wholeDetailsHtml() const;

    void showAbout();
    void showUserGuide();
    void toggleFullScreen(bool on);
    void focusSearch();

    CatalogueSession &m_session;
    catalogue::Catalogue &m_catalogue;
    Settings &m_settings;

    QListWidget *m_sidebar = nullptr;
    RecordBrowser *m_browser = nullptr;
    DetailView *m_detailView = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    ChartPane *m_chartPane = nullptr;
    // What the Chart tab draws for the selected record; drawn when the tab is shown.
    QString m_chartTitle;
    QList<catalogue::ResultRecord> m_chartResults;
    bool m_chartDirty = true;
    bool m_firstPainted = false;
    // Until the window is first shown, the detail pane waits: its page, laid out at the pane's
    // real width once, not at a guessed one first (and made once, not per refill).
    bool m_detailsWaiting = true;
    // While set, showCurrentDetails() waits: a refresh that moves the current row several
    // times lays the detail page out once, at its end (a study's page with a hundred results
    // takes a tenth of a second or more to lay out).
    bool m_detailsHeld = false;
    // The record (section key and slug) whose page lists every result: its "Show all"
    // link was followed. Any other record's page lists the first detail::kResultRowsShown.
    QString m_allResultsOf;
    QSplitter *m_mainSplitter = nullptr;
    QVBoxLayout *m_centralLayout = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QLabel *m_countsLabel = nullptr;

    ActionRegistry *m_registry = nullptr;
    WindowActions *m_actions = nullptr;
    WindowContext *m_context = nullptr; // what the features (features/) are handed
};

} // namespace eb::gui

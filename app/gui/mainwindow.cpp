#include "gui/mainwindow.h"

#include "catalogue/catalogue.h"
#include "charts/chartexport.h"
#include "gui/chartpane.h"
#include "gui/claimtablemodel.h"
#include "gui/detailhtml.h"
#include "gui/labels.h"
#include "gui/mechanismtablemodel.h"
#include "gui/outcometablemodel.h"
#include "gui/recordpage.h"
#include "gui/researcheractions.h"
#include "gui/settings.h"
#include "gui/sourcetablemodel.h"
#include "gui/studytablemodel.h"
#include "gui/tableexport.h"
#include "gui/userguidedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace eb::gui {
namespace {

// How long the search field waits after the last keystroke before it searches: long enough
// not to search on every letter of a fast typist, short enough to feel immediate.
constexpr int kSearchDelayMs = 200;

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(catalogue::Catalogue &catalogue, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_catalogue(catalogue), m_settings(settings)
{
    setWindowTitle(tr("Evidence Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/evidence-browser.svg")));
    // No fixed minimum size: the panes' own minimums add up to the window's, so that no
    // widget is ever squeezed below what it needs (which would make them overlap).

    createActions();
    createCentralWidget();
    createMenus();
    installResearcherActions(this, m_catalogue); // the Research menu (researcheractions.h)
    createToolBar();
    createStatusBar();
    reload();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                               tr("&Open Catalogue..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another catalogue file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCatalogue);

    m_exportAction = new QAction(themeIcon("document-export", QStyle::SP_DialogSaveButton),
                                 tr("&Export..."), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export the table as CSV or the details as HTML"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportRecords);

    m_exportChartAction = new QAction(themeIcon("image-x-generic", QStyle::SP_FileIcon),
                                      tr("Export &Chart..."), this);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChartAction->setStatusTip(
        tr("Save the chart of the selected record as PNG, SVG or PDF"));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChartInteractively);

    m_quitAction =
        new QAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction =
        new QAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the catalogue"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_copyAction = new QAction(themeIcon("edit-copy", QStyle::SP_FileIcon), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setStatusTip(tr("Copy the selected text, or the selected table row"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    m_sectionGroup = new QActionGroup(this);
    m_sectionGroup->setExclusive(true);
    for (Section section : kSections) {
        const int index = sectionIndex(section);
        auto *action =
            new QAction(QIcon(QStringLiteral(":/icons/sections/%1.svg").arg(sectionKey(section))),
                        sectionTitle(section), this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        action->setData(index);
        m_sectionGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { setCurrentSection(section); });
        m_sectionActions.at(static_cast<std::size_t>(index)) = action;
    }

    m_fullScreenAction = new QAction(themeIcon("view-fullscreen", QStyle::SP_TitleBarMaxButton),
                                     tr("&Full Screen"), this);
    // F11 everywhere, plus the platform's own full-screen key where it differs.
    m_fullScreenAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence::FullScreen});
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::toggleFullScreen);

    m_userGuideAction = new QAction(themeIcon("help-contents", QStyle::SP_DialogHelpButton),
                                    tr("&User Guide"), this);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);

    m_aboutAction = new QAction(windowIcon(), tr("&About Evidence Browser"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(m_exportChartAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_copyAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_sectionActions) {
        viewMenu->addAction(action);
    }
    viewMenu->addSeparator();
    viewMenu->addAction(m_fullScreenAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_userGuideAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_exportAction);
    toolBar->addSeparator();
    toolBar->addAction(m_copyAction);
    toolBar->addAction(m_findAction);
    toolBar->addSeparator();
    toolBar->addAction(m_fullScreenAction);
}

void MainWindow::createCentralWidget()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Record kinds"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setSpacing(2);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setMinimumWidth(110);
    for (Section section : kSections) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/sections/%1.svg").arg(sectionKey(section))),
            sectionTitle(section), m_sidebar);
        item->setData(Qt::UserRole, sectionIndex(section));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kSections.size())) {
            setCurrentSection(kSections.at(static_cast<std::size_t>(row)));
        }
    });

    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search studies, outcomes, mechanisms, claims..."));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);

    // The filters say what they filter in their first entry ("All conditions") rather than
    // in a caption beside them: the row then fits a narrow pane (a small screen at 200%).
    auto makeFilter = [](const QString &name, const QString &accessibleName) {
        auto *combo = new QComboBox;
        combo->setObjectName(name);
        combo->setAccessibleName(accessibleName);
        combo->setToolTip(accessibleName);
        // The popup shows long labels in full; the closed box may elide them rather than push
        // the table pane wider than a small screen.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return combo;
    };
    m_conditionFilter = makeFilter(QStringLiteral("conditionFilter"), tr("Condition"));
    m_designFilter = makeFilter(QStringLiteral("designFilter"), tr("Design"));
    m_speciesFilter = makeFilter(QStringLiteral("speciesFilter"), tr("Species"));
    m_domainFilter = makeFilter(QStringLiteral("domainFilter"), tr("Outcome domain"));
    for (QComboBox *combo : {m_conditionFilter, m_designFilter, m_speciesFilter, m_domainFilter}) {
        connect(combo, &QComboBox::activated, this, &MainWindow::refreshTables);
    }

    // Study filters and outcome filters sit in one row; only those of the current section show.
    m_studyFilters = new QWidget;
    auto *studyRow = new QHBoxLayout(m_studyFilters);
    studyRow->setContentsMargins(0, 0, 0, 0);
    studyRow->addWidget(m_conditionFilter, 1);
    studyRow->addWidget(m_designFilter, 1);
    studyRow->addWidget(m_speciesFilter, 1);
    m_outcomeFilters = new QWidget;
    auto *outcomeRow = new QHBoxLayout(m_outcomeFilters);
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    outcomeRow->addWidget(m_domainFilter, 1);
    outcomeRow->addStretch(2);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_studyFilters, 1);
    filterRow->addWidget(m_outcomeFilters, 1);

    m_studyModel = new StudyTableModel(this);
    m_outcomeModel = new OutcomeTableModel(this);
    m_mechanismModel = new MechanismTableModel(this);
    m_claimModel = new ClaimTableModel(this);
    m_sourceModel = new SourceTableModel(this);

    // One table per section, so that each keeps its own selection, sort and column widths.
    m_tables = new QStackedWidget;
    for (Section section : kSections) {
        auto *view = new QTableView;
        view->setObjectName(QStringLiteral("table-%1").arg(sectionKey(section)));
        view->setAccessibleName(sectionTitle(section));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        // Rows are the unit here: Tab leaves the table rather than walking its cells.
        view->setTabKeyNavigation(false);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setTextElideMode(Qt::ElideRight);
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setSectionsMovable(true);
        view->setModel(model(section));
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
        // Arrow keys and clicks both move the current row; the details follow it.
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, section] {
                    if (section == currentSection()) {
                        showCurrentDetails();
                    }
                });
        m_tables->addWidget(view);
        m_tableViews.at(static_cast<std::size_t>(sectionIndex(section))) = view;
    }
    // Claims are long sentences: give them the width.
    tableView(Section::Claims)->setColumnWidth(0, 420);

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_searchField);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_tables, 1);
    tablePane->setMinimumWidth(220);

    m_detailView = new QTextBrowser;
    m_detailView->setObjectName(QStringLiteral("detailView"));
    m_detailView->setAccessibleName(tr("Details"));
    // Links are opened by the window: web links in the browser, internal links in the window.
    m_detailView->setOpenLinks(false);
    // Words break only where they must: a narrow pane (a small screen at 200%) wraps a long
    // word rather than hiding the end of the line behind a horizontal scroll bar.
    m_detailView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detailView->setMinimumWidth(200);
    connect(m_detailView, &QTextBrowser::anchorClicked, this, &MainWindow::followLink);

    m_contentSplitter = new QSplitter(Qt::Horizontal);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->addWidget(tablePane);
    m_chartPane = new ChartPane;
    m_chartPane->setObjectName(QStringLiteral("chartPane"));
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_detailView, tr("&Details"));
    m_detailTabs->addTab(m_chartPane, tr("C&hart"));
    connect(m_detailTabs, &QTabWidget::currentChanged, this, &MainWindow::updateChart);
    m_contentSplitter->addWidget(m_detailTabs);
    m_contentSplitter->setStretchFactor(0, 1);
    m_contentSplitter->setStretchFactor(1, 1);
    m_contentSplitter->setSizes({560, 560});

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({170, 1030});

    setCentralWidget(m_mainSplitter);

    // Tab goes sidebar -> search -> filters -> table -> details.
    setTabOrder(m_sidebar, m_searchField);
    setTabOrder(m_searchField, m_conditionFilter);
    setTabOrder(m_conditionFilter, m_designFilter);
    setTabOrder(m_designFilter, m_speciesFilter);
    setTabOrder(m_speciesFilter, m_domainFilter);
    // The tables are chained one after another; only the visible one takes the focus.
    QWidget *previous = m_domainFilter;
    for (Section section : kSections) {
        setTabOrder(previous, tableView(section));
        previous = tableView(section);
    }
    setTabOrder(previous, m_detailView);
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_countsLabel, 1);
    auto *disclaimer = new QLabel(tr("Educational software, not medical advice"));
    disclaimer->setObjectName(QStringLiteral("disclaimerLabel"));
    statusBar()->addPermanentWidget(disclaimer);
}

Section MainWindow::currentSection() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 ? kSections.at(static_cast<std::size_t>(row)) : Section::Studies;
}

void MainWindow::setCurrentSection(Section section)
{
    const int index = sectionIndex(section);
    if (m_sidebar->currentRow() != index) {
        m_sidebar->setCurrentRow(index);
        return; // currentRowChanged calls back here
    }
    m_sectionActions.at(static_cast<std::size_t>(index))->setChecked(true);
    m_tables->setCurrentIndex(index);
    m_studyFilters->setVisible(section == Section::Studies);
    m_outcomeFilters->setVisible(section == Section::Outcomes);
    updateStatusCounts();
    showCurrentDetails();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: most of the screen, up to a size where the three panes are comfortable.
        const QSize available = screen()->availableGeometry().size();
        resize(QSize(1400, 860).boundedTo(available * 0.9));
    }
    restoreState(m_settings.windowState());
    m_mainSplitter->restoreState(m_settings.mainSplitterState());
    m_contentSplitter->restoreState(m_settings.contentSplitterState());
    for (Section section : kSections) {
        QHeaderView *header = tableView(section)->horizontalHeader();
        header->restoreState(m_settings.tableHeaderState(sectionIndex(section)));
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
    for (Section section : kSections) {
        m_settings.setTableHeaderState(sectionIndex(section),
                                       tableView(section)->horizontalHeader()->saveState());
    }
    m_settings.setCurrentSection(sectionIndex(currentSection()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Evidence Browser"),
        tr("<h3>Evidence Browser %1</h3>"
           "<p>A browser for the research on Cerebrolysin after stroke and traumatic brain "
           "injury: studies, outcome measures, results, mechanisms and the claims of a review "
           "article, each number with its source.</p>"
           "<p><b>Educational software, not medical advice.</b> It shows what studies report; "
           "it does not recommend any treatment.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::toggleFullScreen(bool on)
{
    if (on) {
        showFullScreen();
    } else {
        showNormal();
    }
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

QTableView *MainWindow::tableView() const
{
    return tableView(currentSection());
}

QTableView *MainWindow::tableView(Section section) const
{
    return m_tableViews.at(static_cast<std::size_t>(sectionIndex(section)));
}

RecordTableModelBase *MainWindow::model(Section section) const
{
    switch (section) {
    case Section::Studies:
        return m_studyModel;
    case Section::Outcomes:
        return m_outcomeModel;
    case Section::Mechanisms:
        return m_mechanismModel;
    case Section::Claims:
        return m_claimModel;
    case Section::Sources:
        return m_sourceModel;
    }
    return nullptr;
}

void MainWindow::reload()
{
    const QString title = m_catalogue.info(QStringLiteral("title"));
    setWindowFilePath(m_catalogue.path());
    setWindowTitle(title.isEmpty() ? tr("Evidence Browser")
                                   : tr("%1 — Evidence Browser").arg(title));
    fillFilters();
    m_searchHits.reset();
    if (!m_searchField->text().isEmpty()) {
        runSearch(); // refreshes the tables
    } else {
        refreshTables();
    }
}

void MainWindow::fillFilters()
{
    auto fill = [](QComboBox *combo, const QString &all, const QStringList &keys,
                   QString (*label)(const QString &)) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &key : keys) {
            combo->addItem(label(key), key);
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill(m_conditionFilter, tr("All conditions"),
         m_catalogue.distinctValues(catalogue::StudyColumn::Condition), &labels::condition);
    fill(m_designFilter, tr("All designs"),
         m_catalogue.distinctValues(catalogue::StudyColumn::Design), &labels::design);
    fill(m_speciesFilter, tr("All species"),
         m_catalogue.distinctValues(catalogue::StudyColumn::Species), &labels::species);
    // Outcome domains: those that occur, in the order of the catalogue's outcome list.
    QStringList domains;
    for (const catalogue::OutcomeMeasureRecord &outcome : m_catalogue.outcomes()) {
        if (!domains.contains(outcome.domain)) {
            domains.append(outcome.domain);
        }
    }
    domains.sort();
    fill(m_domainFilter, tr("All domains"), domains, &labels::domain);
}

void MainWindow::refreshTables()
{
    for (Section section : kSections) {
        refreshTable(section);
    }
    updateSidebarCounts();
    updateStatusCounts();
    showCurrentDetails();
    emit recordsFiltered();
}

namespace {

// Keeps the records whose id the search matched (all of them when there is no search).
template <typename Record> QList<Record> keepHits(QList<Record> records, const QSet<qint64> *hits)
{
    if (hits == nullptr) {
        return records;
    }
    records.removeIf([hits](const Record &record) { return !hits->contains(record.id); });
    return records;
}

} // namespace

void MainWindow::refreshTable(Section section)
{
    QTableView *view = tableView(section);
    RecordTableModelBase *tableModel = model(section);
    // Keep the selected record selected if it is still in the table.
    const QModelIndex current = view->currentIndex();
    const QString selectedSlug = current.isValid() ? tableModel->slugAt(current.row()) : QString();

    const QSet<qint64> *hits =
        m_searchHits ? &m_searchHits->at(static_cast<std::size_t>(sectionIndex(section))) : nullptr;
    switch (section) {
    case Section::Studies: {
        catalogue::StudyFilter filter;
        filter.condition = m_conditionFilter->currentData().toString();
        filter.design = m_designFilter->currentData().toString();
        filter.species = m_speciesFilter->currentData().toString();
        m_studyModel->setRecords(keepHits(m_catalogue.studies(filter), hits));
        break;
    }
    case Section::Outcomes: {
        catalogue::OutcomeFilter filter;
        filter.domain = m_domainFilter->currentData().toString();
        m_outcomeModel->setRecords(keepHits(m_catalogue.outcomes(filter), hits));
        break;
    }
    case Section::Mechanisms:
        m_mechanismModel->setRecords(keepHits(m_catalogue.mechanisms(), hits));
        break;
    case Section::Claims:
        m_claimModel->setRecords(keepHits(m_catalogue.claims(), hits));
        break;
    case Section::Sources:
        m_sourceModel->setRecords(keepHits(m_catalogue.sources(), hits));
        break;
    }

    int row = selectedSlug.isEmpty() ? -1 : tableModel->rowOfSlug(selectedSlug);
    if (row < 0 && tableModel->rowCount() > 0) {
        row = 0; // never leave the detail pane empty while the table has rows
    }
    if (row >= 0) {
        view->selectionModel()->setCurrentIndex(tableModel->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    }
    if (view->horizontalHeader()->sectionSize(0) ==
        view->horizontalHeader()->defaultSectionSize()) {
        view->resizeColumnsToContents();
    }
}

void MainWindow::updateSidebarCounts()
{
    for (Section section : kSections) {
        QListWidgetItem *item = m_sidebar->item(sectionIndex(section));
        item->setText(
            QStringLiteral("%1 (%2)").arg(sectionTitle(section)).arg(model(section)->rowCount()));
    }
    // Never narrower than its longest entry, in any font size or scale.
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() +
                               4 * m_sidebar->spacing() + 4);
}

void MainWindow::updateStatusCounts()
{
    if (m_countsLabel == nullptr) {
        return;
    }
    const catalogue::CatalogueCounts counts = m_catalogue.counts();
    const int shown = model(currentSection())->rowCount();
    int total = 0;
    QString kind;
    switch (currentSection()) {
    case Section::Studies:
        total = counts.studies;
        kind = tr("studies");
        break;
    case Section::Outcomes:
        total = counts.outcomes;
        kind = tr("outcome measures");
        break;
    case Section::Mechanisms:
        total = counts.mechanisms;
        kind = tr("mechanisms");
        break;
    case Section::Claims:
        total = counts.claims;
        kind = tr("claims");
        break;
    case Section::Sources:
        total = counts.sources;
        kind = tr("sources");
        break;
    }
    const QString catalogueText =
        tr("%1 studies · %2 results").arg(counts.studies).arg(counts.results);
    if (shown == total) {
        m_countsLabel->setText(catalogueText);
    } else {
        m_countsLabel->setText(
            tr("Showing %1 of %2 %3 · %4").arg(shown).arg(total).arg(kind, catalogueText));
    }
}

void MainWindow::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        m_searchHits.reset();
    } else {
        m_searchHits = searchHits(m_catalogue, text);
        if (!m_catalogue.lastError().isEmpty()) {
            statusBar()->showMessage(m_catalogue.lastError(), 5000);
        }
    }
    refreshTables();
}

void MainWindow::showCurrentDetails()
{
    if (m_detailView == nullptr) {
        return;
    }
    const Section section = currentSection();
    const QModelIndex current = tableView(section)->currentIndex();
    m_chartTitle.clear();
    m_chartResults.clear();
    m_chartDirty = true;
    if (!current.isValid()) {
        updateChart();
        m_detailView->setHtml(detail::messageHtml(
            sectionTitle(section), m_searchHits ? tr("Nothing matches the search and filters.")
                                                : tr("Select a row to see its details.")));
        return;
    }
    RecordPage page = recordPage(m_catalogue, section, model(section)->slugAt(current.row()));
    m_chartTitle = page.chartTitle;
    m_chartResults = std::move(page.chartResults);
    m_detailView->setHtml(page.html);
    updateChart();
}

void MainWindow::updateChart()
{
    // Charts are drawn only when their tab is shown: browsing with the details open stays as
    // fast as without charts.
    if (m_detailTabs == nullptr || m_detailTabs->currentWidget() != m_chartPane || !m_chartDirty) {
        return;
    }
    m_chartDirty = false;
    if (m_chartResults.isEmpty()) {
        m_chartPane->showMessage(
            m_chartTitle.isEmpty()
                ? tr("Charts are drawn for studies, outcome measures and claims with results.")
                : tr("%1 has no results in the catalogue.").arg(m_chartTitle));
        return;
    }
    m_chartPane->showResults(m_chartTitle, m_chartResults);
}

bool MainWindow::exportChart(const QString &file, QString *error)
{
    // The chart may never have been shown: draw it first.
    if (m_chartDirty) {
        m_chartDirty = false;
        if (m_chartResults.isEmpty()) {
            m_chartPane->showMessage(QString());
        } else {
            m_chartPane->showResults(m_chartTitle, m_chartResults);
        }
    }
    return m_chartPane->exportChart(file, m_chartTitle, error);
}

void MainWindow::exportChartInteractively()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString chosen;
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QStringLiteral("chart.png"),
        png + QStringLiteral(";;") + svg + QStringLiteral(";;") + pdf, &chosen);
    if (file.isEmpty()) {
        return;
    }
    if (!charts::exportFormatForPath(file)) {
        file += chosen == svg   ? QStringLiteral(".svg")
                : chosen == pdf ? QStringLiteral(".pdf")
                                : QStringLiteral(".png");
    }
    QString error;
    if (!exportChart(file, &error)) {
        QMessageBox::warning(this, tr("Export Chart"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)), 5000);
}

bool MainWindow::selectRecord(Section section, const QString &slug)
{
    setCurrentSection(section);
    const int row = model(section)->rowOfSlug(slug);
    if (row < 0) {
        return false;
    }
    QTableView *view = tableView(section);
    view->selectionModel()->setCurrentIndex(model(section)->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    view->scrollTo(view->currentIndex());
    showCurrentDetails();
    return true;
}

void MainWindow::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("eb")) {
        Section section = Section::Studies;
        const QString slug = url.path().mid(1);
        if (!sectionFromKey(url.host(), &section)) {
            return;
        }
        if (!selectRecord(section, slug)) {
            // The filters or the search hide it: clear them and try again.
            m_searchField->clear();
            for (QComboBox *combo :
                 {m_conditionFilter, m_designFilter, m_speciesFilter, m_domainFilter}) {
                combo->setCurrentIndex(0);
            }
            runSearch();
            selectRecord(section, slug);
        }
        return;
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::openCatalogue()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Catalogue"), QFileInfo(m_catalogue.path()).absolutePath(),
        tr("Catalogues (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    if (!openCatalogueFile(file, &error)) {
        QMessageBox::warning(this, tr("Open Catalogue"), error);
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(file)), 5000);
}

bool MainWindow::openCatalogueFile(const QString &file, QString *error)
{
    // Try the file on its own first, so that a bad file leaves the open catalogue in place.
    {
        catalogue::Catalogue probe;
        if (!probe.open(file, catalogue::OpenMode::ReadOnly)) {
            *error = probe.lastError();
            return false;
        }
    }
    const QString previous = m_catalogue.path();
    m_catalogue.close();
    bool opened = m_catalogue.open(file, catalogue::OpenMode::ReadOnly);
    if (!opened) {
        *error = m_catalogue.lastError();
        m_catalogue.open(previous, catalogue::OpenMode::ReadOnly);
    }
    reload();
    return opened;
}

void MainWindow::exportRecords()
{
    const QString csvFilter = tr("Table as CSV (*.csv)");
    const QString htmlFilter = tr("Details as HTML (*.html)");
    QString chosenFilter;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export"), sectionKey(currentSection()) + QStringLiteral("s.csv"),
        csvFilter + QStringLiteral(";;") + htmlFilter, &chosenFilter);
    if (file.isEmpty()) {
        return;
    }
    QString text;
    if (chosenFilter == htmlFilter || file.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        text = m_detailView->toHtml();
    } else {
        text = tableAsCsv(*model(currentSection()));
    }
    // QSaveFile: a failed write leaves no half-written file behind.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Cannot write %1:\n%2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)), 5000);
}

void MainWindow::copySelection()
{
    if (m_detailView->hasFocus() && m_detailView->textCursor().hasSelection()) {
        m_detailView->copy();
        return;
    }
    if (m_searchField->hasFocus() && m_searchField->hasSelectedText()) {
        m_searchField->copy();
        return;
    }
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    QApplication::clipboard()->setText(rowAsText(*current.model(), current.row()));
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace eb::gui

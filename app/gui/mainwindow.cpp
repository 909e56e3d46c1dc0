#include "gui/mainwindow.h"

#include "gui/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
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

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setWindowTitle(tr("Evidence Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/evidence-browser.svg")));
    // Small enough for a 1280x800 screen at 200% scaling less the panels, large enough that
    // the table and the detail pane both stay usable.
    setMinimumSize(620, 360);

    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                               tr("&Open Catalogue..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another catalogue file"));

    m_exportAction = new QAction(themeIcon("document-export", QStyle::SP_DialogSaveButton),
                                 tr("&Export..."), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export the table as CSV or the details as HTML"));

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
    m_copyAction->setStatusTip(tr("Copy the selection"));

    m_sectionGroup = new QActionGroup(this);
    m_sectionGroup->setExclusive(true);
    for (Section section : kSections) {
        const int index = sectionIndex(section);
        auto *action = new QAction(sectionTitle(section), this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        action->setData(index);
        m_sectionGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { setCurrentSection(section); });
        m_sectionActions.at(static_cast<std::size_t>(index)) = action;
    }

    m_fullScreenAction = new QAction(themeIcon("view-fullscreen", QStyle::SP_TitleBarMaxButton),
                                     tr("&Full Screen"), this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
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
    m_sidebar->setMinimumWidth(150);
    for (Section section : kSections) {
        auto *item = new QListWidgetItem(sectionTitle(section), m_sidebar);
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

    auto makeFilter = [](const QString &name, const QString &accessibleName) {
        auto *combo = new QComboBox;
        combo->setObjectName(name);
        combo->setAccessibleName(accessibleName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("All"));
        return combo;
    };
    m_conditionFilter = makeFilter(QStringLiteral("conditionFilter"), tr("Condition"));
    m_designFilter = makeFilter(QStringLiteral("designFilter"), tr("Design"));
    m_speciesFilter = makeFilter(QStringLiteral("speciesFilter"), tr("Species"));
    m_domainFilter = makeFilter(QStringLiteral("domainFilter"), tr("Outcome domain"));

    // Study filters and outcome filters sit in one row; only those of the current section show.
    auto addFilter = [](QHBoxLayout *row, const QString &label, QComboBox *combo) {
        auto *caption = new QLabel(label);
        caption->setBuddy(combo);
        row->addWidget(caption);
        row->addWidget(combo);
    };
    m_studyFilters = new QWidget;
    auto *studyRow = new QHBoxLayout(m_studyFilters);
    studyRow->setContentsMargins(0, 0, 0, 0);
    addFilter(studyRow, tr("&Condition:"), m_conditionFilter);
    addFilter(studyRow, tr("&Design:"), m_designFilter);
    addFilter(studyRow, tr("S&pecies:"), m_speciesFilter);
    m_outcomeFilters = new QWidget;
    auto *outcomeRow = new QHBoxLayout(m_outcomeFilters);
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    addFilter(outcomeRow, tr("D&omain:"), m_domainFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_studyFilters);
    filterRow->addWidget(m_outcomeFilters);
    filterRow->addStretch();

    m_tableView = new QTableView;
    m_tableView->setObjectName(QStringLiteral("recordTable"));
    m_tableView->setAccessibleName(tr("Records"));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setSortingEnabled(true);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setHighlightSections(false);

    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_searchField);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_tableView, 1);
    tablePane->setMinimumWidth(260);

    m_detailView = new QTextBrowser;
    m_detailView->setObjectName(QStringLiteral("detailView"));
    m_detailView->setAccessibleName(tr("Details"));
    // Links are opened by the window: web links in the browser, internal links in the window.
    m_detailView->setOpenLinks(false);
    m_detailView->setMinimumWidth(240);

    m_contentSplitter = new QSplitter(Qt::Horizontal);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->addWidget(tablePane);
    m_contentSplitter->addWidget(m_detailView);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({180, 1000});

    setCentralWidget(m_mainSplitter);

    // Tab goes sidebar -> search -> filters -> table -> details.
    setTabOrder(m_sidebar, m_searchField);
    setTabOrder(m_searchField, m_conditionFilter);
    setTabOrder(m_conditionFilter, m_designFilter);
    setTabOrder(m_designFilter, m_speciesFilter);
    setTabOrder(m_speciesFilter, m_domainFilter);
    setTabOrder(m_domainFilter, m_tableView);
    setTabOrder(m_tableView, m_detailView);
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
    m_studyFilters->setVisible(section == Section::Studies);
    m_outcomeFilters->setVisible(section == Section::Outcomes);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(1200, 760);
    }
    restoreState(m_settings.windowState());
    m_mainSplitter->restoreState(m_settings.mainSplitterState());
    m_contentSplitter->restoreState(m_settings.contentSplitterState());
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

void MainWindow::showUserGuide()
{
    // Filled in with the user guide.
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

} // namespace eb::gui

#include "gui/shell/mainwindow.h"

#include "catalogue/catalogue.h"
#include "gui/browse/recordbrowser.h"
#include "gui/browse/sectionspec.h"
#include "gui/chart/chartpane.h"
#include "gui/detail/detailhighlight.h"
#include "gui/detail/detailhtml.h"
#include "gui/detail/recordpage.h"
#include "gui/features/windowfeatures.h"
#include "gui/models/labels.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/settings.h"
#include "gui/shell/userguidedialog.h"
#include "gui/shell/windowactions.h"
#include "gui/shell/windowcontext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace eb::gui {

MainWindow::MainWindow(catalogue::Catalogue &catalogue, Settings &settings, QWidget *parent)
    : MainWindow(*new CatalogueSession(catalogue), settings, parent)
{
    m_session.setParent(this); // this window's own session
}

MainWindow::MainWindow(CatalogueSession &session, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_catalogue(session.catalogue()),
      m_settings(settings)
{
    connect(&m_session, &CatalogueSession::replaced, this, &MainWindow::reload);
    // A saved record: the views show what was committed, on the record that was selected.
    connect(&m_session, &CatalogueSession::recordsChanged, this, &MainWindow::refreshAfterWrite);
    setWindowTitle(tr("Evidence Browser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/evidence-browser.svg")));
    // No fixed minimum size: the panes' own minimums add up to the window's, so that no
    // widget is ever squeezed below what it needs (which would make them overlap).

    m_registry = new ActionRegistry(this);
    m_actions = new WindowActions(this, *m_registry);
    connectActions();
    createCentralWidget();
    m_registry->add(QStringLiteral("largerChartText"), m_chartPane->largerTextAction());
    m_registry->add(QStringLiteral("smallerChartText"), m_chartPane->smallerTextAction());
    m_actions->addMenus(this, {m_chartPane->largerTextAction(), m_chartPane->smallerTextAction()});
    m_actions->addToolBar(this);
    createStatusBar();
    // The first paint needs the shown table only: the others are filled after it (event()).
    showCatalogueTitle();
    m_browser->reloadShown();
    // Research, review, lecture: each adds its menus, actions and views through the context.
    m_context = new WindowContext(*this, m_session, m_settings, *m_registry);
    installWindowFeatures(*m_context);
    restoreLayout();
    for (Section section : kSections) {
        if (const auto setUp = sectionSpec(section).setUpTable) {
            setUp(tableView(section));
        }
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::openCatalogue);
    connect(m_actions->exportRecords, &QAction::triggered, this, &MainWindow::exportRecords);
    connect(m_actions->exportChart, &QAction::triggered, this,
            &MainWindow::exportChartInteractively);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(m_actions->copy, &QAction::triggered, this, &MainWindow::copySelection);
    for (Section section : kSections) {
        connect(m_actions->sections.at(static_cast<std::size_t>(sectionIndex(section))),
                &QAction::triggered, this, [this, section] { setCurrentSection(section); });
    }
    connect(m_actions->fullScreen, &QAction::toggled, this, &MainWindow::toggleFullScreen);
    connect(m_actions->userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
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
        auto *item =
            new QListWidgetItem(QIcon(sectionIconPath(section)), sectionTitle(section), m_sidebar);
        item->setData(Qt::UserRole, sectionIndex(section));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kSections.size())) {
            setCurrentSection(kSections.at(static_cast<std::size_t>(row)));
        }
    });

    m_browser = new RecordBrowser(m_catalogue);
    m_browser->setObjectName(QStringLiteral("recordBrowser"));
    connect(m_browser, &RecordBrowser::recordsFiltered, this, &MainWindow::recordsRefilled);
    connect(m_browser, &RecordBrowser::countsChanged, this, [this] {
        updateSidebarCounts();
        updateStatusCounts();
    });
    connect(m_browser, &RecordBrowser::currentRecordChanged, this, &MainWindow::showCurrentDetails);
    connect(m_browser, &RecordBrowser::sectionChanged, this, &MainWindow::setCurrentSection);
    m_actions->keepShortcutsIn(m_browser->searchField());
    connect(m_browser, &RecordBrowser::readFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    m_detailView = new DetailView;
    m_detailView->setObjectName(QStringLiteral("detailView"));
    m_detailView->setAccessibleName(tr("Details"));
    // Links are opened by the window: web links in the browser, internal links in the window.
    m_detailView->setOpenLinks(false);
    // (The view breaks lines between words only: see DetailView.)
    m_detailView->setMinimumWidth(200);
    connect(m_detailView, &QTextBrowser::anchorClicked, this, &MainWindow::followLink);
    // Added results stay on the chart beside the selected record's until removed.
    connect(m_detailView, &DetailView::addToChartRequested, this,
            [this](const catalogue::ResultRecord &result) {
                m_chartPane->addResult(result);
                m_detailTabs->setCurrentWidget(m_chartPane);
            });

    m_contentSplitter = new QSplitter(Qt::Horizontal);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->setChildrenCollapsible(false);
    m_contentSplitter->addWidget(m_browser);
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
    m_contentSplitter->setSizes({600, 520}); // the table's key columns fit at 1280x800

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({170, 1030});

    // Banners (features/, WindowContext::addBanner) sit above the panes.
    auto *central = new QWidget;
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    m_centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    // Tab goes sidebar -> search -> filters -> table -> details.
    QWidget *previous = m_sidebar;
    for (QWidget *next : m_browser->focusChain()) {
        setTabOrder(previous, next);
        previous = next;
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
    m_actions->sections.at(static_cast<std::size_t>(index))->setChecked(true);
    {
        const QScopedValueRollback hold(m_detailsHeld, true);
        const bool outOfDate = !m_browser->isFilled(section);
        m_browser->setCurrentSection(section); // reads its table if a write left it out of date
        if (outOfDate) {
            recordsRefilled();
        }
    }
    updateStatusCounts();
    showCurrentDetails();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_context != nullptr && !m_context->mayClose()) {
        event->ignore(); // a feature keeps the window open (an unsaved deck, cancelled)
        return;
    }
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
    searchField()->setFocus(Qt::ShortcutFocusReason);
    searchField()->selectAll();
}

QLineEdit *MainWindow::searchField() const
{
    return m_browser->searchField();
}

QComboBox *MainWindow::conditionFilter() const
{
    return m_browser->filterBox(QStringLiteral("condition"));
}

QComboBox *MainWindow::designFilter() const
{
    return m_browser->filterBox(QStringLiteral("design"));
}

QComboBox *MainWindow::speciesFilter() const
{
    return m_browser->filterBox(QStringLiteral("species"));
}

QComboBox *MainWindow::domainFilter() const
{
    return m_browser->filterBox(QStringLiteral("domain"));
}

QTableView *MainWindow::tableView() const
{
    return tableView(currentSection());
}

QTableView *MainWindow::tableView(Section section) const
{
    return m_browser->tableView(section);
}

RecordTableModelBase *MainWindow::model(Section section) const
{
    return m_browser->model(section);
}

void MainWindow::reload()
{
    showCatalogueTitle();
    m_browser->reload();
}

void MainWindow::showCatalogueTitle()
{
    const QString title = m_catalogue.info(QStringLiteral("title"));
    setWindowFilePath(m_catalogue.path());
    setWindowTitle(title.isEmpty() ? tr("Evidence Browser")
                                   : tr("%1 — Evidence Browser").arg(title));
}

void MainWindow::recordsRefilled()
{
    updateSidebarCounts();
    updateStatusCounts();
    showCurrentDetails();
    emit recordsFiltered();
}

// A saved record or an import: the shown table, the counts and the detail page (once) read
// now, a hidden table when shown (RecordBrowser::reloadShown); reading every table and laying
// the page out three times froze the window for seconds after a large import.
void MainWindow::refreshAfterWrite()
{
    const Section section = currentSection();
    const QString slug = m_browser->currentSlug();
    {
        const QScopedValueRollback hold(m_detailsHeld, true);
        const QString title = m_catalogue.info(QStringLiteral("title"));
        setWindowTitle(title.isEmpty() ? tr("Evidence Browser")
                                       : tr("%1 — Evidence Browser").arg(title));
        m_browser->reloadShown();
        if (!slug.isEmpty()) {
            m_browser->selectRecord(section, slug);
        }
    }
    showCurrentDetails();
}

void MainWindow::updateSidebarCounts()
{
    // A table that waits to be read (at the start, or after a write) has no search or filter:
    // it counts the whole kind, from one count of the catalogue.
    std::optional<catalogue::CatalogueCounts> counts;
    for (Section section : kSections) {
        QString rows;
        if (m_browser->isFilled(section)) {
            const RecordTableModelBase *m = model(section); // filled: model() reads nothing
            rows = labels::rowCount(m->totalRows(), m->totalIsExact());
        } else {
            if (!counts) {
                counts = m_catalogue.counts();
            }
            rows = labels::rowCount((*counts).*sectionSpec(section).total, true);
        }
        QListWidgetItem *item = m_sidebar->item(sectionIndex(section));
        item->setText(QStringLiteral("%1 (%2)").arg(sectionTitle(section), rows));
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
    const SectionSpec &spec = sectionSpec(currentSection());
    const int shown = model(currentSection())->totalRows();
    const bool exact = model(currentSection())->totalIsExact();
    const int total = counts.*spec.total;
    const QString kind = sectionText(spec.countNoun);
    const QString results = tr("%1 results").arg(counts.results);
    if (shown == total && exact) {
        m_countsLabel->setText(tr("%1 studies · %2").arg(counts.studies).arg(results));
    } else if (spec.total == &catalogue::CatalogueCounts::studies) {
        // Each count once: "17 studies" is already in "Showing 7 of 17 studies".
        m_countsLabel->setText(tr("Showing %1 of %2 %3 · %4")
                                   .arg(labels::rowCount(shown, exact))
                                   .arg(total)
                                   .arg(kind, results));
    } else {
        m_countsLabel->setText(tr("Showing %1 of %2 %3 · %4 studies · %5")
                                   .arg(labels::rowCount(shown, exact))
                                   .arg(total)
                                   .arg(kind)
                                   .arg(counts.studies)
                                   .arg(results));
    }
}

void MainWindow::showCurrentDetails()
{
    if (m_detailView == nullptr || m_detailsWaiting || m_detailsHeld) {
        return;
    }
    const Section section = currentSection();
    const QString slug = m_browser->currentSlug();
    m_chartTitle.clear();
    m_chartResults.clear();
    m_chartDirty = true;
    if (slug.isEmpty()) {
        updateChart();
        m_detailView->setHtml(detail::messageHtml(
            sectionTitle(section), m_browser->searchActive()
                                       ? tr("Nothing matches the search and filters.")
                                       : tr("Select a row to see its details.")));
        return;
    }
    const QString record = QString::fromLatin1(sectionSpec(section).key) + QLatin1Char('/') + slug;
    if (record != m_allResultsOf) {
        m_allResultsOf.clear(); // another record: its first rows again
    }
    RecordPage page =
        recordPage(m_catalogue, section, slug,
                   record == m_allResultsOf ? detail::kAllResults : detail::kResultRowsShown);
    m_chartTitle = page.chartTitle;
    m_chartResults = std::move(page.chartResults);
    m_detailView->setResults(m_chartResults);
    // The search's words marked as in the table.
    m_detailView->setHtml(detail::highlightTerms(page.html, m_browser->searchTerms()));
    updateChart();
}

void MainWindow::updateChart()
{
    // Charts are drawn only when their tab is shown: browsing with the details open stays as
    // fast as without charts.
    if (m_detailTabs == nullptr || m_detailTabs->currentWidget() != m_chartPane) {
        return;
    }
    fillWaitingDetails(); // which draws the chart when it was waiting
    if (!m_chartDirty) {
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

void MainWindow::addBanner(QWidget *banner)
{
    m_centralLayout->insertWidget(m_centralLayout->count() - 1, banner);
}

bool MainWindow::selectRecord(Section section, const QString &slug)
{
    setCurrentSection(section);
    if (!m_browser->selectRecord(section, slug)) {
        return false;
    }
    showCurrentDetails();
    return true;
}

void MainWindow::followLink(const QUrl &url)
{
    if (url == QUrl(QString::fromLatin1(detail::kAllResultsLink))) {
        const Section section = currentSection();
        m_allResultsOf = QString::fromLatin1(sectionSpec(section).key) + QLatin1Char('/') +
                         m_browser->currentSlug();
        showCurrentDetails();
        return;
    }
    if (url.scheme() == QLatin1String("eb")) {
        Section section = Section::Studies;
        const QString slug = url.path().mid(1);
        if (!sectionFromKey(url.host(), &section)) {
            return;
        }
        if (!selectRecord(section, slug)) {
            // The filters or the search hide it: clear them and try again.
            m_browser->clearSearchAndFilters();
            selectRecord(section, slug);
        }
        return;
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        m_detailView->openExternal(url); // says in the pane when no browser opens it
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
    return m_session.switchTo(file, error); // replaced() reloads the window
}

void MainWindow::showUserGuide()
{
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace eb::gui

#include "gui/browse/recordbrowser.h"

#include "catalogue/catalogue.h"
#include "gui/browse/filterbar.h"
#include "gui/browse/searchhighlightdelegate.h"
#include "gui/browse/searchsuggestions.h"
#include "gui/browse/tablecolumns.h"
#include "gui/detail/detailhighlight.h"
#include "gui/models/labels.h"
#include "gui/models/recordtablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>
#include <memory>

namespace eb::gui {
namespace {

// How long the search field waits after the last keystroke before it searches: long enough
// not to search on every letter of a fast typist, short enough to feel immediate.
constexpr int kSearchDelayMs = 200;

// A filter row is laid out in this many equal columns, so that the boxes of a section with
// fewer filters are as wide as those of the section with the most.
constexpr int kFilterColumns = 3;

// The filters say what they filter in their first entry ("All conditions") rather than in a
// caption beside them: the row then fits a narrow pane (a small screen at 200%).
QComboBox *makeFilterBox(const FilterSpec &filter)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(filter.key) + QStringLiteral("Filter"));
    combo->setAccessibleName(sectionText(filter.name));
    combo->setToolTip(sectionText(filter.name));
    // The popup shows long labels in full; the closed box may elide them rather than push the
    // table pane wider than a small screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

} // namespace

RecordBrowser::RecordBrowser(const catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue)
{
    m_searchField = new QLineEdit;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search studies, outcomes, mechanisms, claims..."));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RecordBrowser::searchInSteps);

    // Esc in the search field empties it (and then the filters): only there, so that Esc
    // still closes menus and dialogs elsewhere.
    m_escape = new QAction(tr("Clear Search"), m_searchField);
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setShortcutContext(Qt::WidgetShortcut);
    connect(m_escape, &QAction::triggered, this, &RecordBrowser::clearSearchOrFilters);
    m_searchField->addAction(m_escape);

    m_highlight = new SearchHighlightDelegate(this);
    m_filterBar = new FilterBar;
    connect(m_filterBar, &FilterBar::clearRequested, this, &RecordBrowser::clearSearchAndFilters);
    connect(m_filterBar, &FilterBar::searchRequested, this, [this](const QString &text) {
        m_searchField->setText(text);
        runSearch();
    });

    // The filters of every section sit in one row; only those of the shown section show.
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    m_tables = new QStackedWidget;
    for (Section section : kSections) {
        SectionViews &sectionViews = m_views.at(static_cast<std::size_t>(sectionIndex(section)));
        sectionViews.model = sectionSpec(section).createModel(this);
        // A search's hits counted after its first page: the counts shown follow.
        sectionViews.model->setTotalChangedHandler([this] {
            updateFilterBar();
            emit countsChanged();
        });
        sectionViews.view = createTable(section, sectionViews.model);
        m_tables->addWidget(sectionViews.view);
        if (QWidget *row = createFilterRow(section, sectionViews)) {
            filterRow->addWidget(row, 1);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchField);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tables, 1);
    setMinimumWidth(220);
}

QTableView *RecordBrowser::createTable(Section section, RecordTableModelBase *model)
{
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
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    // Rows are one line each (no word wrap): one height for all, set from the first row when
    // the table is filled (refreshTable). ResizeToContents measured every row on each layout,
    // which a table of 100,000 rows cannot afford.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(true);
    view->setModel(model);
    view->setItemDelegate(m_highlight);
    installColumnChooser(view);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    if (const int width = sectionSpec(section).firstColumnWidth; width > 0) {
        view->setColumnWidth(0, width);
    }
    // Arrow keys and clicks both move the current row; the details follow it.
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, section] {
        if (section == m_current) {
            emit currentRecordChanged();
        }
    });
    return view;
}

QWidget *RecordBrowser::createFilterRow(Section section, SectionViews &sectionViews)
{
    const QList<FilterSpec> &filters = sectionSpec(section).filters;
    if (filters.isEmpty()) {
        return nullptr;
    }
    sectionViews.filterRow = new QWidget;
    auto *row = new QHBoxLayout(sectionViews.filterRow);
    row->setContentsMargins(0, 0, 0, 0);
    for (const FilterSpec &filter : filters) {
        QComboBox *combo = makeFilterBox(filter);
        connect(combo, &QComboBox::activated, this, &RecordBrowser::refreshTables);
        row->addWidget(combo, 1);
        sectionViews.filters.append(combo);
    }
    if (filters.size() < kFilterColumns) {
        row->addStretch(kFilterColumns - static_cast<int>(filters.size()));
    }
    sectionViews.filterRow->setVisible(section == m_current);
    return sectionViews.filterRow;
}

const RecordBrowser::SectionViews &RecordBrowser::views(Section section) const
{
    return m_views.at(static_cast<std::size_t>(sectionIndex(section)));
}

RecordBrowser::SectionViews &RecordBrowser::views(Section section)
{
    return m_views.at(static_cast<std::size_t>(sectionIndex(section)));
}

void RecordBrowser::fitColumnsWhenShown(Section section)
{
    views(section).fitPending = true;
    fitPendingColumns();
}

void RecordBrowser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPendingColumns();
}

void RecordBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the window's layout has given the panes their sizes.
    QTimer::singleShot(0, this, &RecordBrowser::fitPendingColumns);
}

void RecordBrowser::fitPendingColumns()
{
    if (!isVisible() || m_tables->width() <= 0) {
        return;
    }
    for (SectionViews &sectionViews : m_views) {
        if (sectionViews.fitPending && !sectionViews.fillLater) { // fitted to its rows
            sectionViews.fitPending = false;
            sectionViews.view->resize(m_tables->size()); // hidden pages have the shown one's size
            fitKeyColumns(sectionViews.view);
        }
    }
}

QTableView *RecordBrowser::tableView(Section section) const
{
    return views(section).view;
}

RecordTableModelBase *RecordBrowser::model(Section section) const
{
    fillIfLeft(section);
    return views(section).model;
}

QComboBox *RecordBrowser::filterBox(const QString &key) const
{
    for (const SectionViews &sectionViews : m_views) {
        for (QComboBox *combo : sectionViews.filters) {
            if (combo->objectName() == key + QStringLiteral("Filter")) {
                return combo;
            }
        }
    }
    return nullptr;
}

QList<QWidget *> RecordBrowser::focusChain() const
{
    QList<QWidget *> chain{m_searchField};
    for (const SectionViews &sectionViews : m_views) {
        for (QComboBox *combo : sectionViews.filters) {
            chain.append(combo);
        }
    }
    // The tables are chained one after another; only the visible one takes the focus.
    for (const SectionViews &sectionViews : m_views) {
        chain.append(sectionViews.view);
    }
    return chain;
}

void RecordBrowser::setCurrentSection(Section section)
{
    fillIfLeft(section);
    m_current = section;
    m_tables->setCurrentIndex(sectionIndex(section));
    for (Section other : kSections) {
        if (QWidget *row = views(other).filterRow) {
            row->setVisible(other == section);
        }
    }
    updateFilterBar();
}

QString RecordBrowser::currentSlug() const
{
    const QModelIndex current = tableView(m_current)->currentIndex();
    return current.isValid() ? model(m_current)->slugAt(current.row()) : QString();
}

bool RecordBrowser::selectRecord(Section section, const QString &slug)
{
    RecordTableModelBase *tableModel = model(section); // reads it if it waits
    const int row = tableModel->rowOfSlug(slug);
    if (row < 0) {
        return false;
    }
    QTableView *view = tableView(section);
    view->selectionModel()->setCurrentIndex(
        tableModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(view->currentIndex());
    return true;
}

void RecordBrowser::reload()
{
    fillFilters();
    runSearch();
}

void RecordBrowser::reloadShown()
{
    if (m_searchField->text().trimmed() != m_activeText) {
        reload(); // a new search text pending: every table searches it, as typing would
        return;
    }
    m_searchTimer->stop();
    ++m_searchGeneration; // a search in steps still running stops
    fillFilters();
    for (Section section : kSections) {
        bool filtered = !m_activeText.isEmpty();
        for (const QComboBox *box : std::as_const(views(section).filters)) {
            filtered = filtered || !box->currentData().toString().isEmpty();
        }
        if (section == m_current || filtered) {
            refreshTable(section); // what it shows and counts needs its query
        } else {
            views(section).fillLater = true;
        }
    }
    updateFilterBar();
    emit recordsFiltered();
}

void RecordBrowser::fillFilters()
{
    for (Section section : kSections) {
        const QList<FilterSpec> &filters = sectionSpec(section).filters;
        const QList<QComboBox *> &boxes = views(section).filters;
        for (qsizetype i = 0; i < filters.size(); ++i) {
            const FilterSpec &filter = filters.at(i);
            QComboBox *combo = boxes.at(i);
            const QString current = combo->currentData().toString();
            combo->clear();
            combo->addItem(sectionText(filter.allText), QString());
            for (const QString &key : filter.keys(m_catalogue)) {
                combo->addItem(filter.label(key), key);
            }
            const int index = combo->findData(current);
            combo->setCurrentIndex(index >= 0 ? index : 0);
        }
        fitFilterRow(section);
    }
}

void RecordBrowser::fitFilterRow(Section section)
{
    // Each box gets width in proportion to the text it shows: a chosen "Traumatic brain
    // injury" is shown whole beside "All species".
    const QList<QComboBox *> &boxes = views(section).filters;
    auto *row = views(section).filterRow
                    ? qobject_cast<QHBoxLayout *>(views(section).filterRow->layout())
                    : nullptr;
    if (row == nullptr || boxes.isEmpty()) {
        return;
    }
    int total = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const int width =
            qMax(1, boxes.at(i)->fontMetrics().horizontalAdvance(boxes.at(i)->currentText()));
        row->setStretch(static_cast<int>(i), width);
        total += width;
    }
    if (row->count() > boxes.size()) { // the spacer of a row with fewer boxes
        row->setStretch(row->count() - 1, (kFilterColumns - static_cast<int>(boxes.size())) *
                                              total / static_cast<int>(boxes.size()));
    }
}

void RecordBrowser::searchInSteps()
{
    // One section per turn of the event loop: a key typed meanwhile restarts the pause timer,
    // and the rest of this search is dropped for the next one (typing on cancels it).
    const QString text = m_searchField->text().trimmed();
    const bool newText = text != m_activeText;
    setSearchText(text);
    const quint64 generation = ++m_searchGeneration;
    using Step = std::function<void(std::size_t)>;
    auto step = std::make_shared<Step>();
    // The step holds itself weakly; each scheduled call holds it until it has run.
    *step = [this, generation, newText, weak = std::weak_ptr<Step>(step)](std::size_t index) {
        if (generation != m_searchGeneration || m_searchTimer->isActive()) {
            return; // cancelled by typing or by a search that ran at once
        }
        refreshTable(kSections.at(index));
        if (index + 1 < kSections.size()) {
            QTimer::singleShot(0, this, [next = weak.lock(), index] { (*next)(index + 1); });
            return;
        }
        if (newText) {
            jumpToBestHit();
        }
        updateFilterBar();
        emit recordsFiltered();
    };
    (*step)(0);
}

QStringList RecordBrowser::searchTerms() const
{
    return m_highlight->terms();
}

void RecordBrowser::setSearchText(const QString &text)
{
    m_activeText = text;
    // The words that the tables and the detail pane mark, by the one rule.
    m_highlight->setTerms(detail::highlightTermsFromSearch(text));
    for (const SectionViews &sectionViews : m_views) {
        sectionViews.view->viewport()->update();
    }
}

void RecordBrowser::runSearch()
{
    m_searchTimer->stop();
    ++m_searchGeneration; // a search in steps still running stops
    const QString text = m_searchField->text().trimmed();
    const bool newText = text != m_activeText;
    setSearchText(text);
    if (newText) {
        refreshTablesThenJump();
    } else {
        refreshTables();
    }
}

void RecordBrowser::refreshTablesThenJump()
{
    for (Section section : kSections) {
        refreshTable(section);
    }
    jumpToBestHit();
    updateFilterBar();
    emit recordsFiltered();
}

void RecordBrowser::jumpToBestHit()
{
    // Only when the section has no hit at all: hits that its filters hide stay, and the
    // filter bar says that they are hidden.
    if (m_activeText.isEmpty() || model(m_current)->rowCount() > 0 ||
        !m_catalogue.searchIds(sectionSpec(m_current).hitKind, m_activeText).isEmpty()) {
        return;
    }
    // The index ranks the hits of every kind together: the first one that a table shows (its
    // section's filters may hide it) decides.
    for (const catalogue::SearchHit &hit : m_catalogue.search(m_activeText, 50)) {
        for (Section section : kSections) {
            if (sectionSpec(section).hitKind == hit.kind &&
                model(section)->rowOfSlug(hit.slug) >= 0) {
                setCurrentSection(section);
                emit sectionChanged(section);
                selectRecord(section, hit.slug);
                return;
            }
        }
    }
    for (Section section : kSections) {
        if (model(section)->rowCount() > 0) {
            setCurrentSection(section);
            emit sectionChanged(section);
            return;
        }
    }
}

void RecordBrowser::clearSearchOrFilters()
{
    if (!m_searchField->text().isEmpty()) {
        m_searchField->clear();
        runSearch();
        return;
    }
    clearSearchAndFilters();
}

QStringList RecordBrowser::hidingReasons() const
{
    QStringList reasons;
    if (!m_activeText.isEmpty()) {
        reasons << tr("Search: “%1”").arg(m_activeText);
    }
    const SectionSpec &spec = sectionSpec(m_current);
    const QList<QComboBox *> &boxes = views(m_current).filters;
    for (qsizetype i = 0; i < spec.filters.size(); ++i) {
        if (!boxes.at(i)->currentData().toString().isEmpty()) {
            reasons << tr("%1: %2").arg(sectionText(spec.filters.at(i).name),
                                        boxes.at(i)->currentText());
        }
    }
    return reasons;
}

void RecordBrowser::updateFilterBar()
{
    if (m_filterBar == nullptr) {
        return;
    }
    bool anyHit = false;
    for (const SectionViews &sectionViews : m_views) { // none is left for later with a search
        anyHit = anyHit || sectionViews.model->rowCount() > 0;
    }
    // Filters may hide every hit: then the bar says what hides them, not that none exist.
    if (!m_activeText.isEmpty() && !anyHit && m_catalogue.search(m_activeText, 1).isEmpty()) {
        m_filterBar->showNoHits(m_activeText, suggestSearches(m_catalogue, m_activeText));
        return;
    }
    fitFilterRow(m_current);
    const SectionSpec &spec = sectionSpec(m_current);
    const QStringList reasons = hidingReasons();
    const int shown = model(m_current)->totalRows();
    const bool exact = model(m_current)->totalIsExact();
    QString note;
    if (!m_activeText.isEmpty() && reasons.size() > 1 && exact) {
        // The search's hits in this section that the filters hide.
        const auto matches = m_catalogue.searchIds(spec.hitKind, m_activeText).size();
        if (const int hidden = static_cast<int>(matches) - shown; hidden > 0) {
            note = hidden == 1 ? tr("1 match hidden by the filters")
                               : tr("%1 matches hidden by the filters").arg(hidden);
        }
    }
    m_filterBar->showHiding(reasons, labels::rowCount(shown, exact),
                            m_catalogue.counts().*spec.total, sectionText(spec.countNoun), note);
}

void RecordBrowser::clearSearchAndFilters()
{
    m_searchField->clear();
    for (const SectionViews &sectionViews : m_views) {
        for (QComboBox *combo : sectionViews.filters) {
            combo->setCurrentIndex(0);
        }
    }
    runSearch();
}

void RecordBrowser::refreshTables()
{
    for (Section section : kSections) {
        refreshTable(section);
    }
    updateFilterBar();
    emit recordsFiltered();
}

void RecordBrowser::refreshTable(Section section)
{
    const SectionSpec &spec = sectionSpec(section);
    SectionViews &sectionViews = views(section);
    sectionViews.fillLater = false;
    QTableView *view = sectionViews.view;
    RecordTableModelBase *tableModel = sectionViews.model;
    // Keep the selected record selected if it is still in the table.
    const QModelIndex current = view->currentIndex();
    const QString selectedSlug = current.isValid() ? tableModel->slugAt(current.row()) : QString();

    RecordQuery query;
    query.text = m_activeText;
    for (qsizetype i = 0; i < spec.filters.size(); ++i) {
        query.filters.insert(QString::fromLatin1(spec.filters.at(i).key),
                             sectionViews.filters.at(i)->currentData().toString());
    }
    spec.load(m_catalogue, query, *tableModel);
    if (!m_catalogue.lastError().isEmpty()) {
        emit readFailed(m_catalogue.lastError());
    }
    if (spec.refilled) {
        spec.refilled(*tableModel, [this](const QString &key) { return filterBox(key); });
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
    if (tableModel->rowCount() > 0) {
        // Public in QAbstractItemView (QTableView's override is protected).
        const int rowHeight = static_cast<QAbstractItemView *>(view)->sizeHintForRow(0);
        if (rowHeight > 0 && rowHeight != view->verticalHeader()->defaultSectionSize()) {
            view->verticalHeader()->setDefaultSectionSize(rowHeight);
        }
    }
    if (view->horizontalHeader()->sectionSize(0) ==
        view->horizontalHeader()->defaultSectionSize()) {
        view->resizeColumnsToContents();
    }
}

} // namespace eb::gui

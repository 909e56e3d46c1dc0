#pragma once

#include "gui/browse/section.h"
#include "gui/browse/sectionspec.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <array>

class QAction;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

namespace eb::gui {

class FilterBar;
class RecordTableModelBase;
class SearchHighlightDelegate;

// The record tables with their search field and filters: one table and model per section
// (each keeps its own selection, sort and column widths), the filter row of the section shown,
// and a search that waits for a pause in typing. Records are read through the SectionSpecs,
// filtered by the catalogue in SQL; this widget never sees the detail pane or the sidebar.
class RecordBrowser : public QWidget
{
    Q_OBJECT

public:
    // Reads `catalogue` (which must outlive it) when reload() is called.
    explicit RecordBrowser(const catalogue::Catalogue &catalogue, QWidget *parent = nullptr);

    Section currentSection() const { return m_current; }
    void setCurrentSection(Section section); // shows its table and filters

    QLineEdit *searchField() const { return m_searchField; }
    QTableView *tableView(Section section) const;
    // The section's model, filled first if reloadShown() left it for later.
    RecordTableModelBase *model(Section section) const;
    QComboBox *filterBox(const QString &key) const; // FilterSpec::key, e.g. "condition"
    // The bar above the table that says what hides rows, with its "Clear filters" button.
    FilterBar *filterBar() const { return m_filterBar; }
    // Marks the searched words in every table.
    SearchHighlightDelegate *highlightDelegate() const { return m_highlight; }
    // The words of the search shown (empty without one): what the detail pane is to mark.
    QStringList searchTerms() const;
    // The widgets in Tab order: search field, filters, tables (hidden ones take no focus).
    QList<QWidget *> focusChain() const;

    // The slug of the current row of the shown table; empty when it has no current row.
    QString currentSlug() const;
    // Makes the record the current row of its section's table; false if it has no such row.
    bool selectRecord(Section section, const QString &slug);
    // True when the tables show the hits of a search text.
    bool searchActive() const { return !m_activeText.isEmpty(); }

    // Fits the section's key columns to its table once it has its width (a first start, with
    // no column widths remembered).
    void fitColumnsWhenShown(Section section);

    // Reads the filter values anew and refills every table (after the catalogue changed).
    void reload();
    // As reload(), but reads only the shown table (and any with a search or filter) now; the
    // others wait to be read until shown, until model() asks for them, or fillLaterSections()
    // (the window's start, where only the shown table is needed for the first paint; and after
    // a write, so that a large import costs the window one table's first page, not every table).
    void reloadShown();
    void fillLaterSections();
    // False while a table waits to be read (see reloadShown()).
    bool isFilled(Section section) const { return !views(section).fillLater; }
    // Searches for the field's text now (typing searches after a short pause).
    void runSearch();
    // Empties the search field, sets every filter to "all" and refills the tables.
    void clearSearchAndFilters();
    // Esc in the search field: empties it; when it is empty already, clears the filters.
    void clearSearchOrFilters();

signals:
    // The tables were refilled for a new search text, filter or catalogue.
    void recordsFiltered();
    // The current row of the shown table moved (click, arrow key, refill).
    void currentRecordChanged();
    // A read failed; the message is translated and names what failed.
    void readFailed(const QString &message);
    // A search moved to another section: the current one had no hit, this one has the best.
    void sectionChanged(eb::gui::Section section);
    // A table's count became known after its first page (RecordTableModelBase::totalIsExact).
    void countsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct SectionViews
    {
        RecordTableModelBase *model = nullptr;
        QTableView *view = nullptr;
        QWidget *filterRow = nullptr; // null for a section without filters
        QList<QComboBox *> filters;   // by SectionSpec::filters
        bool fitPending = false;      // fitColumnsWhenShown() waits for a width
        bool fillLater = false;       // reloadShown() left it to be read
    };

    QTableView *createTable(Section section, RecordTableModelBase *model);
    QWidget *createFilterRow(Section section, SectionViews &views);
    const SectionViews &views(Section section) const;
    SectionViews &views(Section section);
    void fitPendingColumns();
    void fillFilters();
    void fitFilterRow(Section section);
    void refreshTables();
    void refreshTablesThenJump();
    void searchInSteps(); // after a pause in typing
    void setSearchText(const QString &text);
    void refreshTable(Section section);
    void fillIfLeft(Section section) const;
    // After a new search text: when the shown section has no hit, shows the one with the best.
    void jumpToBestHit();
    void updateFilterBar();
    QStringList hidingReasons() const;

    const catalogue::Catalogue &m_catalogue;
    std::array<SectionViews, kSections.size()> m_views;
    Section m_current = Section::Studies;
    QString m_activeText; // the text the tables were last searched for
    QLineEdit *m_searchField = nullptr;
    QTimer *m_searchTimer = nullptr;
    quint64 m_searchGeneration = 0; // a search in steps goes on while this is unchanged
    QAction *m_escape = nullptr;
    FilterBar *m_filterBar = nullptr;
    SearchHighlightDelegate *m_highlight = nullptr;
    QStackedWidget *m_tables = nullptr;
};

} // namespace eb::gui

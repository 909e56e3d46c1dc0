#pragma once

#include "gui/browse/section.h"
#include "gui/detail/recordpage.h"
#include "model/records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QComboBox;
class QObject;
class QTableView;

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

// The table that drives the window: one SectionSpec per sidebar entry says which model shows
// its records, how they are read from the catalogue, which filters sit above the table, which
// search-index kind it is, and how a record's page is drawn. The window, the record browser
// and the record pages loop over the specs; none of them switches over Section.
namespace eb::gui {

class RecordTableModelBase;

// One filter box above a section's table.
struct FilterSpec
{
    const char *key;     // "condition": the box is named key + "Filter" ("conditionFilter")
    const char *name;    // translatable: accessible name and tool tip ("Condition")
    const char *allText; // translatable: the first entry, which turns the filter off
    QStringList (*keys)(const catalogue::Catalogue &catalogue); // the values that occur
    QString (*label)(const QString &key);                       // a value's translated label
};

// What a section's table is to show: the search text and the value of each of its filters.
struct RecordQuery
{
    QString text;                    // trimmed; empty: no search
    QHash<QString, QString> filters; // FilterSpec::key -> value; empty or absent: any
};

struct SectionSpec
{
    Section section;
    const char *key;       // "study": command line, links (eb://study/SLUG), icon, settings
    const char *title;     // translatable sidebar title ("Outcome measures")
    const char *countNoun; // translatable, for the status bar ("Showing 3 of 17 studies")
    int catalogue::CatalogueCounts::*total; // how many the catalogue holds
    catalogue::SearchHit::Kind hitKind;     // its documents in the search index
    int firstColumnWidth;                   // pixels; 0: as wide as the contents
    RecordTableModelBase *(*createModel)(QObject *parent);
    // Fills `model` (made by createModel) with the records the query selects, filtered in
    // SQL; on failure the model is empty and catalogue.lastError() says why.
    void (*load)(const catalogue::Catalogue &catalogue, const RecordQuery &query,
                 RecordTableModelBase &model);
    // The record's detail page and chart data; html stays empty when there is no such record.
    // shownRows: how many result rows the page lists (detail::kAllResults: every one).
    RecordPage (*page)(const catalogue::Catalogue &catalogue, const QString &slug, int shownRows);
    QList<FilterSpec> filters; // in the order they sit above the table
    // The ids of the sources behind the record (what its citations cite), in the order the
    // record names them; may repeat an id.
    QList<qint64> (*sourceIds)(const catalogue::Catalogue &catalogue, const QString &slug);
    // Optional (nullptr: nothing to do). Sets up the section's table once its header's saved
    // state is restored.
    void (*setUpTable)(QTableView *view);
    // Optional. After the model was refilled: writes what it counted into its filter boxes
    // (found by FilterSpec::key).
    void (*refilled)(const RecordTableModelBase &model,
                     const std::function<QComboBox *(const QString &key)> &filterBox);
};

const SectionSpec &sectionSpec(Section section);

// Translates a string marked in the spec table (context "eb::gui::Section").
QString sectionText(const char *text);

} // namespace eb::gui

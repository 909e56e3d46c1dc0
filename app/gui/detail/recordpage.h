#pragma once

#include "gui/browse/section.h"
#include "gui/detail/detailhtml.h"
#include "model/records.h"

#include <QList>
#include <QSet>
#include <QString>
#include <array>

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

// What the window shows for a record, read from the catalogue: kept apart from the widgets so
// that the main window only arranges and connects them.
namespace eb::gui {

struct RecordPage
{
    bool found = false;
    QString html;       // the detail pane
    QString chartTitle; // the Chart tab: what its results belong to ("CAPTAIN II")
    QList<catalogue::ResultRecord> chartResults;
};

// The page of the record `slug` of this kind; found = false with a message page when the
// catalogue has no such record (or cannot read it). shownRows: how many result rows it lists
// (detail::kAllResults: every one; the chart data has every result either way).
RecordPage recordPage(const catalogue::Catalogue &catalogue, Section section, const QString &slug,
                      int shownRows = detail::kAllResults);

// The ids that a full-text search matches, per section (indexed by sectionIndex()), each
// section's asked of the search index in SQL.
using SectionHits = std::array<QSet<qint64>, kSections.size()>;
SectionHits searchHits(const catalogue::Catalogue &catalogue, const QString &text);

} // namespace eb::gui

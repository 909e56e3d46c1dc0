#pragma once

#include "model/records.h"

#include <QList>
#include <QString>

// The detail pane's HTML for each kind of record: everything the catalogue knows about it,
// every number with where it comes from. Pure functions of the records, so that tests can
// check the text without a window.
//
// Links: web links are https://doi.org/..., https://pubmed.ncbi.nlm.nih.gov/...; links inside
// the catalogue are eb://KIND/SLUG (KIND as in sectionKey()), which the window follows.
namespace eb::gui::detail {

// How many result rows a page lists before it says how many more there are and links to them
// all: a study of a generated catalogue has hundreds of results, an outcome thousands, and Qt
// lays out 110 results' rows in about a quarter of a second (docs/performance.md).
inline constexpr int kAllResults = -1;
inline constexpr int kResultRowsShown = 20;
// The link that asks for every result of the page shown ("Show all 110 results").
inline constexpr char kAllResultsLink[] = "eb://all-results";

// shownRows: how many result rows the page lists (kAllResults: every one).
QString studyHtml(const catalogue::StudyDetail &study, int shownRows = kAllResults);
QString outcomeHtml(const catalogue::OutcomeMeasureRecord &outcome,
                    const QList<catalogue::ResultRecord> &results, int shownRows = kAllResults);
QString mechanismHtml(const catalogue::MechanismRecord &mechanism);
QString claimHtml(const catalogue::ClaimRecord &claim);
QString sourceHtml(const catalogue::SourceRecord &source);
// A page with a title and one paragraph (nothing selected, no catalogue).
QString messageHtml(const QString &title, const QString &text);

// "0.59 (0.52 to 0.66)", "0.59", or "not reported": the estimate and its interval.
QString estimateText(const catalogue::ResultRecord &result);
// "p < 0.0001", "p = 0.03" or "p not reported".
QString pText(const catalogue::ResultRecord &result);

} // namespace eb::gui::detail

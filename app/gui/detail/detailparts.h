#pragma once

#include "evidence/statement.h"
#include "gui/detail/detailhtml.h"
#include "gui/models/labels.h"
#include "model/records.h"

#include <QList>
#include <QString>
#include <optional>
#include <type_traits>

// The pieces the detail pages of detailhtml.h are made of (internal to the detail pane): the
// page frame and its style, links, the field table, provenance lines, the results table.
// Every text that comes from the catalogue passes through evidence::readerText() here, so no
// internal file name reaches the pane.
namespace eb::gui::detail::parts {

QString tr(const char *text);

// Escaped for HTML, with internal file names replaced by what they are.
QString esc(const QString &text);
// Six significant digits show every value as the source printed it (0.59, 0.0001, 442).
QString number(double value);

QString notReportedHtml();
QString orNotReported(const QString &text);
template <typename T> QString orNotReported(const std::optional<T> &value)
{
    if (!value) {
        return notReportedHtml();
    }
    if constexpr (std::is_floating_point_v<T>) {
        return number(*value);
    } else {
        return QString::number(*value);
    }
}

QString internalLink(const QString &kind, const QString &slug, const QString &text);
QString doiLink(const QString &doi);
QString pmidLink(const QString &pmid);
// A source's identifiers on their own lines: the DOI linked in a block that never wraps (its
// slashes and hyphens are no place to break a line: "s10072-017-|3037-z"), the others
// (already HTML) after it, breaking between words. The characters are the DOI's own, so a
// copy or a search reads it as itself. cssClass styles both blocks ("small").
QString identifierBlocks(const QString &doi, const QStringList &others,
                         const QString &cssClass = {});

// The common head of every page: a style sheet within what QTextBrowser's HTML subset honours.
QString pageStart();
QString pageEnd();
QString heading(const QString &text);
QString sponsorshipBadge(const QString &key);

// A two-column table of field names (in words) and values (already HTML).
class FieldTable
{
public:
    void add(const QString &name, const QString &valueHtml);
    QString html() const;

private:
    QString m_rows;
};

// "Guekht 2017: “words”" (verbatim) or "Reported in Muresanu 2020: text" (transcribed, not in
// quotation marks) in the provenance style: evidence::statementLine()'s rule in HTML. Only a
// derived origin is named in front ("derived · ..."): a reported statement says so itself.
QString quoteHtml(const evidence::Statement &statement, const QString &origin);

QString studyRefsHtml(const QList<catalogue::StudyRef> &studies);
QString citationHtml(const catalogue::SourceRecord &source);
// Blocks (identifierBlocks()): a paragraph continues after them without a <br/>.
QString identifiersHtml(const catalogue::SourceRecord &source);

QString discrepanciesHtml(const QList<catalogue::DiscrepancyRecord> &discrepancies);

// The results as a table: one row per result and, under it, where it comes from. One result
// that several sources report with the same numbers is one row naming every source; the same
// result with different numbers is one row with the sources side by side, marked as a
// discrepancy. Each row carries the anchor "result-ID[-ID...]" that DetailView reads.
// markUser: say above a result's source that the user entered it (not on a page that says so
// of its whole record already). shownRows: the first so many rows (kAllResults: every one);
// when some are left out, a line before and after the list says how many results are not
// shown, with a link (kAllResultsLink) to show them all.
QString resultsHtml(const QList<catalogue::ResultRecord> &results, bool showStudy,
                    bool markUser = true, int shownRows = kAllResults);

// A field of a study, an arm or a dosing row in words ("Enrolled", "Centres").
QString fieldLabel(const QString &entity, const QString &field);

} // namespace eb::gui::detail::parts

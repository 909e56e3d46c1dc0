#pragma once

#include "evidence/format.h"
#include "evidence/statement.h"
#include "model/records.h"

#include <QList>
#include <QString>

// One result as a line a reader can paste into a manuscript, with where it comes from:
// "CAPTAIN II, CAPTAIN ensemble (13 scales), day 90: MW 0.59 (95% CI 0.52 to 0.66),
// p = 0.0119, N = 139 (Muresanu 2020, doi:10.1007/s10072-019-04181-y)". Every part is read
// from the record; a part the record does not hold says "not reported", nothing is filled in.
namespace eb::evidence {

// The decimals the result's source printed its estimate and interval with; none for a derived
// result (this program's numbers follow docs/statistics.md's rounding rule).
PrintedDecimals printedDecimals(const catalogue::ResultRecord &result);

// The result's numbers exactly as its source printed them: "0.90 (0.59 to 1.38)",
// "p = 0.0240", "0.0240" (a p column): formatEstimate/formatP/formatPValueCell with the
// record's printed decimals. Every output that shows a catalogue result's numbers uses these.
QString reportedEstimate(const catalogue::ResultRecord &result);
QString reportedP(const catalogue::ResultRecord &result);
QString reportedPCell(const catalogue::ResultRecord &result);

// The outcome as the line names it: its abbreviation (or name) and, for an ensemble whose name
// gives the number of scales per study ("13 in CAPTAIN II"), that study's number of scales.
QString outcomeLabelForLine(const catalogue::ResultRecord &result);

// The line without its source: "CAPTAIN II, ..., N = 139".
QString resultLine(const catalogue::ResultRecord &result);

// The source as a manuscript cites it: "Muresanu 2020, doi:10.1007/s10072-019-04181-y".
QString resultSourceCitation(const catalogue::ResultRecord &result);

// resultLine() followed by the source in parentheses: what Copy puts on the clipboard.
QString resultCitationLine(const catalogue::ResultRecord &result);

// resultCitationLine(), then the provenance statement (statementLine(): in quotation marks only
// when verbatim) and whether the number is reported or
// derived (with the formula): what Copy with Source puts on the clipboard.
QString resultCitationWithQuote(const catalogue::ResultRecord &result);

// Of several sources reporting one result, the one a manuscript should cite: a publication
// with a DOI, then one with a PMID, then the first. `results` must not be empty.
const catalogue::ResultRecord &bestSourced(const QList<catalogue::ResultRecord> &results);

} // namespace eb::evidence

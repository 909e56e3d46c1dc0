#pragma once

// Small text rules the reference parsers share (references.h): one home for how a DOI, a PMID,
// a year and a page range are read out of what a reference manager printed.

#include <QString>

namespace eb::catalogue::references {

// "https://doi.org/10.1/X", "doi:10.1/X", " 10.1/X " -> "10.1/X"; case kept.
QString cleanDoi(const QString &text);
// The digits of "26564102", "PMID: 26564102", "26564102 [pmid]"; empty if there are none.
QString pmidOf(const QString &text);
// The first four-digit year 1900..2100 in "2016 Jan 12", "2016/01/12/"; empty if none.
QString yearOf(const QString &text);
// "1761" and "1769" -> "1761-1769"; either alone as it is.
QString joinPages(const QString &first, const QString &last);

} // namespace eb::catalogue::references

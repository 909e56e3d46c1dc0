#pragma once

#include <QString>
#include <QStringList>

// Search words marked in a detail page: for the window's search, which shows the page of a
// hit with the words the user typed highlighted.
namespace eb::gui::detail {

// The words of a search text as the highlighter uses them: split at white space, without
// characters that are not letters or digits at either end, de-duplicated case-insensitively.
QStringList highlightTermsFromSearch(const QString &searchText);

// `html` (a page of detailhtml.h) with every occurrence of each term that starts a word marked
// by a <span class='hit'> with a background colour, case-insensitively ("stro" marks the start
// of "Stroke"). Only text is touched: tags, attributes (link addresses) and the style sheet
// are left as they are. Terms of fewer than two characters are ignored.
QString highlightTerms(const QString &html, const QStringList &terms);

} // namespace eb::gui::detail

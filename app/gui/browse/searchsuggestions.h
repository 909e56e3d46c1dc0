#pragma once

#include <QString>
#include <QStringList>

namespace eb::catalogue {
class Catalogue;
} // namespace eb::catalogue

// What to say when a search finds nothing anywhere: a note on why (a dose in a unit the
// catalogue does not hold) and searches that do find something, all derived from the data the
// catalogue holds (its dose units and amounts, the words of its records' names), never from a
// fixed list of examples.
namespace eb::gui {

struct SearchSuggestion
{
    QString note;        // translated; empty when there is nothing particular to say
    QStringList queries; // searches that find records, best first (at most kMaxQueries)
};

inline constexpr int kMaxSuggestedQueries = 5;

SearchSuggestion suggestSearches(const catalogue::Catalogue &catalogue, const QString &text);

// Levenshtein distance between two words (case-sensitive; callers fold case). Exposed for tests.
int editDistance(const QString &a, const QString &b);

} // namespace eb::gui

#pragma once

// A page of the source list (Catalogue::sourcePage), as the Sources table asks for it: a text
// filter, a column to sort by and a keyset position. Plain data, no storage.

#include <QString>
#include <QStringList>

namespace eb::catalogue {

// The columns the source list sorts by (the Sources table's), besides its own order.
enum class SourceSort
{
    Catalogue, // the article first, then year, short label: the list's own order
    Label,     // the short label, case-insensitive (ASCII letters)
    Year,
    Kind,
    Sponsorship,
    Journal,
};

struct SourceFilter
{
    QString text; // full-text filter (same rules as Catalogue::search); empty: every source
    // By `sort` (missing values last in either direction), ties in the list's own order. For
    // Kind and Sponsorship, `sortRanks` lists the keys in the order to show them.
    SourceSort sort = SourceSort::Catalogue;
    bool descending = false;
    QStringList sortRanks = {};
    qint64 afterId = 0; // keyset paging: the page starts after this source (0: the first row)
    int limit = 0;      // at most this many rows (0: all)
};

} // namespace eb::catalogue

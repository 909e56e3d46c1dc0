#pragma once

// Full-text search (FTS5, db/schema/0002-search-index.sql) over studies, outcomes, mechanisms
// and their targets, claims and sources. One of the repositories behind the Catalogue facade:
// SQL in, records.h values out (see database.h).

#include "catalogue/database.h"
#include "catalogue/searchquery.h"
#include "model/records.h"

namespace eb::catalogue {

class SearchRepository
{
public:
    explicit SearchRepository(const Database &db) : m_db(db) {}

    // See Catalogue::search().
    QList<SearchHit> search(const QString &text, int limit, int offset,
                            const QString &highlightOpen, const QString &highlightClose) const;

    // See Catalogue::searchIds().
    QList<qint64> ids(SearchHit::Kind kind, const QString &text) const;

    // "SELECT <ids of records of kind> ... MATCH ?": a subquery with one parameter, the
    // ftsQueryFromUserText() of the user's text, for other repositories' text filters.
    static QString idsMatchingSql(SearchHit::Kind kind);

private:
    const Database &m_db;
};

} // namespace eb::catalogue

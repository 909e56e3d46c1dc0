#include "catalogue/searchrepository.h"

namespace eb::catalogue {

QString searchHitKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Study:
        return QStringLiteral("study");
    case SearchHit::Kind::Outcome:
        return QStringLiteral("outcome");
    case SearchHit::Kind::Mechanism:
        return QStringLiteral("mechanism");
    case SearchHit::Kind::Claim:
        return QStringLiteral("claim");
    case SearchHit::Kind::Source:
        return QStringLiteral("source");
    }
    return {};
}

QList<SearchHit> SearchRepository::search(const QString &text, int limit, int offset,
                                          const QString &highlightOpen,
                                          const QString &highlightClose) const
{
    const QString match = ftsQueryFromUserText(text);
    if (match.isEmpty() || limit <= 0) {
        return {};
    }
    // Title matches weigh ten times body matches (bm25 column weights: slug, title, body).
    // eb_rank is bm25 with the row's size read in this join (searchrank.h): the same order,
    // at about half the cost for a word found in every document.
    return m_db.list<SearchHit>(
        QStringLiteral("SELECT search_index.rowid AS key, search_index.slug AS slug, "
                       "search_index.title AS title, "
                       "snippet(search_index, -1, ?, ?, '…', 12) AS snippet "
                       "FROM search_index CROSS JOIN search_index_docsize AS size "
                       "ON size.id = search_index.rowid WHERE search_index MATCH ? "
                       "ORDER BY eb_rank(search_index, size.sz, 0.0, 10.0, 1.0), "
                       "search_index.rowid LIMIT ? OFFSET ?"),
        {highlightOpen, highlightClose, match, limit, qMax(0, offset)}, [](const Row &r) {
            const qint64 key = r.id(QStringLiteral("key"));
            SearchHit hit;
            hit.kind = Database::searchKindOfKey(key);
            hit.id = Database::searchIdOfKey(key);
            hit.slug = r.text(QStringLiteral("slug"));
            hit.title = r.text(QStringLiteral("title"));
            hit.snippet = r.text(QStringLiteral("snippet")).simplified();
            return hit;
        });
}

QList<qint64> SearchRepository::ids(SearchHit::Kind kind, const QString &text) const
{
    const QString match = ftsQueryFromUserText(text);
    if (match.isEmpty()) {
        return {};
    }
    return m_db.list<qint64>(
        QStringLiteral("SELECT rowid AS key FROM search_index WHERE search_index MATCH ? AND "
                       "rowid % %1 = %2")
            .arg(Database::kSearchKindBits)
            .arg(Database::searchKindCode(kind)),
        {match}, [](const Row &r) { return Database::searchIdOfKey(r.id(QStringLiteral("key"))); });
}

QString SearchRepository::idsMatchingSql(SearchHit::Kind kind)
{
    return QStringLiteral("SELECT rowid / %1 FROM search_index WHERE search_index MATCH ? AND "
                          "rowid % %1 = %2")
        .arg(Database::kSearchKindBits)
        .arg(Database::searchKindCode(kind));
}

} // namespace eb::catalogue

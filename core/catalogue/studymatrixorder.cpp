// The outcome matrix's order of studies, read a page at a time through the index of
// migration 0015 (StudyRepository::matrixSummaries).
#include "catalogue/keysetorder.h"
#include "catalogue/studyrepository.h"
#include "catalogue/studyrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

namespace eb::catalogue {

// The order of StudySort::Matrix (studyOrder in studyrepository.cpp) is condition, the design's
// rank in `sortRanks` (unlisted last), year (unknown as 0), then the list's own order. The rank is
// a bound value, so no index can serve that order whole, and sorting the list for each page cost
// 0.5 to 1 s at 100,000 studies. Each (condition, design) group, though, is ordered by the index
// study_order_matrix (0015) after its first two columns: the groups are walked in order (the
// conditions from the index, the designs each holds as ranked, then its unlisted ones), each a seek
// to the group (and in the cursor's group, to the cursor) and a read of the rows the page still
// needs. The rows and their order are those of the single query (MatrixOrder.* compares them).
QList<StudySummary> StudyRepository::matrixSummaries(const StudyFilter &filter) const
{
    QVariantList filterBinds;
    bool none = false;
    const QStringList filterWhere = studyrows::conditions(filter, filterBinds, &none);
    if (none) {
        return {};
    }
    struct Cursor
    {
        QString condition;
        QString design;
        QVariantList keys; // ifnull(year, 0), ifnull(year, -1), name, id
    };
    std::optional<Cursor> cursor;
    if (filter.afterId != 0) {
        const QList<Cursor> found = m_db.list<Cursor>(
            QStringLiteral("SELECT condition, design, ifnull(year, 0) AS year_key, "
                           "ifnull(year, -1) AS year_tie, name, id FROM study WHERE id = ?"),
            {filter.afterId}, [](const Row &r) {
                return Cursor{r.text(QStringLiteral("condition")),
                              r.text(QStringLiteral("design")),
                              {r.integer(QStringLiteral("year_key")),
                               r.integer(QStringLiteral("year_tie")),
                               r.text(QStringLiteral("name")), r.id(QStringLiteral("id"))}};
            });
        if (found.isEmpty()) {
            return {};
        }
        cursor = found.first();
    }
    QStringList designs; // the ranked designs, each once, in rank order
    for (const QString &design : filter.sortRanks) {
        if (!designs.contains(design)) {
            designs << design;
        }
    }
    // The first value of `column` after `after` (none: the first), in the index order of
    // study_order_matrix, within `condition` when given: a seek each, never a scan.
    const auto nextValue = [&](const char *column, const std::optional<QString> &condition,
                               const std::optional<QString> &after) -> std::optional<QString> {
        QStringList where;
        QVariantList binds;
        if (condition) {
            where << QStringLiteral("condition = ?");
            binds << *condition;
        }
        if (after) {
            where << QStringLiteral("%1 > ?").arg(QLatin1String(column));
            binds << *after;
        }
        const QList<QString> value = m_db.list<QString>(
            QStringLiteral("SELECT min(%1) AS v FROM study").arg(QLatin1String(column)) +
                whereClause(where),
            binds, [](const Row &r) { return r.text(QStringLiteral("v")); });
        return value.isEmpty() || value.first().isNull() ? std::nullopt
                                                         : std::optional(value.first());
    };

    QList<StudySummary> page;
    const auto wanted = [&] {
        return filter.limit <= 0 || page.size() < filter.limit;
    };
    std::optional<QString> condition =
        cursor ? std::optional(cursor->condition) : nextValue("condition", {}, {});
    for (; condition && wanted(); condition = nextValue("condition", {}, condition)) {
        if (!filter.condition.isEmpty() && *condition != filter.condition) {
            continue;
        }
        // The condition's groups: its ranked designs in rank order, then its unlisted ones as
        // one group (they share the last rank). Only the designs it holds: a group it does not
        // hold would be a scan for nothing, which for the unlisted group (no index can seek a
        // "none of these") read the whole condition, 0.1 s a page at 100,000 studies.
        QStringList present;
        for (auto d = nextValue("design", condition, {}); d;
             d = nextValue("design", condition, d)) {
            present << *d;
        }
        QList<QStringList> groups;
        for (const QString &design : std::as_const(designs)) {
            if (present.removeAll(design) > 0) {
                groups << QStringList{design};
            }
        }
        if (!present.isEmpty()) {
            groups << present;
        }
        const bool cursorHere = cursor && cursor->condition == *condition;
        qsizetype group = 0;
        if (cursorHere) { // the cursor's group (its design is one the condition holds)
            while (group < groups.size() && !groups.at(group).contains(cursor->design)) {
                ++group;
            }
        }
        const qsizetype firstGroup = group;
        for (; group < groups.size() && wanted(); ++group) {
            QStringList where = filterWhere;
            QVariantList binds = filterBinds;
            where << QStringLiteral("s.condition = ?");
            binds << *condition;
            if (groups.at(group).size() == 1) {
                where << QStringLiteral("s.design = ?");
                binds << groups.at(group).first();
            } else {
                where << QStringLiteral("s.design IN (SELECT value FROM json_each(?))");
                binds << QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(groups.at(group)))
                        .toJson(QJsonDocument::Compact));
            }
            if (cursorHere && group == firstGroup) {
                // The first key alone lets SQLite seek the index to the cursor's year; the
                // row value then starts the page just after the cursor row.
                where << QStringLiteral("ifnull(s.year, 0) >= ?")
                      << QStringLiteral("(ifnull(s.year, 0), ifnull(s.year, -1), s.name, s.id) "
                                        "> (?, ?, ?, ?)");
                binds << cursor->keys.first() << cursor->keys;
            }
            QString sql = studyrows::summarySelect() + whereClause(where) +
                          QStringLiteral(" ORDER BY ifnull(s.year, 0), ifnull(s.year, -1), "
                                         "s.name, s.id");
            if (filter.limit > 0) {
                sql += QStringLiteral(" LIMIT ?");
                binds << filter.limit - page.size();
            }
            page << m_db.list<StudySummary>(sql, binds, studyrows::readSummary);
        }
    }
    return page;
}

} // namespace eb::catalogue

#include "catalogue/keysetorder.h"

namespace eb::catalogue {
namespace {

// The cursor row's value of one key: a scalar subquery SQLite evaluates once per statement.
QString cursorValue(const OrderKey &key, const QString &table, qint64 cursorId, QVariantList &binds)
{
    binds << key.binds << cursorId;
    return QStringLiteral("(SELECT %1 FROM %2 keyset_cursor WHERE keyset_cursor.id = ?)")
        .arg(key.expression.arg(QStringLiteral("keyset_cursor")), table);
}

} // namespace

QList<OrderKey> numberColumnKeys(const char *column, bool descending)
{
    const QString name = QLatin1String(column);
    return {OrderKey{QStringLiteral("(%1.") + name + QStringLiteral(" IS NULL)"), false, {}},
            OrderKey{QStringLiteral("ifnull(%1.") + name + QStringLiteral(", 0)"), descending, {}}};
}

QList<OrderKey> textColumnKeys(const char *column, bool descending)
{
    const QString name = QLatin1String(column);
    return {
        OrderKey{QStringLiteral("(%1.") + name + QStringLiteral(" IS NULL)"), false, {}},
        OrderKey{QStringLiteral("ifnull(%1.") + name + QStringLiteral(", '') COLLATE eb_natural"),
                 descending,
                 {}}};
}

QList<OrderKey> rankedColumnKeys(const char *column, const QStringList &ranks, bool descending)
{
    // The key's place in "|k1|k2|...|"; 0 (unlisted) last.
    const QString list = QStringLiteral("|") + ranks.join(QChar(u'|')) + QStringLiteral("|");
    const QString rank = QStringLiteral("instr(?, '|' || ifnull(%1.") + QLatin1String(column) +
                         QStringLiteral(", '') || '|')");
    return {OrderKey{QStringLiteral("(") + rank + QStringLiteral(" = 0)"), false, {list}},
            OrderKey{rank, descending, {list}}};
}

QString orderByClause(const QList<OrderKey> &keys, const QString &alias, QVariantList &binds)
{
    QStringList terms;
    for (const OrderKey &key : keys) {
        terms << key.expression.arg(alias) +
                     (key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        binds << key.binds;
    }
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

QString afterClause(const QList<OrderKey> &keys, const QString &table, const QString &alias,
                    qint64 cursorId, QVariantList &binds)
{
    // (k1 > c1) OR (k1 = c1 AND k2 > c2) OR ...: one direction per key, which a row value
    // comparison "(k1, k2) > (c1, c2)" cannot express.
    QStringList alternatives;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QStringList terms;
        for (qsizetype j = 0; j <= i; ++j) {
            const OrderKey &key = keys.at(j);
            const QString op = j < i ? QStringLiteral("=")
                                     : (key.descending ? QStringLiteral("<") : QStringLiteral(">"));
            binds << key.binds;
            const QString left = key.expression.arg(alias);
            terms << QStringLiteral("%1 %2 %3")
                         .arg(left, op, cursorValue(key, table, cursorId, binds));
        }
        alternatives << QStringLiteral("(") + terms.join(QStringLiteral(" AND ")) +
                            QStringLiteral(")");
    }
    return QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

QString whereClause(const QStringList &where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

int countRows(const Database &db, const QString &table, const QString &alias,
              const QStringList &where, const QVariantList &binds)
{
    return static_cast<int>(
        db.scalar(QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, alias) +
                      whereClause(where),
                  binds)
            .value_or(0));
}

int rowOfId(const Database &db, const QString &table, const QString &alias, QStringList where,
            QVariantList binds, const QList<OrderKey> &order, qint64 id)
{
    QStringList selected = where;
    QVariantList selectedBinds = binds;
    selected << alias + QStringLiteral(".id = ?");
    selectedBinds << id;
    if (countRows(db, table, alias, selected, selectedBinds) == 0) {
        return -1;
    }
    // The rows before it: neither it nor after it.
    where << alias + QStringLiteral(".id <> ?");
    binds << id;
    where << QStringLiteral("NOT ") + afterClause(order, table, alias, id, binds);
    return countRows(db, table, alias, where, binds);
}

} // namespace eb::catalogue

#include "catalogue/keysetorder.h"

#include <QStringList>

namespace eb::catalogue {
namespace {

// The cursor row's value of one key: a scalar subquery SQLite evaluates once per statement.
QString cursorValue(const OrderKey &key, const QString &table, qint64 cursorId,
                    QVariantList &binds)
{
    binds << key.binds << cursorId;
    return QStringLiteral("(SELECT %1 FROM %2 keyset_cursor WHERE keyset_cursor.id = ?)")
        .arg(key.expression.arg(QStringLiteral("keyset_cursor")), table);
}

} // namespace

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
            terms << QStringLiteral("%1 %2 %3").arg(left, op,
                                                    cursorValue(key, table, cursorId, binds));
        }
        alternatives << QStringLiteral("(") + terms.join(QStringLiteral(" AND ")) +
                            QStringLiteral(")");
    }
    return QStringLiteral("(") + alternatives.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

} // namespace eb::catalogue

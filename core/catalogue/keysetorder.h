#pragma once

// Keyset paging over an ORDER BY of several keys (internal to core/catalogue): a page starts
// after the row with a given id, found by comparing each row's keys with that row's, so a page
// deep in a long list costs what the first one costs (no OFFSET to skip). Each key is an SQL
// expression over a table alias written "%1" ("%1.year"), so that it can be evaluated on the
// row being listed and on the cursor row; the keys end with the id, so the order is total.

#include <QList>
#include <QString>
#include <QVariantList>

namespace eb::catalogue {

struct OrderKey
{
    QString expression; // over the alias %1; never NULL (wrap nullable columns in ifnull)
    bool descending = false;
    QVariantList binds; // bound to the `?` in one copy of the expression
};

// " ORDER BY k1, k2 DESC, ..." over alias `alias`, its binds appended.
QString orderByClause(const QList<OrderKey> &keys, const QString &alias, QVariantList &binds);

// "(row `alias` comes after the row of id ? of `table` in this order)", its binds appended.
QString afterClause(const QList<OrderKey> &keys, const QString &table, const QString &alias,
                    qint64 cursorId, QVariantList &binds);

} // namespace eb::catalogue

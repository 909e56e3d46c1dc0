#pragma once

// Keyset paging over an ORDER BY of several keys (internal to core/catalogue): a page starts
// after the row with a given id, found by comparing each row's keys with that row's, so a page
// deep in a long list costs what the first one costs (no OFFSET to skip). Each key is an SQL
// expression over a table alias written "%1" ("%1.year"), so that it can be evaluated on the
// row being listed and on the cursor row; the keys end with the id, so the order is total.

#include "catalogue/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace eb::catalogue {

struct OrderKey
{
    QString expression; // over the alias %1; never NULL (wrap nullable columns in ifnull)
    bool descending = false;
    QVariantList binds; // bound to the `?` in one copy of the expression
};

// The keys of one column: missing values (NULL) last in either direction.
QList<OrderKey> numberColumnKeys(const char *column, bool descending);
// Text in natural order, case-insensitively (naturalcollation.h: "ARCO-11" before
// "ARCO-1088").
QList<OrderKey> textColumnKeys(const char *column, bool descending);
// A vocabulary key, in the order of `ranks` (the caller's order of the labels shown); an
// unlisted key last.
QList<OrderKey> rankedColumnKeys(const char *column, const QStringList &ranks, bool descending);

// " ORDER BY k1, k2 DESC, ..." over alias `alias`, its binds appended.
QString orderByClause(const QList<OrderKey> &keys, const QString &alias, QVariantList &binds);

// "(row `alias` comes after the row of id ? of `table` in this order)", its binds appended.
QString afterClause(const QList<OrderKey> &keys, const QString &table, const QString &alias,
                    qint64 cursorId, QVariantList &binds);

// " WHERE c1 AND c2 ..." or nothing.
QString whereClause(const QStringList &where);

// How many rows of `table` (alias `alias`) the conditions select.
int countRows(const Database &db, const QString &table, const QString &alias,
              const QStringList &where, const QVariantList &binds);

// The 0-based row of the row with this id among those the conditions select, in this order;
// -1 when they do not select it.
int rowOfId(const Database &db, const QString &table, const QString &alias, QStringList where,
            QVariantList binds, const QList<OrderKey> &order, qint64 id);

} // namespace eb::catalogue

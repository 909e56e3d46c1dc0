#pragma once

// A plain SQLite connection for tests that look at a catalogue file outside the Catalogue API
// (PRAGMA checks, counts, the seed's content), through the SQLite C API: only core/catalogue
// uses Qt Sql.

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <vector>

struct sqlite3;

namespace eb::test {

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path, bool readOnly = false);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    // Every row of a query, values bound in order (integers, doubles, text; a null QVariant
    // binds NULL). Columns come back as qlonglong, double, QString, QByteArray or, for NULL,
    // a null QVariant. An SQL error fails the current test.
    std::vector<QVariantList> rows(const QString &sql, const QVariantList &binds = {}) const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace eb::test

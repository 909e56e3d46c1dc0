#include "rawsqlite.h"

#include <QFile>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace eb::test {

RawSqlite::RawSqlite(const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << sqlite3_errmsg(m_db);
    }
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

std::vector<QVariantList> RawSqlite::rows(const QString &sql, const QVariantList &binds) const
{
    std::vector<QVariantList> out;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement,
                           nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "prepare failed: " << sqlite3_errmsg(m_db) << "\n" << utf8.constData();
        return out;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        if (value.isNull()) {
            sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::Double) {
            sqlite3_bind_double(statement, i + 1, value.toDouble());
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                   value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::Bool) {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT);
        }
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER:
                row.append(QVariant::fromValue<qlonglong>(sqlite3_column_int64(statement, c)));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(statement, c));
                break;
            case SQLITE_TEXT:
                row.append(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, c)),
                    sqlite3_column_bytes(statement, c)));
                break;
            case SQLITE_BLOB:
                row.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, c)),
                                      sqlite3_column_bytes(statement, c)));
                break;
            default:
                row.append(QVariant());
                break;
            }
        }
        out.push_back(row);
    }
    if (rc != SQLITE_DONE) {
        ADD_FAILURE() << "query failed: " << sqlite3_errmsg(m_db) << "\n" << utf8.constData();
    }
    sqlite3_finalize(statement);
    return out;
}

} // namespace eb::test

#include "catalogue/statement.h"

#include <QByteArray>
#include <QtAlgorithms>
#include <cmath>
#include <limits>
#include <sqlite3.h>

namespace eb::catalogue {

Statement::Statement(sqlite3 *db, const QString &sql) : m_db(db)
{
    if (db == nullptr) {
        m_error = QStringLiteral("no database");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_code = sqlite3_extended_errcode(db);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool Statement::bind(const QVariantList &values)
{
    if (m_statement == nullptr) {
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int position = i + 1;
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_statement, position);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_statement, position, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            // Bytes are a BLOB (a sort key), never text.
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob(m_statement, position, bytes.constData(),
                                   static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, position, utf8.constData(),
                                   static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            m_code = sqlite3_extended_errcode(m_db);
            return false;
        }
    }
    return true;
}

Statement::Step Statement::step()
{
    if (m_statement == nullptr) {
        return Step::Error;
    }
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_code = sqlite3_extended_errcode(m_db);
        return Step::Error;
    }
}

void Statement::reset()
{
    if (m_statement != nullptr) {
        // sqlite3_reset repeats the last step's error code, which the step already reported.
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_error.clear();
    m_code = 0;
}

Statement &StatementCache::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, std::make_shared<Statement>(m_db, sql));
    } else {
        (*it)->reset();
    }
    return **it;
}

int Statement::columnCount() const
{
    return m_statement != nullptr ? sqlite3_column_count(m_statement) : 0;
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    if (column < 0 || isNull(column)) {
        return {};
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

std::optional<qint64> Statement::integer(int column) const
{
    if (column < 0) {
        return std::nullopt;
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_statement, column);
    case SQLITE_TEXT: {
        bool ok = false;
        const qint64 value = text(column).trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    }
    default: // NULL, a blob, or a real where an integer belongs: not a usable id or count
        return std::nullopt;
    }
}

std::optional<double> Statement::real(int column) const
{
    if (column < 0) {
        return std::nullopt;
    }
    double value = 0;
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        value = sqlite3_column_double(m_statement, column);
        break;
    case SQLITE_TEXT: {
        bool ok = false;
        value = text(column).trimmed().toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
        break;
    }
    default:
        return std::nullopt;
    }
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

Row::Row(const Statement &statement) : m_statement(statement)
{
    const int count = statement.columnCount();
    m_index.reserve(count);
    for (int i = 0; i < count; ++i) {
        m_index.insert(statement.columnName(i), i);
    }
}

int Row::index(const QString &name) const
{
    // A column the query names but the row lacks happens with a damaged file whose schema text
    // was overwritten (Open.RandomlyDamagedCopiesNeverCrashOrChange): bad input, read as NULL
    // by every accessor (-1), never an abort, not even in a debug build.
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? -1 : *it;
}

std::optional<int> Row::optInt(const QString &name) const
{
    const auto value = m_statement.integer(index(name));
    if (!value || *value < std::numeric_limits<int>::min() ||
        *value > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

} // namespace eb::catalogue

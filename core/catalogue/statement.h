#pragma once

// A prepared SQLite statement (RAII) and typed access to the columns of its current row, on
// the handle the Qt driver opened. The catalogue reads through these rather than QSqlQuery
// because QSqlQuery turns every value into a QVariant through a row cache, which made a list of
// 100,000 results several times slower (see docs/performance.md). Internal to core/catalogue.

#include <QHash>
#include <QString>
#include <QVariantList>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace eb::catalogue {

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // The SQLite message of the last failure (prepare, bind or step).
    QString errorMessage() const { return m_error; }
    // Its SQLite extended result code (SQLITE_BUSY, SQLITE_READONLY_ROLLBACK, ...); 0 if none.
    int errorCode() const { return m_code; }

    // Binds values to the positional parameters 1..n: integers, doubles, text; an invalid
    // QVariant binds NULL.
    bool bind(const QVariantList &values);
    // Makes the statement ready to run again with new values (a bulk write reuses one
    // prepared statement per SQL text instead of preparing it per row).
    void reset();

    enum class Step
    {
        Row,
        Done,
        Error,
    };
    Step step();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const; // null QString for NULL
    std::optional<qint64> integer(int column) const;
    std::optional<double> real(int column) const; // finite values only

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    int m_code = 0;
};

// Column access by name for the current row of a statement; the name-to-index map is built
// once per statement.
class Row
{
public:
    explicit Row(const Statement &statement);

    QString text(const QString &name) const { return m_statement.text(index(name)); }
    qint64 id(const QString &name) const { return m_statement.integer(index(name)).value_or(0); }
    std::optional<qint64> optId(const QString &name) const
    {
        return m_statement.integer(index(name));
    }
    // An integer that does not fit an int is treated as unknown, never wrapped.
    std::optional<int> optInt(const QString &name) const;
    int integer(const QString &name) const { return optInt(name).value_or(0); }
    bool flag(const QString &name) const { return integer(name) != 0; }
    // Non-finite values never leave the catalogue: SQLite stores NaN as NULL already, and an
    // infinity (which a hand-edited file could hold) is treated as unknown.
    std::optional<double> optDouble(const QString &name) const
    {
        return m_statement.real(index(name));
    }

private:
    int index(const QString &name) const;

    const Statement &m_statement;
    QHash<QString, int> m_index;
};

// The prepared statements of one write transaction, one per SQL text, each reset before it is
// handed out again: preparing an INSERT costs about as much as running it, so a bulk write
// (evidence generate, import) prepares each of its few statements once.
class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db) : m_db(db) {}
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    sqlite3 *handle() const { return m_db; }
    Statement &prepared(const QString &sql);

private:
    sqlite3 *m_db;
    QHash<QString, Statement *> m_statements;
};

} // namespace eb::catalogue

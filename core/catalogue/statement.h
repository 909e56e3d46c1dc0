#pragma once

// A prepared SQLite statement (RAII) and typed access to the columns of its current row, on
// the handle the Qt driver opened. The catalogue reads through these rather than QSqlQuery
// because QSqlQuery turns every value into a QVariant through a row cache, which made a list of
// 100,000 results several times slower (see docs/performance.md). Internal to core/catalogue.

#include <QHash>
#include <QString>
#include <QVariantList>
#include <memory>
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
    enum class Step
    {
        Row,
        Done,
        Error,
    };
    Step step();
    // Makes the statement ready to run again: its last run ended, its bindings NULL, its error
    // cleared. A statement run once per record is prepared once and reset between records.
    void reset();

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

// The statements of one batch of writes, prepared once per SQL text and reset each time they
// are asked for again. Preparing is what made a bulk import slow: an INSERT into `result`
// compiles the search triggers with it (docs/record-files.md, "Speed"). Lives no longer than
// the transaction it serves, so that no statement outlives the handle or stays active at COMMIT.
class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db) : m_db(db) {}
    sqlite3 *handle() const { return m_db; }
    // The statement for `sql`, reset and unbound (check isValid() before use).
    Statement &prepared(const QString &sql);

private:
    sqlite3 *m_db = nullptr;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
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

} // namespace eb::catalogue

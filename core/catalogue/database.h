#pragma once

// The catalogue's storage: one SQLite file (schema: db/schema/*.sql). `Database` owns the
// connection; it opens a file, verifies its header and contents, migrates it to the latest
// schema, runs write transactions, and gives the repositories their one way to read
// (list(), scalar()). It also owns the search index's key encoding.
//
// Layering: Database and the repositories (*repository.h) are the only code that sees SQL or
// SQLite; the Catalogue facade (catalogue.h) is what the rest of the program calls. A second
// storage engine (a PostgreSQL server for a team) is a second Database and a second set of
// repositories with the same public functions; nothing above the facade changes. See
// docs/architecture.md, "Inside the catalogue" (recipe: adding a storage engine).
//
// Errors (docs/architecture.md, "Errors"): a function that fails returns false / nothing and
// leaves a one-line, translated message naming the file in lastError(); it never opens a
// dialog and never names a command-line option.

#include "catalogue/statement.h"
#include "model/records.h"
#include "model/requests.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace eb::catalogue {

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // See Catalogue::open().
    bool open(const QString &path, OpenMode mode);
    void close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;        // PRAGMA user_version of the open file, 0 when closed
    static int latestSchemaVersion(); // the highest migration compiled into this program

    QString lastError() const;
    void clearError() const;
    // Sets lastError() to message (made one line) and returns false.
    bool fail(const QString &message) const;

    // Runs a query and returns what `read` makes of each row; on failure an empty list and
    // lastError() says why.
    template <typename T, typename Read>
    QList<T> list(const QString &sql, const QVariantList &binds, Read read) const;
    // The first column of the first row as an integer; nothing (and lastError()) on failure.
    std::optional<qint64> scalar(const QString &sql, const QVariantList &binds = {}) const;

    // " LIMIT ? OFFSET ?" with its values appended to binds, or nothing for "all rows".
    static QString pageClause(int limit, int offset, QVariantList &binds);

    // Runs body inside BEGIN IMMEDIATE ... COMMIT with foreign keys on; body returns false
    // with *error set to roll everything back. Returns false with lastError() on any failure.
    bool writeTransaction(const std::function<bool(sqlite3 *, QString *)> &body);

    // Writing a whole new file at once (bulkload.cpp; writeSyntheticFile): the search index
    // and the secondary indexes are built once at the end instead of per record, no journal
    // is kept and nothing synced until finishBulkLoad(), whose commit syncs the file. Only for
    // a file nobody else reads and that is thrown away unless finishBulkLoad() returned true
    // (a failed write cannot be rolled back).
    bool beginBulkLoad();
    bool finishBulkLoad();

    // Writes a consistent copy of the open catalogue beside it, named
    // FILE.backup-YYYYMMDD-HHMMSS[-N].sqlite, and returns its path; empty with lastError() on
    // failure. open() writes one before it upgrades an older file (docs/catalogue.md).
    QString backup();
    // The backup open() wrote before an upgrade, or backup() wrote last; empty if none.
    QString lastBackupPath() const;
    // The schema version of the older file the last ReadOnly open() refused (a ReadWrite open
    // upgrades it after a backup); 0 when the last open was not refused for that.
    int refusedOlderVersion() const;

    // For the catalogue builder: see Catalogue::runScripts().
    bool runScripts(const QList<SqlScript> &scripts, const QList<QPair<QString, QString>> &info);

    // The search index's rowid is record id * kSearchKindBits + the kind's code
    // (db/schema/0002-search-index.sql).
    static constexpr qint64 kSearchKindBits = 8;
    static int searchKindCode(SearchHit::Kind kind);
    static SearchHit::Kind searchKindOfKey(qint64 key);
    static qint64 searchIdOfKey(qint64 key) { return key / kSearchKindBits; }

private:
    struct Private;
    std::unique_ptr<Private> d;

    sqlite3 *handle() const;
    bool queryFailed(const Statement &statement) const;
    static QString notOpenMessage();
};

template <typename T, typename Read>
QList<T> Database::list(const QString &sql, const QVariantList &binds, Read read) const
{
    QList<T> out;
    if (!isOpen()) {
        fail(notOpenMessage());
        return out;
    }
    Statement statement(handle(), sql);
    if (!statement.bind(binds)) {
        queryFailed(statement);
        return out;
    }
    const Row row(statement);
    Statement::Step step = Statement::Step::Done;
    while ((step = statement.step()) == Statement::Step::Row) {
        out.append(read(row));
    }
    if (step == Statement::Step::Error) {
        queryFailed(statement);
        out.clear();
    }
    return out;
}

} // namespace eb::catalogue

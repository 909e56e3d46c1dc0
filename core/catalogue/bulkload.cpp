// Database::beginBulkLoad / finishBulkLoad: writing a whole new catalogue at once (evidence
// generate). Three costs of the ordinary write path are there for a file that others read and
// that must survive a crash, and a new file written beside its target needs none of them:
// - every record rewrites the search documents it belongs to through the triggers of
//   db/schema/0002, 0003, 0006 and 0007 (a study's document three times and more: at its own
//   insert, its source link's and its results'), and FTS5 pays for each delete of an old
//   document as much as for the insert;
// - every row goes into each index of its table at a random place (a study into fourteen),
//   and at 100,000 studies those pages no longer stay in the cache: each insert reads them
//   back from the file. An index made once at the end sorts its keys and writes each page once;
// - the rollback journal writes each page twice and every commit waits for the disk.
// So the triggers that write the index and the indexes that no write needs are set aside
// (their SQL kept in temporary tables) and made again at the end, the documents built once
// from the same views the triggers read, no journal is written and nothing is synced until the
// last commit, which syncs the whole file before the caller renames it into place.
#include "catalogue/database.h"
#include "catalogue/sqlscript.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

// The triggers that write search documents from other tables. The outcome measures' documents
// (kind 2) have no view of their own: their triggers stay and write them as usual (a few
// hundred rows).
constexpr const char *kIndexTriggers =
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
    "AND tbl_name <> 'outcome_measure' "
    "AND (sql LIKE '%search_index%' OR sql LIKE '%search_deferred%') ORDER BY rowid";
// The indexes no write reads: those written by CREATE INDEX (a UNIQUE one keeps checking its
// rule, and the slugs' indexes, which resolve references, are the tables' own: no SQL). They
// are made again before the search documents are built, whose views read them.
constexpr const char *kSecondaryIndexes =
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
    "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid";

// secure_delete as SQLite was built (SQLITE_SECURE_DELETE), for after the bulk load.
const char *secureDeleteDefault()
{
    return sqlite3_compileoption_used("SECURE_DELETE") != 0 ? "PRAGMA secure_delete = ON"
                                                            : "PRAGMA secure_delete = OFF";
}

// The first column of every row `sql` gives, as text. Collected before anything else runs:
// dropping or creating while stepping over sqlite_master is not allowed.
bool firstColumn(sqlite3 *db, const std::string &sql, QList<QByteArray> *values, QString *why)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        *why = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        *values << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    if (rc != SQLITE_DONE) {
        *why = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

// Keeps the SQL of what `select` names (name, sql) in temp.`table` and drops it (`kind`:
// "TRIGGER" or "INDEX").
bool setAside(sqlite3 *db, const char *select, const char *table, const char *kind, QString *why)
{
    const std::string save = std::string("CREATE TEMP TABLE ") + table + " AS " + select;
    if (!execSql(db, save.c_str(), why)) {
        return false;
    }
    QList<QByteArray> names;
    if (!firstColumn(db, std::string("SELECT name FROM temp.") + table, &names, why)) {
        return false;
    }
    for (const QByteArray &name : names) {
        const QByteArray drop = QByteArray("DROP ") + kind + " main.\"" + name + '"';
        if (!execSql(db, drop.constData(), why)) {
            return false;
        }
    }
    return true;
}

// Runs the SQL kept in temp.`table`, in its order, and drops the table.
bool restore(sqlite3 *db, const char *table, QString *why)
{
    QList<QByteArray> statements;
    if (!firstColumn(db, std::string("SELECT sql FROM temp.") + table + " ORDER BY rowid",
                     &statements, why)) {
        return false;
    }
    for (const QByteArray &sql : statements) {
        if (!execSql(db, sql.constData(), why)) {
            return false;
        }
    }
    const std::string drop = std::string("DROP TABLE temp.") + table;
    return execSql(db, drop.c_str(), why);
}

} // namespace

bool Database::beginBulkLoad()
{
    QString error;
    sqlite3 *h = handle();
    if (h == nullptr) {
        return fail(notOpenMessage());
    }
    // journal_mode cannot change inside a transaction: first. No journal at all: a failed
    // write cannot be rolled back, and the caller throws the file away (syntheticcatalogue.h).
    // Nor is a freed page cleared (Debian builds SQLite with secure_delete on, and the search
    // index frees pages as it merges its segments): the file holds nothing to hide.
    if (!execSql(h, "PRAGMA journal_mode = OFF", &error) ||
        !execSql(h, "PRAGMA synchronous = OFF", &error) ||
        !execSql(h, "PRAGMA secure_delete = OFF", &error)) {
        return fail(error);
    }
    return writeTransaction([](sqlite3 *db, QString *why) {
        return setAside(db, kIndexTriggers, "bulk_load_trigger", "TRIGGER", why) &&
               setAside(db, kSecondaryIndexes, "bulk_load_index", "INDEX", why);
    });
}

bool Database::finishBulkLoad()
{
    QString error;
    sqlite3 *h = handle();
    if (h == nullptr) {
        return fail(notOpenMessage());
    }
    // The indexes and the search documents are made while nothing is synced or journaled on
    // disk; then the last commit (the triggers) syncs the file, with everything written before
    // it, to the disk.
    const bool built = writeTransaction([](sqlite3 *db, QString *why) {
        if (!restore(db, "bulk_load_index", why)) {
            return false;
        }
        // The documents as migration 0003 rebuilds them, from the views the triggers read.
        return execSql(db, "DELETE FROM search_index WHERE rowid % 8 IN (1, 3, 4, 5)", why) &&
               execSql(db,
                       "INSERT INTO search_index(rowid, slug, title, body) "
                       "SELECT id * 8 + 1, slug, title, body FROM study_search_document",
                       why) &&
               execSql(db,
                       "INSERT INTO search_index(rowid, slug, title, body) "
                       "SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document",
                       why) &&
               execSql(db,
                       "INSERT INTO search_index(rowid, slug, title, body) "
                       "SELECT id * 8 + 4, slug, title, body FROM claim_search_document",
                       why) &&
               execSql(db,
                       "INSERT INTO search_index(rowid, slug, title, body) "
                       "SELECT id * 8 + 5, slug, title, body FROM source_search_document",
                       why) &&
               execSql(db, "DELETE FROM search_deferred", why);
    });
    if (!built) {
        return false;
    }
    if (!execSql(h, "PRAGMA synchronous = FULL", &error) ||
        !execSql(h, "PRAGMA journal_mode = DELETE", &error) ||
        !execSql(h, secureDeleteDefault(), &error)) {
        return fail(error);
    }
    return writeTransaction(
        [](sqlite3 *db, QString *why) { return restore(db, "bulk_load_trigger", why); });
}

} // namespace eb::catalogue

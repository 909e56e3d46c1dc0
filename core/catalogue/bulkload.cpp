// Database::beginBulkLoad / finishBulkLoad: writing a whole new catalogue at once (evidence
// generate). Two costs of the ordinary write path are there for a file that others read and
// that must survive a crash, and a new file written beside its target needs neither:
// - every record rewrites the search documents it belongs to through the triggers of
//   db/schema/0002, 0003, 0006 and 0007 (a study's document three times and more: at its own
//   insert, its source link's and its results'), and FTS5 pays for each delete of an old
//   document as much as for the insert;
// - the rollback journal writes each page twice and every commit waits for the disk.
// So the triggers that write the index are set aside (their SQL kept in a temporary table)
// and the documents are built once at the end from the same views the triggers read, the
// journal is kept in memory and nothing is synced until the last commit, which syncs the
// whole file before the caller renames it into place.
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

} // namespace

bool Database::beginBulkLoad()
{
    QString error;
    sqlite3 *h = handle();
    if (h == nullptr) {
        return fail(notOpenMessage());
    }
    // journal_mode cannot change inside a transaction: first.
    if (!execSql(h, "PRAGMA journal_mode = MEMORY", &error) ||
        !execSql(h, "PRAGMA synchronous = OFF", &error)) {
        return fail(error);
    }
    const std::string save =
        std::string("CREATE TEMP TABLE bulk_load_trigger AS ") + kIndexTriggers;
    return writeTransaction([&save](sqlite3 *db, QString *why) {
        if (!execSql(db, save.c_str(), why)) {
            return false;
        }
        // Collect first: dropping while stepping over sqlite_master is not allowed.
        QList<QByteArray> names;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT name FROM temp.bulk_load_trigger", -1, &statement,
                               nullptr) != SQLITE_OK) {
            *why = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        for (const QByteArray &name : names) {
            const QByteArray drop = "DROP TRIGGER main.\"" + name + '"';
            if (!execSql(db, drop.constData(), why)) {
                return false;
            }
        }
        return true;
    });
}

bool Database::finishBulkLoad()
{
    QString error;
    sqlite3 *h = handle();
    if (h == nullptr) {
        return fail(notOpenMessage());
    }
    // The last commit syncs the file, with everything written before it, to the disk.
    if (!execSql(h, "PRAGMA synchronous = FULL", &error) ||
        !execSql(h, "PRAGMA journal_mode = DELETE", &error)) {
        return fail(error);
    }
    return writeTransaction([](sqlite3 *db, QString *why) {
        // The documents as migration 0003 rebuilds them, from the views the triggers read.
        if (!execSql(db, "DELETE FROM search_index WHERE rowid % 8 IN (1, 3, 4, 5)", why) ||
            !execSql(db,
                     "INSERT INTO search_index(rowid, slug, title, body) "
                     "SELECT id * 8 + 1, slug, title, body FROM study_search_document",
                     why) ||
            !execSql(db,
                     "INSERT INTO search_index(rowid, slug, title, body) "
                     "SELECT id * 8 + 3, slug, title, body FROM mechanism_search_document",
                     why) ||
            !execSql(db,
                     "INSERT INTO search_index(rowid, slug, title, body) "
                     "SELECT id * 8 + 4, slug, title, body FROM claim_search_document",
                     why) ||
            !execSql(db,
                     "INSERT INTO search_index(rowid, slug, title, body) "
                     "SELECT id * 8 + 5, slug, title, body FROM source_search_document",
                     why) ||
            !execSql(db, "DELETE FROM search_deferred", why)) {
            return false;
        }
        QList<QByteArray> triggers;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT sql FROM temp.bulk_load_trigger ORDER BY rowid", -1,
                               &statement, nullptr) != SQLITE_OK) {
            *why = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            triggers << QByteArray(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        for (const QByteArray &sql : triggers) {
            if (!execSql(db, sql.constData(), why)) {
                return false;
            }
        }
        return execSql(db, "DROP TABLE temp.bulk_load_trigger", why);
    });
}

} // namespace eb::catalogue

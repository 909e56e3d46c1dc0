#pragma once

// Runs a multi-statement SQL file (a migration or a seed file) on a raw SQLite handle.
// QSqlQuery executes one statement at a time, so scripts go through the SQLite C API.
// Internal to core/catalogue.

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace eb::catalogue {

// Executes every statement of `sql` in order, stopping at the first failure. The caller owns
// the transaction. On failure returns false and sets *error to "NAME:LINE: message (near
// 'statement start')", LINE being the line on which the failing statement starts.
bool runSqlScript(sqlite3 *db, const QByteArray &sql, const QString &name, QString *error);

// Executes one statement without results ("BEGIN IMMEDIATE", "COMMIT", "PRAGMA ...").
bool execSql(sqlite3 *db, const char *sql, QString *error);

} // namespace eb::catalogue

#pragma once

// The schema migrations compiled into the program: db/schema/NNNN-name.sql, embedded as the
// resources :/eb/schema/NNNN-name.sql. PRAGMA user_version holds the last one applied.
// Internal to core/catalogue.

#include <QString>

struct sqlite3;

namespace eb::catalogue {

// The highest migration compiled in (0 if none).
int latestMigration();

// Applies every migration newer than the file's user_version, reading that version again
// here (another process may have migrated meanwhile). The caller owns the write transaction.
// *version is the file's version afterwards. On failure returns false with *error set.
bool applyMigrations(sqlite3 *db, int *version, QString *error);

} // namespace eb::catalogue

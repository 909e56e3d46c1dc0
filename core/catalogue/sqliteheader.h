#pragma once

// A look at a file's first 100 bytes before SQLite opens it. checkSqliteHeader is internal to
// core/catalogue (Catalogue::open runs it); declaredSchemaVersion is for choosing how to open.

#include <QString>

namespace eb::catalogue {

// Checks the SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header):
// catches a file that is not SQLite, or is shorter than its header says. Returns an empty
// string when the header is sound, else a one-line, translated message naming the file.
QString checkSqliteHeader(const QString &path, qint64 size);

// The schema version (PRAGMA user_version) the file's header declares, read without opening
// it; -1 when the file cannot be read or is not SQLite. Only a hint for choosing how to open a
// file (the window opens an up-to-date catalogue for writing at once): Catalogue::open still
// checks everything.
int declaredSchemaVersion(const QString &path);

} // namespace eb::catalogue

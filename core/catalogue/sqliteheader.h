#pragma once

// A look at a file's first 100 bytes before SQLite opens it. Internal to core/catalogue.

#include <QString>

namespace eb::catalogue {

// Checks the SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header):
// catches a file that is not SQLite, or is shorter than its header says. Returns an empty
// string when the header is sound, else a one-line, translated message naming the file.
QString checkSqliteHeader(const QString &path, qint64 size);

} // namespace eb::catalogue

#pragma once

// The pages of an SQLite file sorted by what they hold, found the way SQLite finds them: the
// database header (page size, freelist), the root pages sqlite_schema names, and each
// b-tree walked from its root through the child pointers of its interior pages
// (https://sqlite.org/fileformat2.html). For tests that damage a file on purpose, whatever
// its layout.

#include <QByteArray>
#include <QList>
#include <QString>

namespace eb::catalogue::test {

struct SqlitePages
{
    int pageSize = 0;
    QList<int> schema;        // the b-tree of sqlite_schema: page 1 and any child of it
    QList<int> tableInterior; // of the ordinary tables (FTS shadow tables apart)
    QList<int> tableLeaf;
    QList<int> indexInterior; // of the indexes (and WITHOUT ROWID tables)
    QList<int> indexLeaf;
    QList<int> fts;           // every page of the FTS5 shadow tables (NAME_data, NAME_idx, ...)
    QList<int> freelistTrunk; // the freelist's trunk pages, in chain order
    QList<int> freelistLeaf;
};

// The pages of `file` (the bytes of an SQLite database). The root pages come from the file
// at `path` (the same bytes on disk), read through a read-only SQLite connection. Empty
// (pageSize 0) with *error when the file cannot be read.
SqlitePages sqlitePages(const QString &path, const QByteArray &file, QString *error);

// The bytes of a b-tree page's header and cell pointer array: where damage changes how the
// page is read rather than a value in it. Relative to the page's first byte.
struct ByteRange
{
    qsizetype first = 0;
    qsizetype size = 0;
};
ByteRange btreePageHeader(const QByteArray &file, int pageSize, int page);

} // namespace eb::catalogue::test

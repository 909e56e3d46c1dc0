#include "sqlitepages.h"

#include <QFile>
#include <QSet>
#include <algorithm>
#include <sqlite3.h>

namespace eb::catalogue::test {
namespace {

// B-tree page types (the first byte of the page's header).
constexpr int kIndexInterior = 2;
constexpr int kTableInterior = 5;
constexpr int kIndexLeaf = 10;
constexpr int kTableLeaf = 13;

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i) {
        value = (value << 8) | static_cast<uchar>(bytes.at(at + i));
    }
    return value;
}

// Page 1 starts with the 100-byte database header; its b-tree header follows.
qsizetype headerOffset(int pageSize, int page)
{
    return static_cast<qsizetype>(page - 1) * pageSize + (page == 1 ? 100 : 0);
}

struct Walk
{
    const QByteArray &file;
    int pageSize;
    int pageCount;
    QSet<int> seen;

    // Every page of the b-tree rooted at `root`, with each page's type.
    void pages(int root, QList<QPair<int, int>> *out)
    {
        QList<int> todo{root};
        while (!todo.isEmpty()) {
            const int page = todo.takeLast();
            if (page < 1 || page > pageCount || seen.contains(page)) {
                continue;
            }
            seen.insert(page);
            const qsizetype h = headerOffset(pageSize, page);
            const int type = static_cast<uchar>(file.at(h));
            out->append({page, type});
            if (type != kIndexInterior && type != kTableInterior) {
                continue;
            }
            const qsizetype start = static_cast<qsizetype>(page - 1) * pageSize;
            const auto cells = static_cast<int>(bigEndian(file, h + 3, 2));
            for (qsizetype c = 0; c < cells; ++c) {
                const qsizetype cell = start + bigEndian(file, h + 12 + 2 * c, 2);
                if (cell + 4 <= start + pageSize) {
                    todo.append(static_cast<int>(bigEndian(file, cell, 4))); // left child
                }
            }
            todo.append(static_cast<int>(bigEndian(file, h + 8, 4))); // right-most child
        }
    }
};

} // namespace

SqlitePages sqlitePages(const QString &path, const QByteArray &file, QString *error)
{
    SqlitePages found;
    if (file.size() < 100 || !file.startsWith("SQLite format 3")) {
        *error = QStringLiteral("not an SQLite file");
        return found;
    }
    int pageSize = static_cast<int>(bigEndian(file, 16, 2));
    pageSize = pageSize == 1 ? 65536 : pageSize;
    if (pageSize < 512 || file.size() % pageSize != 0) {
        *error = QStringLiteral("page size %1 does not divide the file").arg(pageSize);
        return found;
    }

    // Root pages by name, and which tables are an FTS5 table's shadow tables ("NAME_...").
    QList<QPair<QString, int>> roots;
    QStringList ftsTables;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return found;
    }
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT name, rootpage, sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' "
                      "FROM sqlite_schema";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const QString name = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (sqlite3_column_int(statement, 2) != 0) {
                ftsTables << name;
            } else if (sqlite3_column_int(statement, 1) > 0) {
                roots.append({name, sqlite3_column_int(statement, 1)});
            }
        }
    } else {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (!error->isEmpty()) {
        return found;
    }

    Walk walk{file, pageSize, static_cast<int>(file.size() / pageSize), {}};
    QList<QPair<int, int>> schemaPages;
    walk.pages(1, &schemaPages);
    for (const auto &[page, type] : schemaPages) {
        found.schema << page;
    }
    for (const QPair<QString, int> &object : roots) {
        const QString &name = object.first;
        const bool shadow =
            std::any_of(ftsTables.cbegin(), ftsTables.cend(),
                        [&](const QString &t) { return name.startsWith(t + QLatin1Char('_')); });
        QList<QPair<int, int>> pages;
        walk.pages(object.second, &pages);
        for (const auto &[page, type] : pages) {
            if (shadow) {
                found.fts << page;
            } else if (type == kTableInterior) {
                found.tableInterior << page;
            } else if (type == kTableLeaf) {
                found.tableLeaf << page;
            } else if (type == kIndexInterior) {
                found.indexInterior << page;
            } else if (type == kIndexLeaf) {
                found.indexLeaf << page;
            }
        }
    }

    // The freelist: trunk pages chained from header offset 32, each listing its leaf pages.
    QSet<int> trunks;
    for (auto trunk = static_cast<int>(bigEndian(file, 32, 4));
         trunk > 0 && trunk <= walk.pageCount && !trunks.contains(trunk);
         trunk =
             static_cast<int>(bigEndian(file, static_cast<qsizetype>(trunk - 1) * pageSize, 4))) {
        trunks.insert(trunk);
        found.freelistTrunk << trunk;
        const qsizetype start = static_cast<qsizetype>(trunk - 1) * pageSize;
        const auto leaves = static_cast<qsizetype>(bigEndian(file, start + 4, 4));
        for (qsizetype i = 0; i < leaves && 8 + 4 * (i + 1) <= pageSize; ++i) {
            found.freelistLeaf << static_cast<int>(bigEndian(file, start + 8 + 4 * i, 4));
        }
    }
    found.pageSize = pageSize;
    return found;
}

ByteRange btreePageHeader(const QByteArray &file, int pageSize, int page)
{
    const qsizetype h = headerOffset(pageSize, page);
    const int type = static_cast<uchar>(file.at(h));
    const qsizetype header = type == kIndexInterior || type == kTableInterior ? 12 : 8;
    const auto cells = static_cast<qsizetype>(bigEndian(file, h + 3, 2));
    const qsizetype first = h - static_cast<qsizetype>(page - 1) * pageSize;
    return {first, std::min<qsizetype>(header + 2 * cells, pageSize - first)};
}

} // namespace eb::catalogue::test

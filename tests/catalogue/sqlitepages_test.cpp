// The page finder the damage tests aim with (sqlitepages.h) sorts the bundled catalogue's
// pages as SQLite itself does: each b-tree page with its object and interior/leaf as the
// dbstat virtual table reports it, and the freelist's pages as many as PRAGMA freelist_count.
#include "sqlitepages.h"
#include "testcatalogue.h"

#include <QFile>
#include <QHash>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace eb::catalogue::test;

TEST(SqlitePages, FindsEachPageAsSqliteDbstatReportsIt)
{
    const QByteArray file = readBytes(bundledFile());
    QString error;
    const SqlitePages pages = sqlitePages(bundledFile(), file, &error);
    ASSERT_EQ(pages.pageSize, 4096) << error.toStdString();

    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(bundledFile()).constData(), &db,
                              SQLITE_OPEN_READONLY, nullptr),
              SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT pageno, name, pagetype FROM dbstat", -1, &statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        GTEST_SKIP() << "this SQLite has no dbstat table (SQLITE_ENABLE_DBSTAT_VTAB)";
    }
    QHash<int, QPair<QString, QString>> stat; // page: name, "internal" | "leaf" | "overflow"
    while (sqlite3_step(statement) == SQLITE_ROW) {
        stat.insert(
            sqlite3_column_int(statement, 0),
            {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
             QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2)))});
    }
    sqlite3_finalize(statement);
    sqlite3_prepare_v2(db, "PRAGMA freelist_count", -1, &statement, nullptr);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    const int freePages = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);

    const auto expect = [&stat](const QList<int> &list, const char *type, const char *what) {
        for (int page : list) {
            ASSERT_TRUE(stat.contains(page)) << what << " page " << page;
            EXPECT_EQ(stat.value(page).second, QLatin1String(type)) << what << " page " << page;
        }
    };
    ASSERT_EQ(pages.schema.value(0), 1);
    for (int page : pages.schema) {
        EXPECT_TRUE(stat.value(page).first.startsWith(QLatin1String("sqlite_"))) << page;
    }
    expect(pages.tableInterior, "internal", "table interior");
    expect(pages.indexInterior, "internal", "index interior");
    expect(pages.tableLeaf, "leaf", "table leaf");
    expect(pages.indexLeaf, "leaf", "index leaf");
    ASSERT_FALSE(pages.fts.isEmpty());
    for (int page : pages.fts) {
        EXPECT_TRUE(stat.value(page).first.startsWith(QLatin1String("search_index_")))
            << page << " " << stat.value(page).first.toStdString();
        EXPECT_NE(stat.value(page).second, QLatin1String("overflow")) << page;
    }
    EXPECT_EQ(pages.freelistTrunk.size() + pages.freelistLeaf.size(), freePages);
    for (int page : pages.freelistTrunk + pages.freelistLeaf) {
        EXPECT_FALSE(stat.contains(page)) << "free page " << page << " is in use";
    }
    // Every page in a b-tree is found (overflow pages apart: no kind of their own here).
    qsizetype btreePages = 0;
    for (const auto &[name, type] : std::as_const(stat)) {
        btreePages += type == QLatin1String("overflow") ? 0 : 1;
    }
    EXPECT_EQ(pages.schema.size() + pages.tableInterior.size() + pages.tableLeaf.size() +
                  pages.indexInterior.size() + pages.indexLeaf.size() + pages.fts.size(),
              btreePages);
}

// writeSyntheticFile writes in bulk (Database::beginBulkLoad / finishBulkLoad,
// catalogue/bulkload.cpp): the catalogue holds exactly the search documents and the schema of one
// written record by record, and afterwards its index follows later writes again.
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "rawsqlite.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace eb::catalogue;

namespace {

void writeSynthetic(const QString &file, bool bulk)
{
    QString error;
    if (bulk) {
        ASSERT_TRUE(writeSyntheticFile(file, {40, 3, 5}, QStringLiteral("Bulk"), {}, &error))
            << error.toStdString();
        return;
    }
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(file, OpenMode::Create)) << catalogue.lastError().toStdString();
    ASSERT_TRUE(writeSyntheticCatalogue(catalogue, {40, 3, 5}, {}, &error)) << error.toStdString();
}

// The same catalogue written record by record (`plain`) and by the bulk load (`bulk`), opened
// read-only.
struct BothWrites
{
    BothWrites()
    {
        const QString plainFile = dir.filePath(QStringLiteral("plain.sqlite"));
        const QString bulkFile = dir.filePath(QStringLiteral("bulk.sqlite"));
        writeSynthetic(plainFile, false);
        writeSynthetic(bulkFile, true);
        plain = std::make_unique<eb::test::RawSqlite>(plainFile, true);
        bulk = std::make_unique<eb::test::RawSqlite>(bulkFile, true);
    }

    QTemporaryDir dir;
    std::unique_ptr<eb::test::RawSqlite> plain;
    std::unique_ptr<eb::test::RawSqlite> bulk;
};

} // namespace

TEST(BulkLoad, GivesTheSameSearchDocumentsAndSchemaAsRecordByRecord)
{
    const BothWrites both;
    ASSERT_FALSE(HasFatalFailure());
    const eb::test::RawSqlite &a = *both.plain;
    const eb::test::RawSqlite &b = *both.bulk;
    const QString documents =
        QStringLiteral("SELECT rowid, slug, title, body FROM search_index ORDER BY rowid");
    const auto expected = a.rows(documents);
    EXPECT_GT(expected.size(), 80U); // the studies, their sources and the outcome measures
    EXPECT_EQ(b.rows(documents), expected);
    // Every trigger is back, word for word, and nothing is left behind.
    const QString schema =
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    EXPECT_EQ(b.rows(schema), a.rows(schema));
    EXPECT_EQ(b.rows(QStringLiteral("SELECT count(*) FROM search_deferred")).at(0).at(0), 0);
    EXPECT_EQ(b.rows(QStringLiteral("PRAGMA journal_mode")).at(0).at(0), QStringLiteral("delete"));
}

// Every row of every table the bulk load writes holds what the record-by-record write holds
// (the write time aside), and the indexes made again at its end agree with their tables.
TEST(BulkLoad, GivesTheSameRowsAsRecordByRecord)
{
    const BothWrites both;
    ASSERT_FALSE(HasFatalFailure());
    const eb::test::RawSqlite &a = *both.plain;
    const eb::test::RawSqlite &b = *both.bulk;
    for (const char *table : {"source", "outcome_measure", "study", "result", "arm_summary"}) {
        QStringList columns;
        for (const QVariantList &column :
             a.rows(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
            if (column.at(0).toString() != QLatin1String("updated_at")) {
                columns << column.at(0).toString();
            }
        }
        const QString sql = QStringLiteral("SELECT rowid, %1 FROM %2 ORDER BY rowid")
                                .arg(columns.join(QStringLiteral(", ")), QLatin1String(table));
        const auto expected = a.rows(sql);
        EXPECT_FALSE(expected.empty()) << table;
        EXPECT_EQ(b.rows(sql), expected) << table;
    }
    // Every index made again at the end holds exactly its table's rows.
    EXPECT_EQ(b.rows(QStringLiteral("PRAGMA integrity_check")).at(0).at(0), QStringLiteral("ok"));
}

TEST(BulkLoad, TheIndexFollowsWritesAfterTheBulkLoad)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bulk.sqlite"));
    writeSynthetic(file, true);
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(file, OpenMode::ReadWrite));
    const auto studies = catalogue.studies();
    ASSERT_FALSE(studies.isEmpty());
    // A result added to a study later puts its words in that study's document.
    QList<RecordRow> more = syntheticStudy({40, 3, 5}, 0);
    RecordRow result;
    for (const RecordRow &row : more) {
        if (row.kind == RecordKind::Result) {
            result = row;
        }
    }
    ASSERT_EQ(result.kind, RecordKind::Result);
    result.fields[QStringLiteral("note")] = QStringLiteral("zyxwvutsrq");
    const WriteReport report = catalogue.insertRecords({result});
    ASSERT_TRUE(report.committed);
    EXPECT_EQ(catalogue.searchIds(SearchHit::Kind::Study, QStringLiteral("zyxwvutsrq")).size(), 1);
}

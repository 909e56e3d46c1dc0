// A full disk, simulated with SQLite's PRAGMA max_page_count on the catalogue's own connection:
// an import and an edit each fail with a message that says the disk is full, and the
// file is byte for byte what it was.
#include "catalogue/catalogue.h"
#include "rawsqlite.h"
#include "testcatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

QByteArray checksum(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Fields source(const QString &slug, const QString &notes = {})
{
    Fields f{{QStringLiteral("slug"), slug},
             {QStringLiteral("kind"), QStringLiteral("journal_article")},
             {QStringLiteral("short_label"), QStringLiteral("Full 2025")},
             {QStringLiteral("sponsorship"), QStringLiteral("unknown")}};
    if (!notes.isEmpty()) {
        f.insert(QStringLiteral("notes"), notes);
    }
    return f;
}

bool saysDiskFull(const WriteReport &report)
{
    for (const RecordProblem &p : report.problems) {
        if (p.problem.rule == QLatin1String("disk-full") &&
            p.problem.message.contains(QLatin1String("full"))) {
            return true;
        }
    }
    return false;
}

TEST(FullDisk, AWriteThatDoesNotFitFailsCleanlyAndChangesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_TRUE(QFile::copy(test::bundledFile(), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadWrite)) << catalogue.lastError().toStdString();
    // One user source to edit and delete later, written while there is room.
    ASSERT_TRUE(catalogue
                    .insertRecords({RecordRow{RecordKind::Source, 0, 0, true,
                                              source(QStringLiteral("full-disk-one"))}})
                    .committed);
    const qint64 pages = eb::test::RawSqlite(path, true)
                             .rows(QStringLiteral("PRAGMA page_count"))
                             .at(0)
                             .at(0)
                             .toLongLong();
    // The disk is "full" two pages from now, for this connection.
    ASSERT_TRUE(catalogue.runScripts(
        {SqlScript{QStringLiteral("full disk"),
                   QByteArrayLiteral("PRAGMA max_page_count = ") + QByteArray::number(pages + 2)}}))
        << catalogue.lastError().toStdString();
    const QByteArray before = checksum(path);
    const qint64 sourcesBefore = catalogue.records(RecordKind::Source).size();

    // An import of 2,000 sources needs far more than two pages.
    QList<RecordRow> many;
    for (int i = 0; i < 2000; ++i) {
        many << RecordRow{RecordKind::Source, 0, 0, true,
                          source(QStringLiteral("full-%1").arg(i), QString(200, QChar(u'x')))};
    }
    const WriteReport import = catalogue.insertRecords(many);
    EXPECT_FALSE(import.committed);
    EXPECT_EQ(import.written, 0);
    EXPECT_TRUE(saysDiskFull(import))
        << (import.problems.isEmpty() ? std::string("no problem")
                                      : import.problems.first().problem.message.toStdString());

    // An edit that grows the row past the limit, and the same through the batch API.
    const auto one = [&] {
        for (const RecordRow &row : catalogue.records(RecordKind::Source)) {
            if (row.fields.value(QStringLiteral("slug")) == QLatin1String("full-disk-one")) {
                return row;
            }
        }
        return RecordRow{};
    }();
    ASSERT_GT(one.id, 0);
    RecordRow grown = one;
    grown.fields = source(QStringLiteral("full-disk-one"), QString(20000, QChar(u'y')));
    const WriteReport edit = catalogue.updateRecord(grown);
    EXPECT_FALSE(edit.committed);
    EXPECT_TRUE(saysDiskFull(edit));

    EXPECT_EQ(catalogue.records(RecordKind::Source).size(), sourcesBefore);
    catalogue.close();
    EXPECT_EQ(checksum(path), before);
    eb::test::RawSqlite raw(path, true);
    EXPECT_EQ(raw.rows(QStringLiteral("PRAGMA integrity_check")).at(0).at(0).toString(),
              QStringLiteral("ok"));
    EXPECT_EQ(raw.rows(QStringLiteral("SELECT row_version FROM source WHERE slug = "
                                      "'full-disk-one'"))
                  .at(0)
                  .at(0)
                  .toInt(),
              1);
}

} // namespace

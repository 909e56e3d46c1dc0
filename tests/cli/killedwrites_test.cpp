// Writes killed with SIGKILL at a random moment leave the catalogue whole (issue 18, "Proof"):
// - an upgrade: `evidence catalogue list` on a schema-4 file with 3,000 user results is killed
//   while it backs up and migrates; afterwards the file is either the old one byte for byte or
//   fully upgraded with every result, and check-db passes;
// - a burst of edits and deletes through the write API (catalogue_probe edits) is killed;
//   afterwards check-db passes and every record is wholly at one version: a source's notes and
//   a result's quote and both its arm summaries all say the version the row has.
// 10 kills of each per run; EB_KILL_RUNS=100 (or any number) runs more.
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "killharness.h"
#include "oldcatalogue.h"
#include "rawsqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

namespace {

using namespace eb::catalogue;

using eb::test::checkDb;

int runs()
{
    return eb::test::killRuns("EB_KILL_RUNS", 10);
}

QByteArray checksum(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Fields result(int i)
{
    return {{QStringLiteral("study"), QStringLiteral("captain-ii")},
            {QStringLiteral("outcome"), QStringLiteral("arat")},
            {QStringLiteral("source"), QStringLiteral("guekht-2017")},
            {QStringLiteral("metric"), QStringLiteral("md")},
            {QStringLiteral("estimate"), QStringLiteral("%1.50").arg(i % 9)},
            {QStringLiteral("quote"), QStringLiteral("q")},
            {QStringLiteral("treatment_n"), QStringLiteral("50")},
            {QStringLiteral("treatment_mean"), QStringLiteral("3.0")},
            {QStringLiteral("treatment_quote"), QStringLiteral("q")},
            {QStringLiteral("control_n"), QStringLiteral("50")},
            {QStringLiteral("control_mean"), QStringLiteral("1.0")},
            {QStringLiteral("control_quote"), QStringLiteral("q")}};
}

Fields source(int i)
{
    return {{QStringLiteral("slug"), QStringLiteral("kill-%1").arg(i)},
            {QStringLiteral("kind"), QStringLiteral("journal_article")},
            {QStringLiteral("short_label"), QStringLiteral("Kill %1").arg(i)},
            {QStringLiteral("sponsorship"), QStringLiteral("unknown")}};
}

// A copy of the bundled catalogue with `sources` user sources and `results` user results.
void makeCatalogue(const QString &path, int sources, int results)
{
    ASSERT_NO_FATAL_FAILURE(eb::test::copyBundledCatalogue(path));
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadWrite)) << catalogue.lastError().toStdString();
    QList<RecordRow> rows;
    for (int i = 0; i < sources; ++i) {
        rows << RecordRow{RecordKind::Source, 0, 0, true, source(i)};
    }
    for (int i = 0; i < results; ++i) {
        rows << RecordRow{RecordKind::Result, 0, 0, true, result(i)};
    }
    const WriteReport report = catalogue.insertRecords(rows);
    ASSERT_TRUE(report.committed) << (report.problems.isEmpty()
                                          ? std::string()
                                          : report.problems.first().problem.message.toStdString());
}

qint64 scalar(const QString &path, const QString &sql)
{
    // Read-write: the first read rolls back a hot journal a killed writer left.
    eb::test::RawSqlite db(path);
    return db.rows(sql).at(0).at(0).toLongLong();
}

TEST(KilledWrites, AKilledUpgradeLeavesTheOldFileOrTheWholeUpgrade)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    makeCatalogue(old, 0, 3000);
    eb::test::downgradeToSchema4(old);
    const QByteArray oldSum = checksum(old);
    const qint64 results = scalar(old, QStringLiteral("SELECT count(*) FROM result"));
    const QString path = dir.filePath(QStringLiteral("catalogue.sqlite"));
    const auto fresh = [&] {
        eb::test::freshCopy(old, path);
    };
    const QStringList arguments{QStringLiteral("catalogue"), QStringLiteral("list"),
                                QStringLiteral("--database"), path};

    // One whole upgrade bounds the random delays.
    fresh();
    qint64 whole = 0;
    ASSERT_NO_FATAL_FAILURE(
        whole = eb::test::wholeRunMs(QStringLiteral(EB_EVIDENCE_EXECUTABLE), arguments));
    ASSERT_EQ(scalar(path, QStringLiteral("PRAGMA user_version")),
              Catalogue::latestSchemaVersion());

    int oldKept = 0;
    int upgraded = 0;
    for (int run = 0; run < runs(); ++run) {
        SCOPED_TRACE(run);
        fresh();
        // Up to a quarter past the whole run, so that some runs finish before the kill.
        ASSERT_NO_FATAL_FAILURE(eb::test::killAfter(QStringLiteral(EB_EVIDENCE_EXECUTABLE),
                                                    arguments,
                                                    eb::test::randomMomentMs(whole + whole / 4)));

        const qint64 version = scalar(path, QStringLiteral("PRAGMA user_version"));
        if (version == 4) {
            ++oldKept;
            EXPECT_EQ(checksum(path), oldSum) << "an old file must be left byte for byte";
        } else {
            ++upgraded;
            EXPECT_EQ(version, Catalogue::latestSchemaVersion());
            QString report;
            EXPECT_EQ(checkDb(path, &report), 0) << report.toStdString();
            EXPECT_EQ(scalar(path, QStringLiteral("SELECT count(*) FROM result")), results);
        }
    }
    std::cout << "killed upgrades: " << oldKept << " left old, " << upgraded << " upgraded\n";
}

// Every user record is wholly at the version its row has.
void expectEveryRecordAtOneVersion(const QString &path)
{
    eb::test::RawSqlite db(path, true);
    for (const auto &row : db.rows(
             QStringLiteral("SELECT slug, row_version, notes FROM source WHERE user_record = 1"))) {
        const qint64 version = row.at(1).toLongLong();
        EXPECT_EQ(row.at(2).toString(),
                  version == 1 ? QString() : QStringLiteral("edit %1").arg(version))
            << row.at(0).toString().toStdString();
    }
    for (const auto &row : db.rows(QStringLiteral(
             "SELECT r.id, r.row_version, r.quote, (SELECT count(*) FROM arm_summary a WHERE "
             "a.result_id = r.id), (SELECT count(*) FROM arm_summary a WHERE a.result_id = r.id "
             "AND a.quote = r.quote) FROM result r WHERE r.user_record = 1"))) {
        const qint64 version = row.at(1).toLongLong();
        SCOPED_TRACE(row.at(0).toLongLong());
        EXPECT_EQ(row.at(2).toString(),
                  version == 1 ? QStringLiteral("q") : QStringLiteral("edit %1").arg(version));
        EXPECT_EQ(row.at(3).toInt(), 2);
        EXPECT_EQ(row.at(4).toInt(), 2);
    }
}

TEST(KilledWrites, AKilledBurstOfEditsLeavesEveryRecordWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString start = dir.filePath(QStringLiteral("start.sqlite"));
    makeCatalogue(start, 20, 20);
    const QString path = dir.filePath(QStringLiteral("catalogue.sqlite"));
    const auto fresh = [&] {
        eb::test::freshCopy(start, path);
    };
    const QStringList arguments{QStringLiteral("edits"), path, QStringLiteral("6")};

    fresh();
    qint64 whole = 0;
    ASSERT_NO_FATAL_FAILURE(
        whole = eb::test::wholeRunMs(QStringLiteral(EB_CATALOGUE_PROBE), arguments));
    expectEveryRecordAtOneVersion(path);
    EXPECT_LT(scalar(path, QStringLiteral("SELECT count(*) FROM result WHERE user_record = 1")),
              20); // some were deleted

    for (int run = 0; run < runs(); ++run) {
        SCOPED_TRACE(run);
        fresh();
        ASSERT_NO_FATAL_FAILURE(eb::test::killAfter(QStringLiteral(EB_CATALOGUE_PROBE), arguments,
                                                    eb::test::randomMomentMs(whole)));

        QString report;
        ASSERT_EQ(checkDb(path, &report), 0) << report.toStdString();
        expectEveryRecordAtOneVersion(path);
    }
}

} // namespace

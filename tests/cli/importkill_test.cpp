// An import killed at a random moment leaves all of it or none: a child `evidence import` of
// 10,000 records is sent SIGKILL after a random delay; afterwards `evidence check-db` passes
// and the catalogue holds either every imported record or none of them. 20 kills per run keep
// CI short; EB_IMPORT_KILL_RUNS=100 (or any number) runs more.
#include "cataloguecopy.h"
#include "killharness.h"
#include "rawsqlite.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

namespace {

constexpr int kRows = 10000;

using eb::test::checkDb;

qint64 sources(const QString &path)
{
    eb::test::RawSqlite db(path, true);
    return db.rows(QStringLiteral("SELECT count(*) FROM source")).at(0).at(0).toLongLong();
}

// 10,000 sources, with unicode and quoted commas.
QByteArray bigImport()
{
    QByteArray csv = "slug,kind,short_label,sponsorship,doi,year,notes\n";
    for (int i = 0; i < kRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "bulk-" + n + ",journal_article,\"Bulk, " + n + "\",unknown,10.1000/bulk." + n +
               ",2020,\"\xC3\xBC " + n + "\"\n";
    }
    return csv;
}

TEST(ImportKill, AKilledImportIsWhollyPresentOrWhollyAbsent)
{
    const int runs = eb::test::killRuns("EB_IMPORT_KILL_RUNS", 20);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bigImport());
    }
    const QString database = dir.filePath(QStringLiteral("catalogue.sqlite"));
    const auto fresh = [&] {
        eb::test::freshCopy(eb::test::bundledCatalogueFile(), database);
    };
    const QStringList arguments{QStringLiteral("import"), csv, QStringLiteral("--database"),
                                database};

    // One whole import: it succeeds, and how long it takes bounds the random delays.
    fresh();
    const qint64 before = sources(database);
    qint64 whole = 0;
    ASSERT_NO_FATAL_FAILURE(
        whole = eb::test::wholeRunMs(QStringLiteral(EB_EVIDENCE_EXECUTABLE), arguments));
    ASSERT_EQ(sources(database), before + kRows);

    int present = 0;
    int absent = 0;
    for (int run = 0; run < runs; ++run) {
        SCOPED_TRACE(run);
        fresh();
        ASSERT_NO_FATAL_FAILURE(eb::test::killAfter(QStringLiteral(EB_EVIDENCE_EXECUTABLE),
                                                    arguments, eb::test::randomMomentMs(whole)));

        QString report;
        ASSERT_EQ(checkDb(database, &report), 0) << report.toStdString();
        const qint64 after = sources(database);
        EXPECT_TRUE(after == before || after == before + kRows) << after;
        (after == before ? absent : present) += 1;
    }
    // Not asserted (it depends on timing), but says what the runs exercised.
    std::cout << "killed imports: " << absent << " absent, " << present << " present\n";
}

} // namespace

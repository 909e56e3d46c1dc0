// An import killed at a random moment leaves all of it or none: a child `evidence import` of
// 10,000 records is sent SIGKILL after a random delay; afterwards `evidence check-db` passes
// and the catalogue holds either every imported record or none of them. 20 kills per run keep
// CI short; EB_IMPORT_KILL_RUNS=100 (or any number) runs more.
#include "cli/common/cli.h"
#include "rawsqlite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <gtest/gtest.h>
#include <iostream>

namespace {

constexpr int kRows = 10000;

int checkDb(const QString &path, QString *out)
{
    QString err;
    QString in;
    QTextStream outStream(out);
    QTextStream errStream(&err);
    QTextStream inStream(&in);
    eb::cli::Io io{outStream, errStream, inStream};
    const int status =
        eb::cli::run({QStringLiteral("evidence"), QStringLiteral("check-db"), path}, io);
    outStream.flush();
    return status;
}

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
    const int runs = qEnvironmentVariableIsSet("EB_IMPORT_KILL_RUNS")
                         ? qEnvironmentVariableIntValue("EB_IMPORT_KILL_RUNS")
                         : 20;
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
        QFile::remove(database);
        QFile::remove(database + QStringLiteral("-journal"));
        for (const QString &name :
             QDir(dir.path())
                 .entryList({QStringLiteral("catalogue.sqlite.backup-*")}, QDir::Files)) {
            QFile::remove(dir.filePath(name));
        }
        EXPECT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), database));
        QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    };
    const QStringList arguments{QStringLiteral("import"), csv, QStringLiteral("--database"),
                                database};

    // One whole import: it succeeds, and how long it takes bounds the random delays.
    fresh();
    const qint64 before = sources(database);
    QElapsedTimer timer;
    timer.start();
    {
        QProcess child;
        child.start(QStringLiteral(EB_EVIDENCE_EXECUTABLE), arguments);
        ASSERT_TRUE(child.waitForFinished(-1));
        ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    }
    const qint64 whole = qMax<qint64>(timer.elapsed(), 50);
    ASSERT_EQ(sources(database), before + kRows);

    int present = 0;
    int absent = 0;
    for (int run = 0; run < runs; ++run) {
        SCOPED_TRACE(run);
        fresh();
        QProcess child;
        child.start(QStringLiteral(EB_EVIDENCE_EXECUTABLE), arguments);
        ASSERT_TRUE(child.waitForStarted(-1));
        QThread::msleep(QRandomGenerator::global()->bounded(static_cast<quint32>(whole)));
        child.kill(); // SIGKILL
        child.waitForFinished(-1);

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

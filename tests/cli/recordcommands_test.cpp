// `evidence check-db`, `export` and `import` in-process on copies of the bundled catalogue:
// clean and damaged files, good and bad imports (every problem listed, nothing written), the
// dry run, RFC 4180 details, the export/import round trip, and the opening policy on the
// command line (an older file is backed up before it is upgraded).
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"
#include "oldcatalogue.h"
#include "output/textformats.h"
#include "rawsqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <unistd.h>

namespace {

using eb::catalogue::Catalogue;
using eb::catalogue::OpenMode;
using eb::catalogue::RecordKind;

using eb::test::CommandRun;
using eb::test::evidence;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray checksum(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

QString templatePath(const char *kind)
{
    return QStringLiteral(EB_SOURCE_DIR "/docs/templates/%1.csv").arg(QLatin1String(kind));
}

class RecordCommands : public eb::test::CatalogueFileTest
{
protected:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CommandRun import(const QString &path, const QStringList &extra = {}) const
    {
        return evidence(
            QStringList{QStringLiteral("import"), path, QStringLiteral("--database"), m_database} +
            extra);
    }

    qint64 count(const QString &table) const
    {
        eb::test::RawSqlite db(m_database, true);
        return db.rows(QStringLiteral("SELECT count(*) FROM ") + table).at(0).at(0).toLongLong();
    }

    QStringList backups() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("catalogue.sqlite.backup-*")}, QDir::Files);
    }
};

// --- check-db -------------------------------------------------------------------------------

TEST_F(RecordCommands, CheckDbPassesTheBundledCatalogueAndChangesNothing)
{
    const QByteArray before = checksum(m_database);
    const CommandRun run = evidence({QStringLiteral("check-db"), m_database});
    EXPECT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(": clean"))) << run.out.toStdString();
    EXPECT_EQ(checksum(m_database), before);

    const CommandRun json =
        evidence({QStringLiteral("check-db"), m_database, QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_TRUE(root.value(QStringLiteral("clean")).toBool());
}

TEST_F(RecordCommands, CheckDbNamesTableRowColumnAndRuleOfDomainDamage)
{
    {
        eb::test::RawSqlite db(m_database);
        db.rows(QStringLiteral("UPDATE source SET doi = 'doi.org/x' WHERE id = (SELECT min(id) "
                               "FROM source)"));
        db.rows(QStringLiteral("UPDATE result SET p_value = 0 WHERE id = (SELECT min(id) FROM "
                               "result WHERE p_value IS NOT NULL)"));
    }
    const qint64 sourceId = eb::test::RawSqlite(m_database, true)
                                .rows(QStringLiteral("SELECT min(id) FROM source"))
                                .at(0)
                                .at(0)
                                .toLongLong();
    const CommandRun run = evidence({QStringLiteral("check-db"), m_database});
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("source row %1 column doi: \"doi.org/x\"").arg(sourceId)))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("[doi]")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("column p_value")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("[p-range]")));

    const CommandRun json =
        evidence({QStringLiteral("check-db"), QStringLiteral("--json"), m_database});
    EXPECT_EQ(json.status, 1);
    const QJsonArray problems = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("problems"))
                                    .toArray();
    ASSERT_EQ(problems.size(), 2) << json.out.toStdString();
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("table")).toString(),
              QStringLiteral("source"));
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("row")).toInteger(), sourceId);
}

TEST_F(RecordCommands, CheckDbFindsAForeignKeyViolation)
{
    {
        eb::test::RawSqlite db(m_database);
        db.rows(QStringLiteral("PRAGMA foreign_keys = OFF"));
        db.rows(QStringLiteral("UPDATE result SET outcome_id = 999999 WHERE id = (SELECT min(id) "
                               "FROM result)"));
    }
    const CommandRun run = evidence({QStringLiteral("check-db"), m_database});
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("[foreign-key]"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("column outcome_id")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("outcome_measure")));
}

TEST_F(RecordCommands, CheckDbReportsACorruptFileAndLeavesItAlone)
{
    QByteArray bytes = readAll(m_database);
    ASSERT_GT(bytes.size(), 20 * 4096);
    for (int i = 8 * 4096; i < 12 * 4096; ++i) {
        bytes[i] = static_cast<char>(i * 7);
    }
    writeAll(m_database, bytes);
    const QByteArray before = checksum(m_database);
    const CommandRun run = evidence({QStringLiteral("check-db"), m_database});
    EXPECT_EQ(run.status, 1) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral(": clean")));
    EXPECT_EQ(checksum(m_database), before);
}

// --- import ---------------------------------------------------------------------------------

TEST_F(RecordCommands, TheTemplatesImportInOrderAsUserRecordsAfterABackup)
{
    const qint64 results = count(QStringLiteral("result"));
    // One template per kind, in import order (study.csv holds a trial and a review).
    const QStringList kinds = eb::catalogue::recordKindNames();
    ASSERT_EQ(kinds.size(), 10);
    for (const QString &kind : kinds) {
        SCOPED_TRACE(kind.toStdString());
        const CommandRun run = import(templatePath(kind.toLatin1().constData()));
        EXPECT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(
            QStringLiteral("added %1 records").arg(kind == QLatin1String("study") ? 2 : 1)))
            << run.out.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("result")), results + 1);
    EXPECT_EQ(count(QStringLiteral("synthesis_inclusion WHERE user_record = 1")), 1);
    EXPECT_EQ(count(QStringLiteral("mechanism_target WHERE user_record = 1")), 1);
    EXPECT_EQ(backups().size(), 10) << backups().join(QChar(u' ')).toStdString();
    EXPECT_EQ(count(QStringLiteral("arm_summary WHERE result_id = (SELECT max(id) FROM result)")),
              2);

    // The digits as typed, the mark of a user record, and check-db still clean.
    const CommandRun exported =
        evidence({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--kind"), QStringLiteral("result"), QStringLiteral("-"),
                  QStringLiteral("--database"), m_database});
    ASSERT_EQ(exported.status, 0) << exported.err.toStdString();
    const QString last = exported.out.trimmed().split(QStringLiteral("\r\n")).last();
    EXPECT_TRUE(last.contains(QStringLiteral(",4.20,1.10,7.30,"))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral(",9.80,"))) << last.toStdString();
    EXPECT_TRUE(last.endsWith(QStringLiteral(",user"))) << last.toStdString();
    EXPECT_EQ(evidence({QStringLiteral("check-db"), m_database}).status, 0);
}

TEST_F(RecordCommands, EveryBadRowIsListedAndNothingIsWritten)
{
    const QByteArray header = readAll(templatePath("result")).split('\n').first().trimmed();
    const QByteArray good = readAll(templatePath("result")).split('\n').at(1).trimmed();
    ASSERT_TRUE(import(templatePath("source")).status == 0);
    ASSERT_TRUE(import(templatePath("outcome")).status == 0);
    ASSERT_TRUE(import(templatePath("study")).status == 0);
    QByteArray csv = header + "\n" + good + "\n";
    csv += QByteArray(good).replace(",4.20,", ",\"4,20\",") + "\n";            // line 3
    csv += QByteArray(good).replace(",7.30,", ",3.10,") + "\n";                // line 4
    csv += QByteArray(good).replace("smith-trial,", "no-such-trial,") + "\n";  // line 5
    csv += QByteArray(good).replace(",0.008,", ",1.5,") + "\n";                // line 6
    csv += QByteArray(good).replace(",=,0.008,112,", ",=,0.008,20.5,") + "\n"; // line 7
    const QString path = file(QStringLiteral("bad.csv"));
    writeAll(path, csv);
    const QByteArray before = checksum(m_database);
    const int backupsBefore = static_cast<int>(backups().size());

    const CommandRun run = import(path);
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.err.count(QChar(u'\n')), 1) << run.err.toStdString();
    for (const char *expected :
         {"line 3, column estimate \"4,20\"", "[decimal-comma]", "line 4, column ci_high",
          "[ci-order]", "line 6, column p_value \"1.5\"", "[p-range]", "line 7, column n",
          "[integer]"}) {
        EXPECT_TRUE(run.out.contains(QLatin1String(expected))) << expected << "\n"
                                                               << run.out.toStdString();
    }
    EXPECT_EQ(checksum(m_database), before);
    EXPECT_EQ(backups().size(), backupsBefore);

    // With the field problems fixed, the missing study is found by the dry run inside the
    // transaction.
    writeAll(path, header + "\n" + good + "\n" +
                       QByteArray(good).replace("smith-trial,", "no-such-trial,") + "\n");
    const CommandRun reference = import(path, {QStringLiteral("--json")});
    EXPECT_EQ(reference.status, 2);
    const QJsonArray problems = QJsonDocument::fromJson(reference.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("problems"))
                                    .toArray();
    ASSERT_EQ(problems.size(), 1) << reference.out.toStdString();
    const QJsonObject problem = problems.at(0).toObject();
    EXPECT_EQ(problem.value(QStringLiteral("row")).toString(), QStringLiteral("line 3"));
    EXPECT_EQ(problem.value(QStringLiteral("column")).toString(), QStringLiteral("study"));
    EXPECT_EQ(problem.value(QStringLiteral("rule")).toString(), QStringLiteral("reference"));
    EXPECT_EQ(checksum(m_database), before);
}

TEST_F(RecordCommands, ATakenSlugIsReportedAndNothingIsWritten)
{
    ASSERT_EQ(import(templatePath("source")).status, 0);
    const QByteArray before = checksum(m_database);
    const CommandRun again = import(templatePath("source"));
    EXPECT_EQ(again.status, 2);
    EXPECT_TRUE(again.out.contains(QStringLiteral("[unique]"))) << again.out.toStdString();
    EXPECT_EQ(checksum(m_database), before);
}

TEST_F(RecordCommands, DryRunChecksEverythingAndWritesNothing)
{
    const QByteArray before = checksum(m_database);
    const CommandRun run = import(templatePath("source"), {QStringLiteral("--dry-run")});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("would be added")));
    EXPECT_EQ(checksum(m_database), before);
    EXPECT_TRUE(backups().isEmpty());
    // A dry run still finds what only the catalogue knows.
    const CommandRun result = import(templatePath("result"), {QStringLiteral("--dry-run")});
    EXPECT_EQ(result.status, 2);
    EXPECT_TRUE(result.out.contains(QStringLiteral("[reference]"))) << result.out.toStdString();
}

TEST_F(RecordCommands, CsvDetailsOfRfc4180AreRead)
{
    // A byte-order mark, CRLF and LF mixed, columns in another order, quoted commas, doubled
    // quotes, a line break inside a field, unicode.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "sponsorship,short_label,slug,kind,notes\r\n"
                           "unknown,\"Müller, Ω 2025\",muller-2025,preprint,\"a \"\"quoted\"\" "
                           "word\nand a second line\"\n"
                           "industry,Plain,plain-2025,website,\r\n";
    const QString path = file(QStringLiteral("rfc.csv"));
    writeAll(path, csv);
    const CommandRun run = import(path);
    ASSERT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();
    eb::test::RawSqlite db(m_database, true);
    const auto rows = db.rows(QStringLiteral("SELECT short_label, notes, user_record FROM source "
                                             "WHERE slug IN ('muller-2025', 'plain-2025') ORDER "
                                             "BY slug"));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows.at(0).at(0).toString(), QStringLiteral("Müller, Ω 2025"));
    EXPECT_EQ(rows.at(0).at(1).toString(), QStringLiteral("a \"quoted\" word\nand a second line"));
    EXPECT_EQ(rows.at(0).at(2).toLongLong(), 1);
    EXPECT_TRUE(rows.at(1).at(1).isNull()); // an empty cell is NULL
}

TEST_F(RecordCommands, ExportThenImportRoundTripsEveryRecordExactly)
{
    const QString first = file(QStringLiteral("first.json"));
    ASSERT_EQ(evidence({QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("json"), first, QStringLiteral("--database"), m_database})
                  .status,
              0);
    // A fresh, empty catalogue.
    const QString empty = file(QStringLiteral("empty.sqlite"));
    {
        Catalogue fresh;
        ASSERT_TRUE(fresh.open(empty, OpenMode::Create)) << fresh.lastError().toStdString();
    }
    const CommandRun imported =
        evidence({QStringLiteral("import"), first, QStringLiteral("--database"), empty});
    ASSERT_EQ(imported.status, 0) << imported.out.toStdString() << imported.err.toStdString();
    const QString second = file(QStringLiteral("second.json"));
    ASSERT_EQ(evidence({QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("json"), second, QStringLiteral("--database"), empty})
                  .status,
              0);
    QByteArray expected = readAll(first);
    expected.replace("\"record_origin\": \"bundled\"", "\"record_origin\": \"user\"");
    EXPECT_EQ(readAll(second), expected);
    EXPECT_TRUE(expected.contains("null")); // NULL stayed NULL

    // CSV, kind by kind, through the same empty-catalogue route.
    const QString third = file(QStringLiteral("third.sqlite"));
    {
        Catalogue fresh;
        ASSERT_TRUE(fresh.open(third, OpenMode::Create));
    }
    for (const QString &kind : eb::catalogue::recordKindNames()) {
        SCOPED_TRACE(kind.toStdString());
        const QString a = file(QStringLiteral("a-%1.csv").arg(kind));
        const QString b = file(QStringLiteral("b-%1.csv").arg(kind));
        const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--kind"), kind};
        ASSERT_EQ(
            evidence(exportArgs + QStringList{a, QStringLiteral("--database"), m_database}).status,
            0);
        const CommandRun run =
            evidence({QStringLiteral("import"), a, QStringLiteral("--database"), third});
        ASSERT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();
        ASSERT_EQ(evidence(exportArgs + QStringList{b, QStringLiteral("--database"), third}).status,
                  0);
        EXPECT_EQ(readAll(b), readAll(a).replace(",bundled\r\n", ",user\r\n"));
    }
}

TEST_F(RecordCommands, FormulasAreNeutralisedOnExportAndReadBackAsTyped)
{
    // Texts a spreadsheet would run as formulas, one already written with a quote, and
    // numbers, which are never changed.
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                              QStringLiteral("+1+2"),
                              QStringLiteral("-2+3 text"),
                              QStringLiteral("@SUM(A1:A9)"),
                              QStringLiteral("\t=1"),
                              QStringLiteral("'=already quoted"),
                              QStringLiteral("-0.35"),
                              QStringLiteral("+1e-3")};
    QByteArray csv = "slug,kind,short_label,sponsorship,notes\r\n";
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        QString notes = hostile.at(i);
        notes.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        // Typed as they are: the import reads a leading quote away only before = + - @.
        csv += QStringLiteral("formula-%1,website,Formula %1,unknown,\"%2\"\r\n")
                   .arg(i)
                   .arg(i == 5 ? QStringLiteral("''=already quoted") : notes)
                   .toUtf8();
    }
    const QString path = file(QStringLiteral("formulas.csv"));
    writeAll(path, csv);
    const CommandRun run = import(path);
    ASSERT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();

    const QString exported = file(QStringLiteral("exported.csv"));
    ASSERT_EQ(evidence({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--kind"), QStringLiteral("source"), exported,
                        QStringLiteral("--database"), m_database})
                  .status,
              0);
    const QString text = QString::fromUtf8(readAll(exported));
    for (const QString &line : text.split(QStringLiteral("\r\n"))) {
        if (!line.contains(QStringLiteral("formula-"))) {
            continue;
        }
        // No cell of a formula row starts with a formula character (quoted or not).
        for (QString cell : line.split(QLatin1Char(','))) {
            if (cell.startsWith(QLatin1Char('"'))) {
                cell.remove(0, 1);
            }
            const bool formula = !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0));
            ASSERT_FALSE(formula && !eb::output::isCsvNumber(cell)) << line.toStdString();
        }
    }
    EXPECT_TRUE(text.contains(QStringLiteral(",\"'=HYPERLINK(")));
    EXPECT_TRUE(text.contains(QStringLiteral(",'@SUM(A1:A9)")));
    EXPECT_TRUE(text.contains(QStringLiteral(",'\t=1")));
    EXPECT_TRUE(text.contains(QStringLiteral(",''=already quoted")));
    EXPECT_TRUE(text.contains(QStringLiteral(",-0.35")));
    EXPECT_FALSE(text.contains(QStringLiteral("'-0.35")));

    // Read back into an empty catalogue, every text is what was typed.
    const QString empty = file(QStringLiteral("empty.sqlite"));
    {
        Catalogue fresh;
        ASSERT_TRUE(fresh.open(empty, OpenMode::Create)) << fresh.lastError().toStdString();
    }
    const CommandRun again =
        evidence({QStringLiteral("import"), exported, QStringLiteral("--database"), empty});
    ASSERT_EQ(again.status, 0) << again.out.toStdString() << again.err.toStdString();
    eb::test::RawSqlite db(empty, true);
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        const auto rows =
            db.rows(QStringLiteral("SELECT notes FROM source WHERE slug = 'formula-%1'").arg(i));
        ASSERT_EQ(rows.size(), 1u);
        EXPECT_EQ(rows.at(0).at(0).toString(), hostile.at(i)) << i;
    }
}

TEST_F(RecordCommands, ExportNeverReplacesWhatIsNotAFile)
{
    const QString folder = file(QStringLiteral("folder.csv"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const CommandRun run =
        evidence({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--kind"), QStringLiteral("source"), folder,
                  QStringLiteral("--database"), m_database});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

// --- the opening policy on the command line ---------------------------------------------------

TEST_F(RecordCommands, AnOlderFileIsBackedUpBeforeItIsUpgraded)
{
    // Schema 4: the bundled file without what the migrations since added.
    eb::test::downgradeToSchema4(m_database);
    const QByteArray old = checksum(m_database);
    const CommandRun run = evidence({QStringLiteral("catalogue"), QStringLiteral("list"),
                                     QStringLiteral("--database"), m_database});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    ASSERT_EQ(backups().size(), 1);
    const QString backup = m_dir.filePath(backups().first());
    EXPECT_EQ(eb::test::RawSqlite(backup, true)
                  .rows(QStringLiteral("PRAGMA user_version"))
                  .at(0)
                  .at(0)
                  .toInt(),
              4);
    EXPECT_EQ(eb::test::RawSqlite(m_database, true)
                  .rows(QStringLiteral("PRAGMA user_version"))
                  .at(0)
                  .at(0)
                  .toInt(),
              Catalogue::latestSchemaVersion());
    EXPECT_NE(checksum(m_database), old);
}

TEST_F(RecordCommands, RefusedFilesAreLeftByteForByteUnchanged)
{
    const QByteArray bundled = readAll(m_database);
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("zero.sqlite"), QByteArray()},
        {QStringLiteral("random.sqlite"), QByteArray(5000, '\x5a')},
        {QStringLiteral("truncated.sqlite"), bundled.left(bundled.size() / 2)},
    };
    for (const auto &[name, bytes] : files) {
        SCOPED_TRACE(name.toStdString());
        const QString path = file(name);
        writeAll(path, bytes);
        const QByteArray before = checksum(path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("catalogue"), QStringLiteral("list")},
              QStringList{QStringLiteral("import"), templatePath("source")}}) {
            const CommandRun run =
                evidence(command + QStringList{QStringLiteral("--database"), path});
            EXPECT_EQ(run.status, 2) << run.out.toStdString();
        }
        EXPECT_EQ(evidence({QStringLiteral("check-db"), path}).status, 1);
        EXPECT_EQ(checksum(path), before);
    }
    // A newer schema version.
    const QString newer = file(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(QFile::copy(m_database, newer));
    eb::test::RawSqlite(newer).rows(QStringLiteral("PRAGMA user_version = 999"));
    const QByteArray before = checksum(newer);
    EXPECT_EQ(import(templatePath("source")).status, 0); // the good file still takes it
    EXPECT_EQ(evidence({QStringLiteral("import"), templatePath("source"),
                        QStringLiteral("--database"), newer})
                  .status,
              2);
    EXPECT_EQ(checksum(newer), before);
}

TEST_F(RecordCommands, AReadOnlyFileOpensAndIsNotChanged)
{
    if (geteuid() == 0) {
        GTEST_SKIP() << "file permissions do not bind root";
    }
    QFile::setPermissions(m_database, QFileDevice::ReadOwner);
    const QByteArray before = checksum(m_database);
    EXPECT_EQ(evidence({QStringLiteral("catalogue"), QStringLiteral("list"),
                        QStringLiteral("--database"), m_database})
                  .status,
              0);
    const CommandRun run = import(templatePath("source"));
    EXPECT_NE(run.status, 0);
    EXPECT_EQ(checksum(m_database), before);
}

} // namespace

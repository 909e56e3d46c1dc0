// A statement's kind (verbatim or transcribed) in record files and on the command line: the
// CSV templates' `statement_kind` columns import, export and import again unchanged; an older
// file without them imports as transcribed; `catalogue show` prints a verbatim user statement
// in quotation marks (JSON "verbatim": true with a "quote") and a transcribed one as "Reported
// in SOURCE (WHERE): ..."; check-db flags a stored verbatim statement with no words.
#include "cataloguecopy.h"
#include "commandrun.h"
#include "output/csvreader.h"
#include "rawsqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;

const QString kVerbatimWords = QStringLiteral("Cerebrolysin improved the test outcome at day 90");
const QString kOurWords = QStringLiteral("the arm mean and SD as the table prints them");

QString templatePath(const char *kind)
{
    return QStringLiteral(EB_SOURCE_DIR "/docs/templates/%1.csv").arg(QLatin1String(kind));
}

QString readText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// Each data row of a CSV text as column -> value.
QList<QMap<QString, QString>> csvRows(const QString &text)
{
    eb::output::CsvError error;
    const auto table = eb::output::parseCsv(text, &error);
    EXPECT_TRUE(table.has_value()) << error.message.toStdString();
    QList<QMap<QString, QString>> rows;
    if (!table) {
        return rows;
    }
    for (const auto &record : table->rows) {
        QMap<QString, QString> row;
        for (qsizetype c = 0; c < table->header.size(); ++c) {
            row.insert(table->header.at(c), record.fields.value(c));
        }
        rows << row;
    }
    return rows;
}

// The template's result row with the words and kinds given.
QString resultCsv(const QMap<QString, QString> &changes, const QStringList &dropColumns = {})
{
    QMap<QString, QString> row = csvRows(readText(templatePath("result"))).value(0);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        row.insert(it.key(), it.value());
    }
    eb::output::CsvError error;
    const QStringList header =
        eb::output::parseCsv(readText(templatePath("result")), &error)->header;
    QStringList names;
    QStringList cells;
    for (const QString &name : header) {
        if (dropColumns.contains(name)) {
            continue;
        }
        names << name;
        QString cell = row.value(name);
        cells << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"');
    }
    return names.join(QLatin1Char(',')) + QLatin1Char('\n') + cells.join(QLatin1Char(',')) +
           QLatin1Char('\n');
}

class StatementKindFiles : public eb::test::CatalogueFileTest
{
protected:
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CommandRun run(QStringList arguments, const QString &database) const
    {
        return evidence(arguments << QStringLiteral("--database") << database);
    }

    // The templates a result names: a source, an outcome, a study.
    void importNamed(const QString &database) const
    {
        for (const char *kind : {"source", "outcome", "study"}) {
            const CommandRun imported =
                run({QStringLiteral("import"), templatePath(kind)}, database);
            ASSERT_EQ(imported.status, 0) << imported.out.toStdString();
        }
    }

    // The user's results, as `export --kind result` writes them.
    QList<QMap<QString, QString>> userResults(const QString &database) const
    {
        const CommandRun exported =
            run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--kind"), QStringLiteral("result"), QStringLiteral("-")},
                database);
        EXPECT_EQ(exported.status, 0) << exported.err.toStdString();
        QList<QMap<QString, QString>> user;
        for (const auto &row : csvRows(exported.out)) {
            if (row.value(QStringLiteral("record_origin")) == QLatin1String("user")) {
                user << row;
            }
        }
        return user;
    }
};

} // namespace

TEST_F(StatementKindFiles, TheKindRoundTripsThroughExportAndImportExactly)
{
    ASSERT_NO_FATAL_FAILURE(importNamed(m_database));
    const QString path = file(QStringLiteral("verbatim.csv"));
    writeText(path,
              resultCsv({{QStringLiteral("quote"), kVerbatimWords},
                         {QStringLiteral("statement_kind"), QStringLiteral("verbatim")},
                         {QStringLiteral("statement_where"), QString()},
                         {QStringLiteral("treatment_quote"), kOurWords},
                         {QStringLiteral("control_quote"), QStringLiteral("27.3 (10.1) SD")},
                         {QStringLiteral("control_statement_kind"), QStringLiteral("verbatim")}}));
    const CommandRun imported = run({QStringLiteral("import"), path}, m_database);
    ASSERT_EQ(imported.status, 0) << imported.out.toStdString();

    const auto first = userResults(m_database);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first.at(0).value(QStringLiteral("statement_kind")), QStringLiteral("verbatim"));
    EXPECT_EQ(first.at(0).value(QStringLiteral("statement_where")), QString());
    EXPECT_EQ(first.at(0).value(QStringLiteral("treatment_statement_kind")),
              QStringLiteral("transcribed"));
    EXPECT_EQ(first.at(0).value(QStringLiteral("treatment_statement_where")),
              QStringLiteral("Table 2"));
    EXPECT_EQ(first.at(0).value(QStringLiteral("control_statement_kind")),
              QStringLiteral("verbatim"));

    // Export, import into another copy of the bundled file, export again: the same row.
    const QString second = file(QStringLiteral("second.sqlite"));
    ASSERT_NO_FATAL_FAILURE(eb::test::copyBundledCatalogue(second));
    ASSERT_NO_FATAL_FAILURE(importNamed(second));
    const QString exported = file(QStringLiteral("exported.csv"));
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--kind"), QStringLiteral("result"), exported},
                  m_database)
                  .status,
              0);
    // Only the user's row: the bundled results are in the second copy already.
    QStringList lines = readText(exported).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QString header = lines.takeFirst();
    QString userLine;
    for (const QString &line : lines) {
        if (line.endsWith(QLatin1String(",user"))) {
            userLine = line;
        }
    }
    ASSERT_FALSE(userLine.isEmpty());
    writeText(exported, header + QStringLiteral("\r\n") + userLine + QStringLiteral("\r\n"));
    const CommandRun again = run({QStringLiteral("import"), exported}, second);
    ASSERT_EQ(again.status, 0) << again.out.toStdString();
    EXPECT_EQ(userResults(second), first);
}

TEST_F(StatementKindFiles, AnOlderFileWithoutTheKindColumnImportsAsTranscribed)
{
    ASSERT_NO_FATAL_FAILURE(importNamed(m_database));
    const QString path = file(QStringLiteral("older.csv"));
    writeText(path, resultCsv({{QStringLiteral("quote"), kVerbatimWords}},
                              {QStringLiteral("statement_kind"), QStringLiteral("statement_where"),
                               QStringLiteral("treatment_statement_kind"),
                               QStringLiteral("treatment_statement_where"),
                               QStringLiteral("control_statement_kind"),
                               QStringLiteral("control_statement_where")}));
    ASSERT_FALSE(readText(path).contains(QStringLiteral("statement_kind")));
    const CommandRun imported = run({QStringLiteral("import"), path}, m_database);
    ASSERT_EQ(imported.status, 0) << imported.out.toStdString();
    const auto rows = userResults(m_database);
    ASSERT_EQ(rows.size(), 1);
    for (const char *column :
         {"statement_kind", "treatment_statement_kind", "control_statement_kind"}) {
        EXPECT_EQ(rows.at(0).value(QLatin1String(column)), QStringLiteral("transcribed")) << column;
    }
}

TEST_F(StatementKindFiles, CatalogueShowQuotesOnlyAVerbatimUserStatement)
{
    ASSERT_NO_FATAL_FAILURE(importNamed(m_database));
    const QString path = file(QStringLiteral("two.csv"));
    const QString verbatim =
        resultCsv({{QStringLiteral("quote"), kVerbatimWords},
                   {QStringLiteral("statement_kind"), QStringLiteral("verbatim")}});
    const QString transcribed =
        resultCsv({{QStringLiteral("quote"), kOurWords},
                   {QStringLiteral("statement_kind"), QStringLiteral("transcribed")},
                   {QStringLiteral("statement_where"), QStringLiteral("table")}});
    writeText(path, verbatim + transcribed.section(QLatin1Char('\n'), 1));
    const CommandRun imported = run({QStringLiteral("import"), path}, m_database);
    ASSERT_EQ(imported.status, 0) << imported.out.toStdString();

    const CommandRun text =
        run({QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("smith-trial")},
            m_database);
    ASSERT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("“%1”").arg(kVerbatimWords)))
        << text.out.toStdString();
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("Reported in Smith 2025 (table): %1").arg(kOurWords)))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("“%1").arg(kOurWords)));

    const CommandRun json = run({QStringLiteral("catalogue"), QStringLiteral("show"),
                                 QStringLiteral("smith-trial"), QStringLiteral("--json")},
                                m_database);
    ASSERT_EQ(json.status, 0) << json.err.toStdString();
    int verbatimSeen = 0;
    int transcribedSeen = 0;
    const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        EXPECT_TRUE(r.value(QStringLiteral("user_record")).toBool()) << "an imported result";
        if (r.value(QStringLiteral("statement")).toString() == kVerbatimWords) {
            ++verbatimSeen;
            EXPECT_TRUE(r.value(QStringLiteral("verbatim")).toBool());
            EXPECT_EQ(r.value(QStringLiteral("quote")).toString(), kVerbatimWords);
        } else if (r.value(QStringLiteral("statement")).toString() == kOurWords) {
            ++transcribedSeen;
            EXPECT_FALSE(r.value(QStringLiteral("verbatim")).toBool());
            EXPECT_FALSE(r.contains(QStringLiteral("quote")));
            EXPECT_EQ(r.value(QStringLiteral("where")).toString(), QStringLiteral("table"));
        }
    }
    EXPECT_EQ(verbatimSeen, 1) << json.out.toStdString();
    EXPECT_EQ(transcribedSeen, 1);

    // A bundled study and its results say they are not the user's.
    const CommandRun bundled = run({QStringLiteral("catalogue"), QStringLiteral("show"),
                                    QStringLiteral("captain-ii"), QStringLiteral("--json")},
                                   m_database);
    ASSERT_EQ(bundled.status, 0) << bundled.err.toStdString();
    const QJsonObject study = QJsonDocument::fromJson(bundled.out.toUtf8()).object();
    ASSERT_TRUE(study.value(QStringLiteral("user_record")).isBool());
    EXPECT_FALSE(study.value(QStringLiteral("user_record")).toBool());
    const QJsonArray bundledResults = study.value(QStringLiteral("results")).toArray();
    ASSERT_FALSE(bundledResults.isEmpty());
    for (const QJsonValue &value : bundledResults) {
        ASSERT_TRUE(value.toObject().value(QStringLiteral("user_record")).isBool());
        EXPECT_FALSE(value.toObject().value(QStringLiteral("user_record")).toBool());
    }
}

TEST_F(StatementKindFiles, CheckDbFlagsAStoredVerbatimStatementWithNoWords)
{
    qint64 armId = 0;
    {
        eb::test::RawSqlite db(m_database);
        armId = db.rows(QStringLiteral("SELECT min(id) FROM study_arm")).at(0).at(0).toLongLong();
        db.rows(QStringLiteral("UPDATE study_arm SET statement_kind = 'verbatim', quote = NULL, "
                               "source_id = NULL, n_randomised = NULL, n_analysed = NULL "
                               "WHERE id = ?"),
                {armId});
    }
    const CommandRun check = evidence({QStringLiteral("check-db"), m_database});
    EXPECT_EQ(check.status, 1) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("study_arm row %1 column quote").arg(armId)))
        << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("[verbatim-words]"))) << check.out.toStdString();
    EXPECT_EQ(check.out.count(QStringLiteral("[verbatim-words]")), 1);
}

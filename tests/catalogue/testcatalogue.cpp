#include "testcatalogue.h"

#include <QFile>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace eb::catalogue::test {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray fixtureSql()
{
    return readBytes(QStringLiteral(EB_SOURCE_DIR "/tests/catalogue/fixture.sql"));
}

// The fixture's one synthesis link (pooled-ab pools trial-a), in each schema's home for it:
// study_component up to schema 11, synthesis_inclusion from 12 (migration 0012 moves it).
const char *const kVersion1Inclusion =
    "INSERT INTO study_component (parent_study_id, child_study_id) VALUES (3, 1);\n";
const char *const kLatestInclusion =
    "INSERT INTO synthesis_inclusion (synthesis_id, trial_id, outcome_id, source_id, quote, "
    "user_record) VALUES (3, 1, NULL, 3, 'Listed among the trials this synthesis pooled "
    "(catalogue schema 1).', 0);\n";

bool openFixture(Catalogue &catalogue, const QString &path)
{
    if (!catalogue.open(path, OpenMode::Create)) {
        ADD_FAILURE() << catalogue.lastError().toStdString();
        return false;
    }
    if (!catalogue.runScripts({{QStringLiteral("fixture.sql"), fixtureSql() + kLatestInclusion}},
                              {{QStringLiteral("build_id"), QStringLiteral("fixture")}})) {
        ADD_FAILURE() << catalogue.lastError().toStdString();
        return false;
    }
    return true;
}

void execOnFile(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const std::string error = message != nullptr ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << error;
}

void makeVersion1File(const QString &path, bool withFixture)
{
    QByteArray sql = "PRAGMA foreign_keys = ON; BEGIN;\n" +
                     readBytes(QStringLiteral(EB_SOURCE_DIR "/db/schema/0001-initial.sql"));
    if (withFixture) {
        sql += fixtureSql() + kVersion1Inclusion;
    }
    sql += "\nPRAGMA user_version = 1; COMMIT;";
    execOnFile(path, sql);
}

QString bundledFile()
{
    return QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite");
}

} // namespace eb::catalogue::test

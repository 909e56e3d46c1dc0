// eb-catalogue-builder, as the build runs it: a good seed gives a catalogue, a bad seed fails
// with file:line and leaves no output.
#include "testcatalogue.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

struct BuilderRun
{
    int exitCode = -1;
    QString err;
};

BuilderRun runBuilder(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(EB_CATALOGUE_BUILDER), arguments);
    EXPECT_TRUE(process.waitForFinished(-1));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(Builder, BuildsAFixtureCatalogue)
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("0001-fixture.sql"));
    writeBytes(seed, fixtureSql());
    const QString output = dir.filePath(QStringLiteral("out.sqlite"));
    const QString id = dir.filePath(QStringLiteral("build-id"));
    const BuilderRun run =
        runBuilder({QStringLiteral("--output"), output, QStringLiteral("--build-id-file"), id,
                    QStringLiteral("--root"), dir.path(), seed});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(output, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.counts().studies, 3);
    EXPECT_EQ(catalogue.info(QStringLiteral("build_id")), QString::fromLatin1(readBytes(id)));
    EXPECT_EQ(catalogue.info(QStringLiteral("built_from")), QStringLiteral("0001-fixture.sql"));
    EXPECT_EQ(catalogue.info(QStringLiteral("schema_version")).toInt(),
              Catalogue::latestSchemaVersion());
}

TEST(Builder, BadSeedFailsWithFileAndLineAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("0001-good.sql"));
    const QString bad = dir.filePath(QStringLiteral("0002-bad.sql"));
    writeBytes(good, fixtureSql());
    writeBytes(bad, "-- first line\n\nINSERT INTO study_arm (id, study_id, role, label)\n"
                    "VALUES (99, 12345, 'treatment', 'x');\n");
    const QString output = dir.filePath(QStringLiteral("out.sqlite"));
    const BuilderRun run = runBuilder(
        {QStringLiteral("--output"), output, QStringLiteral("--root"), dir.path(), good, bad});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("0002-bad.sql:3:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("FOREIGN KEY"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(output));
    EXPECT_FALSE(QFileInfo::exists(output + QStringLiteral(".part")));
}

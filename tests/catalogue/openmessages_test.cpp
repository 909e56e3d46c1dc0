// Files the catalogue cannot open for a reason outside them, found by probing with bad input:
// each message says what happened and what to do, in words, not in SQL.
#include "probe.h"
#include "testcatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

const auto kReadOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const auto kReadOnlyFolder = kReadOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
const auto kWritableFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

// Another program writing the catalogue holds it locked; after SQLite's busy timeout the
// open says so, with the time it waited, instead of calling the file damaged.
TEST(OpenMessages, ACatalogueLockedByAnotherProgramIsReportedAsInUse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, path));
    }
    auto locker = startProbe({QStringLiteral("lock"), path}, "locked");
    ASSERT_TRUE(locker);
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        Catalogue catalogue;
        EXPECT_FALSE(catalogue.open(path, mode));
        const QString message = catalogue.lastError();
        EXPECT_TRUE(message.contains(QStringLiteral("in use"))) << message.toStdString();
        // SQLite waits 5 s (the Qt driver's busy timeout) before it gives up.
        EXPECT_TRUE(message.contains(QRegularExpression(QStringLiteral("waiting [5-9] s"))))
            << message.toStdString();
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("damaged"))) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("locked"))) << message.toStdString();
    }
    // Once the other program is gone (here: killed mid-write), the catalogue opens.
    ASSERT_TRUE(killProbe(*locker));
    Catalogue catalogue;
    EXPECT_TRUE(catalogue.open(path, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.info(QStringLiteral("build_id")), QStringLiteral("fixture"));
}

// An older catalogue must be upgraded before it can be read; in a read-only folder that
// cannot happen, and the message says to copy it, rather than quoting the migration's SQL.
TEST(OpenMessages, AnOlderCatalogueInAReadOnlyFolderGetsAdviceInsteadOfSql)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeVersion1File(path);
    const QByteArray before = readBytes(path);
    ASSERT_TRUE(QFile::setPermissions(path, kReadOnly));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), kReadOnlyFolder));
    for (const QString &mode : {QStringLiteral("ro"), QStringLiteral("rw")}) {
        const ProbeOpen open = openInProbe(path, mode);
        EXPECT_FALSE(open.opened) << mode.toStdString();
        EXPECT_TRUE(open.message.contains(QStringLiteral("copy it to a folder you can write to")))
            << open.message.toStdString();
        EXPECT_TRUE(open.message.contains(QStringLiteral("version 1")))
            << open.message.toStdString();
        EXPECT_FALSE(open.message.contains(QStringLiteral(".sql:"))) << open.message.toStdString();
        EXPECT_FALSE(open.message.contains(QStringLiteral("readonly database")))
            << open.message.toStdString();
    }
    EXPECT_EQ(readBytes(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), kWritableFolder));

    // The advice works: a copy in a writable folder is upgraded and opens.
    QTemporaryDir writable;
    const QString copy = writable.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    Catalogue catalogue;
    EXPECT_TRUE(catalogue.open(copy, OpenMode::ReadWrite)) << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.schemaVersion(), Catalogue::latestSchemaVersion());
}

// An up-to-date catalogue in a read-only folder is never written, so it opens in any mode.
TEST(OpenMessages, AnUpToDateCatalogueInAReadOnlyFolderOpensInEveryMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("current.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, path));
    }
    ASSERT_TRUE(QFile::setPermissions(path, kReadOnly));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), kReadOnlyFolder));
    for (const QString &mode : {QStringLiteral("ro"), QStringLiteral("rw")}) {
        const ProbeOpen open = openInProbe(path, mode);
        EXPECT_TRUE(open.opened) << mode.toStdString() << ": " << open.message.toStdString();
    }
    ASSERT_TRUE(QFile::setPermissions(dir.path(), kWritableFolder));
}

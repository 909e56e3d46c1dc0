// Restore from Backup (catalogue/backups.h) through the one write path (core/output): a device or
// a link to one is never replaced, a full file system leaves the catalogue file as it was, and a
// restore that succeeds puts the backup's bytes in place.
#include "catalogue/backups.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isCharDevice(const char *path)
{
    struct stat info
    {
    };
    return ::lstat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

class Backups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_backup = m_dir.filePath(QStringLiteral("catalogue.sqlite.backup-20260101-000000.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), m_backup));
        QFile::setPermissions(m_backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_target = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        QFile target(m_target);
        ASSERT_TRUE(target.open(QIODevice::WriteOnly));
        target.write("the catalogue as it was");
    }

    QStringList entries() const
    {
        return QDir(m_dir.path())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    }

    QTemporaryDir m_dir;
    QString m_backup;
    QString m_target;
};

TEST_F(Backups, ARestorePutsTheBackupsBytesInPlace)
{
    QString error;
    ASSERT_TRUE(eb::catalogue::restoreBackupFile(m_backup, m_target, &error))
        << error.toStdString();
    EXPECT_EQ(readAll(m_target), readAll(m_backup));
    EXPECT_EQ(entries().size(), 2); // no temporary file left beside them
}

TEST_F(Backups, ARestoreNeverReplacesADeviceOrALinkToOne)
{
    ASSERT_TRUE(isCharDevice("/dev/null"));
    QString error;
    EXPECT_FALSE(eb::catalogue::restoreBackupFile(m_backup, QStringLiteral("/dev/null"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/dev/null"))) << error.toStdString();
    EXPECT_TRUE(isCharDevice("/dev/null"));

    const QString link = m_dir.filePath(QStringLiteral("linked.sqlite"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), link));
    error.clear();
    EXPECT_FALSE(eb::catalogue::restoreBackupFile(m_backup, link, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(isCharDevice("/dev/null"));
    EXPECT_EQ(QFileInfo(link).symLinkTarget(), QStringLiteral("/dev/null"));
    EXPECT_EQ(readAll(m_target), QByteArray("the catalogue as it was"));
}

// A full file system, made with RLIMIT_FSIZE in a child process (SIGXFSZ ignored, so write()
// fails with EFBIG as on a full disk), as tests/output does: the restore fails and says so, the
// catalogue file is as it was and no temporary file is left.
TEST_F(Backups, AFullFileSystemLeavesTheCatalogueFileAsItWas)
{
    ASSERT_GT(QFileInfo(m_backup).size(), 8192);
    const QStringList before = entries();
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        QString error;
        const bool restored = eb::catalogue::restoreBackupFile(m_backup, m_target, &error);
        const bool saysWhy = error.contains(QStringLiteral("cannot write")) &&
                             error.contains(QStringLiteral("as it was"));
        ::_exit(restored ? 1 : saysWhy ? 0 : 2);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: a restore was reported done; 2: no message";
    EXPECT_EQ(readAll(m_target), QByteArray("the catalogue as it was"));
    EXPECT_EQ(entries(), before);
}

} // namespace

// eb::output::FolderWriter: a folder of files arrives whole or not at all, even when its
// writer is killed at any moment or several writers race for one name.
#include "output/folderwriter.h"
#include "output/outputfile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int kFiles = 40;

QStringList visible(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A bundle as a test writes it: kFiles files, each holding the writer's mark.
bool writeBundle(const QString &target, const QByteArray &mark, bool replace, QString *error)
{
    eb::output::FolderWriter writer;
    if (!writer.begin(target, replace, error)) {
        return false;
    }
    for (int i = 0; i < kFiles; ++i) {
        const QByteArray data = mark + QByteArray(20000, 'b');
        if (!eb::output::writeFile(
                writer.filePath(QStringLiteral("f%1.txt").arg(i, 2, 10, QLatin1Char('0'))), data,
                error)) {
            return false;
        }
    }
    return writer.commit(error);
}

// The folder is either the old one (one file "old.txt") or a complete new one from one writer.
void expectWhole(const QString &folder, const char *context)
{
    const QStringList files = visible(folder);
    if (files == QStringList{QStringLiteral("old.txt")}) {
        return;
    }
    ASSERT_EQ(files.size(), kFiles)
        << context << ": " << files.join(QLatin1Char(' ')).toStdString();
    const QByteArray mark = readAll(QDir(folder).filePath(files.first())).left(8);
    for (const QString &name : files) {
        EXPECT_EQ(readAll(QDir(folder).filePath(name)).left(8), mark) << context;
    }
}

void makeOldBundle(const QString &folder)
{
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile old(QDir(folder).filePath(QStringLiteral("old.txt")));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the old bundle");
}

TEST(FolderWriter, WritesANewFolderAndRefusesOneWithFilesUnlessAskedToReplace)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("bundle"));
    QString error;
    ASSERT_TRUE(writeBundle(target, "writer-1", false, &error)) << error.toStdString();
    EXPECT_EQ(visible(target).size(), kFiles);
    EXPECT_FALSE(writeBundle(target, "writer-2", false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already holds files"))) << error.toStdString();
    expectWhole(target, "refused");
    EXPECT_EQ(readAll(QDir(target).filePath(QStringLiteral("f00.txt"))).left(8),
              QByteArray("writer-1"));

    makeOldBundle(target); // a stray file of the old bundle: gone after a replacement
    ASSERT_TRUE(writeBundle(target, "writer-3", true, &error)) << error.toStdString();
    EXPECT_EQ(visible(target).size(), kFiles);
    EXPECT_FALSE(QFile::exists(QDir(target).filePath(QStringLiteral("old.txt"))));
    // Nothing but the bundle is left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("bundle")});
}

TEST(FolderWriter, AnEmptyFolderIsFilledAndAFileIsRefused)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeBundle(dir.path(), "writer-1", false, &error)) << error.toStdString();
    EXPECT_EQ(visible(dir.path()).size(), kFiles);
    const QString file = dir.filePath(QStringLiteral("f00.txt"));
    EXPECT_FALSE(writeBundle(file, "writer-2", true, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a folder"))) << error.toStdString();
}

// SIGKILL at random moments of a writer that replaces a bundle: what is left under the name
// is the old bundle or the complete new one, never a mixture or a partial folder.
TEST(FolderWriter, AKilledWriterLeavesTheOldFolderOrTheCompleteNewOne)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("bundle"));
    int oldSeen = 0;
    int newSeen = 0;
    for (int round = 0; round < 20; ++round) {
        QDir(target).removeRecursively();
        makeOldBundle(target);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            QString error;
            ::_exit(writeBundle(target, "writer-k", true, &error) ? 0 : 1);
        }
        // A moment anywhere from before the first file to after the commit.
        ::usleep(QRandomGenerator::global()->bounded(30000u));
        ::kill(child, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        expectWhole(target, "after a kill");
        (visible(target).size() == 1 ? oldSeen : newSeen) += 1;
    }
    // Both outcomes are legitimate; the counts only describe the run.
    RecordProperty("old_left", oldSeen);
    RecordProperty("new_complete", newSeen);
}

TEST(FolderWriter, ConcurrentWritersLeaveOneCompleteFolder)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("bundle"));
    makeOldBundle(target);
    QList<pid_t> children;
    for (int i = 0; i < 8; ++i) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            QString error;
            const QByteArray mark = QByteArray("writer-") + QByteArray::number(i);
            ::_exit(writeBundle(target, mark, true, &error) ? 0 : 1);
        }
        children << child;
    }
    for (const pid_t child : children) {
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    ASSERT_EQ(visible(target).size(), kFiles);
    expectWhole(target, "after concurrent writers");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("bundle")});
}

} // namespace

// eb::output::writeFile and writeFileFrom against every kind of target a user can name: what
// arrives, what is left, and that nothing but a regular file is ever replaced.
#include "output/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <csignal>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

using eb::output::TargetKind;

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
    return info.st_mode;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

TEST(OutputFile, WritesANewFileAndReplacesAnOldOneWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(eb::output::writeFile(path, "first", &error)) << error.toStdString();
    ASSERT_TRUE(eb::output::writeFile(path, "second", &error)) << error.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("second"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("out.csv")});
}

TEST(OutputFile, ALinkToARegularFileIsFollowedAndStaysALink)
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.bib"));
    const QString link = dir.filePath(QStringLiteral("link.bib"));
    QString ignored;
    ASSERT_TRUE(eb::output::writeFile(real, "old", &ignored));
    ASSERT_TRUE(QFile::link(real, link));
    QString error;
    ASSERT_TRUE(eb::output::writeFile(link, "new", &error)) << error.toStdString();
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
    EXPECT_EQ(readAll(real), QByteArray("new"));
}

// /dev/null, directly and through a link: written through, still a device afterwards (as root,
// a rename over it would have turned it into a regular file).
TEST(OutputFile, TheNullDeviceAndALinkToItAreWrittenThroughNeverReplaced)
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("null.pdf"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), link));
    for (const QString &path : {QStringLiteral("/dev/null"), link}) {
        EXPECT_EQ(eb::output::inspectTarget(path).kind, TargetKind::Device);
        QString error;
        EXPECT_TRUE(eb::output::writeFile(path, QByteArray(100000, 'x'), &error))
            << error.toStdString();
        EXPECT_TRUE(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));
    }
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("null.pdf")});
}

// /dev/full: every write fails with ENOSPC, so the write is reported as failed, and the device
// stays a device.
TEST(OutputFile, TheFullDeviceFailsWithAMessageAndStaysADevice)
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("full.svg"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/full"), link));
    for (const QString &path : {QStringLiteral("/dev/full"), link}) {
        QString error;
        EXPECT_FALSE(eb::output::writeFile(path, "<svg/>", &error));
        EXPECT_TRUE(error.contains(QStringLiteral("cannot write"))) << error.toStdString();
        EXPECT_TRUE(S_ISCHR(modeOf(QStringLiteral("/dev/full"))));
    }
    EXPECT_TRUE(S_ISLNK(modeOf(link)));
}

TEST(OutputFile, APipeWithNoReaderIsRefusedAndOneWithAReaderGetsEverything)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.ris"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString error;
    EXPECT_FALSE(eb::output::writeFile(fifo, "TY  - JOUR", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no program is reading"))) << error.toStdString();
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));

    const QByteArray sent(300000, 'r'); // more than a pipe's buffer: the writer must wait
    QByteArray received;
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    // A second writer held open until the write is done: without it the reader could see the
    // end of the pipe (no writer yet) before writeFile opens it.
    const int holder = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    ASSERT_GE(holder, 0);
    std::thread drain([&] {
        ::fcntl(reader, F_SETFL, 0);
        char chunk[4096];
        ssize_t got = 0;
        while ((got = ::read(reader, chunk, sizeof chunk)) > 0) {
            received.append(chunk, got);
        }
        ::close(reader);
    });
    EXPECT_TRUE(eb::output::writeFile(fifo, sent, &error)) << error.toStdString();
    ::close(holder);
    drain.join();
    EXPECT_EQ(received.size(), sent.size());
    EXPECT_TRUE(S_ISFIFO(modeOf(fifo)));
}

TEST(OutputFile, AReaderThatGoesAwayIsAFailureNotADeath)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(reader, 0);
    std::thread leave([&] {
        char chunk[16];
        ::fcntl(reader, F_SETFL, 0);
        (void)::read(reader, chunk, sizeof chunk);
        ::close(reader);
    });
    QString error;
    EXPECT_FALSE(eb::output::writeFile(fifo, QByteArray(1 << 20, 'x'), &error));
    leave.join();
    EXPECT_TRUE(error.contains(QStringLiteral("cannot write"))) << error.toStdString();
}

TEST(OutputFile, AFolderASocketAndALinkToNothingAreRefused)
{
    QTemporaryDir dir;
    const QString socketPath = dir.filePath(QStringLiteral("s.json"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(socketPath);
    ASSERT_LT(static_cast<size_t>(native.size()), sizeof address.sun_path);
    std::copy(native.cbegin(), native.cend(), address.sun_path);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const QString dangling = dir.filePath(QStringLiteral("dangling.png"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("nowhere/x.png")), dangling));
    const QString folder = dir.filePath(QStringLiteral("folder.pdf"));
    ASSERT_TRUE(QDir().mkdir(folder));

    for (const QString &path : {socketPath, dangling, folder}) {
        QString error;
        bool drawn = false;
        EXPECT_FALSE(eb::output::writeFileFrom(
            path,
            [&](QIODevice &device, QString *) {
                drawn = true;
                return device.write("x") == 1;
            },
            &error))
            << path.toStdString();
        EXPECT_FALSE(drawn) << "refused before anything is drawn: " << path.toStdString();
        EXPECT_TRUE(error.startsWith(QStringLiteral("cannot write"))) << error.toStdString();
    }
    EXPECT_TRUE(S_ISSOCK(modeOf(socketPath)));
    EXPECT_TRUE(S_ISLNK(modeOf(dangling)));
    EXPECT_TRUE(S_ISDIR(modeOf(folder)));
    ::close(fd);
}

TEST(OutputFile, AMissingFolderIsNamed)
{
    QString error;
    EXPECT_FALSE(
        eb::output::writeFile(QStringLiteral("/nonexistent-folder-eb/out.bib"), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
}

TEST(OutputFile, AMessageQuotesAShortExcerptOfAHostileName)
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("a\nb") + QString(5000, QLatin1Char('n')));
    QString error;
    EXPECT_FALSE(eb::output::writeFile(name + QStringLiteral("/x"), "x", &error));
    EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    EXPECT_LT(error.size(), 400);
}

TEST(OutputFile, AProducerFailureWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    QString ignored;
    ASSERT_TRUE(eb::output::writeFile(path, "old", &ignored));
    QString error;
    EXPECT_FALSE(eb::output::writeFileFrom(
        path,
        [](QIODevice &device, QString *why) {
            device.write("half");
            *why = QStringLiteral("drawing failed");
            return false;
        },
        &error));
    EXPECT_EQ(error, QStringLiteral("drawing failed"));
    EXPECT_EQ(readAll(path), QByteArray("old"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("figure.svg")});
}

// A full file system, made with RLIMIT_FSIZE in a child process (SIGXFSZ ignored, so write()
// fails with EFBIG as on a full disk): the write fails, the earlier file is left as it was and
// no temporary file is left behind.
TEST(OutputFile, AFullFileSystemFailsAndLeavesTheEarlierFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slides.pdf"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.pdf"));
    QString ignored;
    ASSERT_TRUE(eb::output::writeFile(path, "old", &ignored));
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        QString error;
        const bool replaced = eb::output::writeFile(path, QByteArray(65536, 'p'), &error);
        const bool made = eb::output::writeFile(fresh, QByteArray(65536, 'p'), &error);
        const bool saysWhy = error.contains(QStringLiteral("cannot write"));
        ::_exit(replaced || made ? 1 : saysWhy ? 0 : 2);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: a write was reported done; 2: no message";
    EXPECT_EQ(readAll(path), QByteArray("old"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("slides.pdf")});
}

} // namespace

// eb::output::readBounded: a file a user names is read with a bound, whatever it is.
#include "output/boundedread.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

TEST(BoundedRead, ReadsARegularFileWithinTheBound)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("deck.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"slides\": []}");
    file.close();
    QString error;
    const auto data = eb::output::readBounded(file.fileName(), 1024, &error);
    ASSERT_TRUE(data) << error.toStdString();
    EXPECT_EQ(*data, QByteArray("{\"slides\": []}"));
}

TEST(BoundedRead, ALargerRegularFileIsRefused)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, 'x'));
    file.close();
    QString error;
    EXPECT_FALSE(eb::output::readBounded(file.fileName(), 1024, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger than"))) << error.toStdString();
}

// /dev/zero has no end and QFile::size() says 0: the bound, not the size, stops the read.
TEST(BoundedRead, AnEndlessDeviceIsReadOnlyUpToTheBound)
{
    QString error;
    EXPECT_FALSE(eb::output::readBounded(QStringLiteral("/dev/zero"), 1 << 20, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger than"))) << error.toStdString();
    const auto empty = eb::output::readBounded(QStringLiteral("/dev/null"), 1024, &error);
    ASSERT_TRUE(empty) << error.toStdString();
    EXPECT_TRUE(empty->isEmpty());
}

TEST(BoundedRead, APipeIsReadToItsEnd)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("deck.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray sent(200000, 'd');
    std::thread writer([&] {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        ASSERT_GE(fd, 0);
        qint64 at = 0;
        while (at < sent.size()) {
            const ssize_t put = ::write(fd, sent.constData() + at, sent.size() - at);
            if (put <= 0) {
                break;
            }
            at += put;
        }
        ::close(fd);
    });
    QString error;
    const auto data = eb::output::readBounded(fifo, 1 << 20, &error);
    writer.join();
    ASSERT_TRUE(data) << error.toStdString();
    EXPECT_EQ(data->size(), sent.size());
}

TEST(BoundedRead, AFolderAndAMissingFileAreNamed)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(eb::output::readBounded(dir.path(), 1024, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("folder"))) << error.toStdString();
    EXPECT_FALSE(eb::output::readBounded(dir.filePath(QStringLiteral("none.csv")), 1024, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("cannot read"))) << error.toStdString();
}

} // namespace

#include "output/boundedread.h"

#include "output/messagetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eb::output {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::output", text);
}

QString cannotRead(const QString &path, const QString &why)
{
    return tr("cannot read %1: %2").arg(elidedInput(path, 80), why);
}

QString tooLarge(const QString &path, qint64 maxBytes)
{
    return tr("%1: larger than %2, too large to be what this command reads")
        .arg(elidedInput(path, 80), QLocale::c().formattedDataSize(maxBytes));
}

// A pipe or a device, read with poll(): each wait for more bytes is bounded.
std::optional<QByteArray> readStream(int fd, const QString &path, qint64 maxBytes, QString *error)
{
    QByteArray data;
    char chunk[65536];
    for (;;) {
        pollfd ready{fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, kPipeQuietMilliseconds);
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled < 0) {
            *error = cannotRead(path, QString::fromLocal8Bit(std::strerror(errno)));
            return std::nullopt;
        }
        if (polled == 0) {
            *error = cannotRead(
                path, tr("nothing arrived for %1 seconds").arg(kPipeQuietMilliseconds / 1000));
            return std::nullopt;
        }
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (got < 0) {
            *error = cannotRead(path, QString::fromLocal8Bit(std::strerror(errno)));
            return std::nullopt;
        }
        if (got == 0) {
            return data;
        }
        data.append(chunk, got);
        if (data.size() > maxBytes) {
            *error = tooLarge(path, maxBytes);
            return std::nullopt;
        }
    }
}

} // namespace

std::optional<QByteArray> readBounded(const QString &path, qint64 maxBytes, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0) {
        *error = cannotRead(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    if (S_ISDIR(info.st_mode)) {
        *error = cannotRead(path, tr("it is a folder"));
        return std::nullopt;
    }
    if (S_ISSOCK(info.st_mode)) {
        *error = cannotRead(path, tr("it is a socket"));
        return std::nullopt;
    }
    if (S_ISREG(info.st_mode) && info.st_size > maxBytes) {
        *error = tooLarge(path, maxBytes);
        return std::nullopt;
    }
    // Non-blocking open: a named pipe with no writer would otherwise wait in open() itself.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        *error = cannotRead(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    std::optional<QByteArray> data = readStream(fd, path, maxBytes, error);
    ::close(fd);
    return data;
}

} // namespace eb::output

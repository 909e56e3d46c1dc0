#include "output/outputfile.h"

#include "output/messagetext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eb::output {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::output", text);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return tr("cannot write %1: %2").arg(elidedInput(path, 80), why);
}

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

// The regular file a link leads to (realpath, so a chain of links and relative links resolve).
QString resolvedPath(const QByteArray &native)
{
    char *resolved = ::realpath(native.constData(), nullptr);
    if (resolved == nullptr) {
        return QString();
    }
    const QString path = QFile::decodeName(resolved);
    std::free(resolved);
    return path;
}

// Writes all of data to fd, with SIGPIPE held back: a reader that goes away makes write()
// fail with EPIPE (reported) instead of killing the process.
bool writeAll(int fd, const QByteArray &data, int *failure)
{
    sigset_t pipeSignal;
    sigset_t previous;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous);
    sigset_t pendingBefore;
    sigpending(&pendingBefore);
    const bool wasPending = sigismember(&pendingBefore, SIGPIPE) == 1;

    const char *at = data.constData();
    qint64 left = data.size();
    *failure = 0;
    while (left > 0) {
        const ssize_t written = ::write(fd, at, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            *failure = errno;
            break;
        }
        if (written == 0) {
            *failure = EIO;
            break;
        }
        at += written;
        left -= written;
    }
    if (*failure == EPIPE && !wasPending) {
        // Take the SIGPIPE this write raised, so it is not delivered when it is unblocked.
        const timespec now{0, 0};
        sigtimedwait(&pipeSignal, nullptr, &now);
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return *failure == 0;
}

bool writeThrough(const Target &target, const QByteArray &data, QString *error)
{
    const QByteArray native = QFile::encodeName(target.path);
    // A pipe opened without O_NONBLOCK waits for a reader, perhaps for ever; with it, the
    // open fails with ENXIO when no program reads.
    int flags = O_WRONLY | O_CLOEXEC | O_NOCTTY;
    if (target.kind == TargetKind::Pipe) {
        flags |= O_NONBLOCK;
    }
    const int fd = ::open(native.constData(), flags);
    if (fd < 0) {
        const int failure = errno;
        *error = cannotWrite(target.path, failure == ENXIO && target.kind == TargetKind::Pipe
                                              ? tr("no program is reading from this pipe")
                                              : systemError(failure));
        return false;
    }
    if (target.kind == TargetKind::Pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
    int failure = 0;
    const bool written = writeAll(fd, data, &failure);
    const bool closed = ::close(fd) == 0 || errno == EINTR;
    if (!written || !closed) {
        *error = cannotWrite(target.path, systemError(written ? errno : failure));
        return false;
    }
    return true;
}

bool replaceWhole(const Target &target, const QByteArray &data, QString *error)
{
    QSaveFile file(target.path);
    // Unbuffered: every byte reaches the temporary file in write() itself, so its result and
    // the device's error tell whether all of it was written before anything is renamed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannotWrite(target.path, file.errorString());
        return false;
    }
    const qint64 written = file.write(data);
    if (written != data.size() || file.error() != QFileDevice::NoError) {
        *error = cannotWrite(target.path, file.error() != QFileDevice::NoError
                                              ? file.errorString()
                                              : tr("only part of it could be written"));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = cannotWrite(target.path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

Target inspectTarget(const QString &path)
{
    Target target;
    target.path = path;
    const QByteArray native = QFile::encodeName(path);
    struct stat link = {};
    if (::lstat(native.constData(), &link) != 0) {
        target.kind = TargetKind::Missing;
        return target;
    }
    struct stat info = {};
    if (::stat(native.constData(), &info) != 0) {
        target.kind = TargetKind::Unwritable;
        target.reason = tr("a link to nothing");
        return target;
    }
    if (S_ISREG(info.st_mode)) {
        target.kind = TargetKind::RegularFile;
        if (S_ISLNK(link.st_mode)) {
            target.path = resolvedPath(native);
            if (target.path.isEmpty()) {
                target.kind = TargetKind::Unwritable;
                target.reason = tr("a link that cannot be followed");
            }
        }
    } else if (S_ISDIR(info.st_mode)) {
        target.kind = TargetKind::Folder;
    } else if (S_ISCHR(info.st_mode)) {
        target.kind = TargetKind::Device;
    } else if (S_ISFIFO(info.st_mode)) {
        target.kind = TargetKind::Pipe;
    } else {
        target.kind = TargetKind::Unwritable;
        target.reason = S_ISSOCK(info.st_mode)  ? tr("a socket")
                        : S_ISBLK(info.st_mode) ? tr("a block device (a disk)")
                                                : tr("not a file");
    }
    return target;
}

bool checkOutputTarget(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = tr("no file name given");
        return false;
    }
    const Target target = inspectTarget(path);
    switch (target.kind) {
    case TargetKind::Folder:
        *error = cannotWrite(path, tr("it is a folder"));
        return false;
    case TargetKind::Unwritable:
        *error = cannotWrite(path, tr("it is %1, not a file").arg(target.reason));
        return false;
    case TargetKind::Missing: {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir()) {
            *error = cannotWrite(
                path, tr("the folder %1 does not exist").arg(elidedInput(folder.filePath(), 80)));
            return false;
        }
        return true;
    }
    case TargetKind::RegularFile:
    case TargetKind::Device:
    case TargetKind::Pipe:
        return true;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    if (!checkOutputTarget(path, error)) {
        return false;
    }
    const Target target = inspectTarget(path);
    switch (target.kind) {
    case TargetKind::Device:
    case TargetKind::Pipe:
        return writeThrough(target, data, error);
    case TargetKind::Missing:
    case TargetKind::RegularFile:
        return replaceWhole(target, data, error);
    case TargetKind::Folder:
    case TargetKind::Unwritable:
        break;
    }
    *error = cannotWrite(path, tr("it is not a file"));
    return false;
}

bool writeFileFrom(const QString &path, const Producer &produce, QString *error)
{
    if (!checkOutputTarget(path, error)) {
        return false;
    }
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!produce(buffer, error)) {
            return false;
        }
    }
    return writeFile(path, data, error);
}

} // namespace eb::output

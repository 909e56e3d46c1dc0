#include "catalogue/openproblems.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

} // namespace

bool isBusyCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool isReadOnlyCode(int code)
{
    const int primary = code & 0xff;
    // CANTOPEN: the journal cannot be made in a read-only folder.
    return primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM;
}

bool canWriteFileAndFolder(const QString &path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

bool hasJournal(const QString &path)
{
    // A journal that is still in force starts with this magic number; a finished one is
    // deleted, truncated or has its header zeroed (https://www.sqlite.org/fileformat.html).
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    QFile journal(journalPath(path));
    return journal.open(QIODevice::ReadOnly) && journal.read(magic.size()) == magic;
}

QString inUseMessage(const QString &path, qint64 waitedMs)
{
    const int seconds = static_cast<int>(std::lround(static_cast<double>(waitedMs) / 1000.0));
    return tr("%1 is in use: another program is changing it, and it was still busy after "
              "waiting %2 s. Try again when that program has finished.")
        .arg(QDir::toNativeSeparators(path))
        .arg(qMax(1, seconds));
}

QString interruptedWriteMessage(const QString &path)
{
    return tr("%1 holds an unfinished change from a program that was interrupted while "
              "writing it, and the change can be undone only where the file and its folder "
              "can be written to: copy it together with %2 into a folder you can write to, "
              "and open the copy.")
        .arg(QDir::toNativeSeparators(path),
             QDir::toNativeSeparators(QFileInfo(journalPath(path)).fileName()));
}

QString cannotUpgradeHereMessage(const QString &path, int version, int latest)
{
    return tr("%1 has catalogue schema version %2 and must be upgraded to version %3 before "
              "this program can read it, which cannot be done where it is because the file or "
              "its folder is read-only: copy it to a folder you can write to and open the copy.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(latest);
}

} // namespace eb::catalogue

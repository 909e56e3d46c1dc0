#include "catalogue/sqliteheader.h"

#include <QCoreApplication>
#include <QFile>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

} // namespace

QString checkSqliteHeader(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("cannot read %1: %2").arg(path, file.errorString());
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return tr("%1 is not an Evidence Browser catalogue (not an SQLite database)").arg(path);
    }
    if (header.size() < 100) {
        return tr("%1 is damaged: the file is truncated (%2 bytes)").arg(path).arg(size);
    }
    const auto byte = [&header](int i) {
        return static_cast<quint32>(static_cast<uchar>(header.at(i)));
    };
    const auto be32 = [&byte](int i) {
        return (byte(i) << 24) | (byte(i + 1) << 16) | (byte(i + 2) << 8) | byte(i + 3);
    };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return tr("%1 is damaged: invalid page size in the header").arg(path);
    }
    const quint32 pageCount = be32(28);
    // The in-header size is valid only when the change counter matches "version valid for".
    if (pageCount > 0 && be32(24) == be32(92) && static_cast<qint64>(pageCount) * pageSize > size) {
        return tr("%1 is damaged: the file is truncated (%2 of %3 bytes)")
            .arg(path)
            .arg(size)
            .arg(static_cast<qint64>(pageCount) * pageSize);
    }
    if (size % pageSize != 0) {
        return tr("%1 is damaged: its size is not a whole number of pages").arg(path);
    }
    return {};
}

int declaredSchemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return -1;
    }
    // Offset 60: the user version, a big-endian 32-bit integer (fileformat.html#user_version).
    quint32 version = 0;
    for (int i = 60; i < 64; ++i) {
        version = (version << 8) | static_cast<uchar>(header.at(i));
    }
    return static_cast<qint32>(version);
}

} // namespace eb::catalogue

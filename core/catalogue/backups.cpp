#include "catalogue/backups.h"

#include "catalogue/catalogue.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

} // namespace

QList<BackupFile> listBackups(const QString &cataloguePath)
{
    const QFileInfo info(cataloguePath);
    const QString prefix = info.fileName() + QStringLiteral(".backup-");
    // The stamp Database::backup() writes (UTC), and an optional counter.
    static const QRegularExpression stamp(QStringLiteral("^(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$"));
    QList<BackupFile> backups;
    const QFileInfoList entries = info.dir().entryInfoList(QDir::Files);
    for (const QFileInfo &entry : entries) {
        if (!entry.fileName().startsWith(prefix)) {
            continue;
        }
        const auto match = stamp.match(entry.fileName().mid(prefix.size()));
        if (!match.hasMatch()) {
            continue;
        }
        QDateTime written =
            QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        written.setTimeSpec(Qt::UTC); // Database::backup() names files in UTC
        if (!written.isValid()) {
            written = entry.lastModified().toUTC();
        }
        backups << BackupFile{entry.absoluteFilePath(), written, entry.size()};
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.written != b.written ? a.written > b.written : a.path > b.path;
    });
    return backups;
}

bool restoreBackupFile(const QString &backup, const QString &target, QString *error)
{
    {
        Catalogue probe;
        if (!probe.open(backup, OpenMode::ReadOnly) && probe.refusedOlderVersion() == 0) {
            *error = tr("%1 cannot be restored: %2").arg(backup, probe.lastError());
            return false;
        }
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && (!targetInfo.isFile() || targetInfo.isSymLink())) {
        *error = tr("%1 is not a regular file: nothing was restored").arg(target);
        return false;
    }
    // The one write path (core/output): drawn into memory, then written beside the target and
    // renamed over it only when every byte is down, so a full disk leaves the target as it was.
    const bool written = eb::output::writeFileFrom(
        target,
        [&backup](QIODevice &device, QString *why) {
            QFile in(backup);
            if (!in.open(QIODevice::ReadOnly)) {
                *why = tr("cannot read %1: %2").arg(backup, in.errorString());
                return false;
            }
            while (!in.atEnd()) {
                const QByteArray chunk = in.read(qint64{1024} * 1024);
                if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
                    *why = tr("cannot read %1: %2").arg(backup, in.errorString());
                    return false;
                }
                if (device.write(chunk) != chunk.size()) {
                    *why = device.errorString();
                    return false;
                }
            }
            return true;
        },
        error);
    if (!written) {
        *error = tr("%1; %2 is as it was").arg(*error, target);
        return false;
    }
    return true;
}

} // namespace eb::catalogue

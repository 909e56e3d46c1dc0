#pragma once

// The backups of a catalogue file (docs/catalogue.md, "Backups"): the copies Database::backup()
// writes beside it before every upgrade and import, FILE.backup-YYYYMMDD-HHMMSS[-N].sqlite,
// and putting one back in the file's place. No dialogs; the window's File > Restore from
// Backup and the tests call these.

#include <QDateTime>
#include <QList>
#include <QString>

namespace eb::catalogue {

struct BackupFile
{
    QString path;
    QDateTime written; // UTC, from the name (the file's time when the name has none)
    qint64 size = 0;   // bytes
};

// The backups beside `cataloguePath`, newest first.
QList<BackupFile> listBackups(const QString &cataloguePath);

// Replaces the (closed) catalogue file `target` with a copy of `backup`, whole or not at all:
// the copy is written beside the target and renamed over it, so a failure (a full disk) leaves
// the target as it was. The backup must open as a catalogue (it is checked read-only first),
// and the target must be a regular file. False with *error naming the file.
bool restoreBackupFile(const QString &backup, const QString &target, QString *error);

} // namespace eb::catalogue

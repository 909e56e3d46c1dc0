#pragma once

// What can stand between a catalogue file and opening it, beyond its contents: another
// program writing it, a write that was interrupted, a folder that cannot be written. Each
// message is one translated line that names the file and says what to do; none names a
// command-line option or a dialog, so that the window and the command line can both show it.
// Internal to core/catalogue.

#include <QString>

namespace eb::catalogue {

// SQLite result codes (primary or extended) that mean "another connection holds a lock".
bool isBusyCode(int code);
// ... and "this file (or the journal beside it) cannot be written here".
bool isReadOnlyCode(int code);

// Whether the file and its folder can both be written: SQLite needs the folder for its
// journal.
bool canWriteFileAndFolder(const QString &path);

// The rollback journal SQLite keeps beside path during a write ("PATH-journal"), and whether
// one is there and in force: the trace of a write that is running or was interrupted.
QString journalPath(const QString &path);
bool hasJournal(const QString &path);

QString inUseMessage(const QString &path, qint64 waitedMs);
QString interruptedWriteMessage(const QString &path);
QString cannotUpgradeHereMessage(const QString &path, int version, int latest);

} // namespace eb::catalogue

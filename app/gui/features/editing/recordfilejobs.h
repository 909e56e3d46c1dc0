#pragma once

// The work behind File > Import Records and Export Records for Import, as the window's job
// runner runs it (gui/shell/jobrunner.h): on a thread of its own, with a catalogue connection
// of its own opened by path, reporting to and stopped by a JobControl. No widgets here; the
// editing feature shows what each returns.

#include "model/jobcontrol.h"
#include "model/recordrows.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eb::gui::editing {

// Reading a record file and the dry run of its write: what the preview shows.
struct ImportCheck
{
    QList<catalogue::RecordRow> rows;
    QStringList where; // each row's place in the file ("line 4", "result[2]")
    catalogue::WriteReport dryRun;
    QString error; // the file could not be read or parsed, or the catalogue not opened
    bool cancelled = false;
};
ImportCheck checkImport(const QString &file, const QString &cataloguePath, const JobControl &job);

// The import itself: a backup of the catalogue, then every row in one transaction. A cancel
// before the commit rolls it back and removes the backup it made.
struct ImportWrite
{
    catalogue::WriteReport report;
    QString backup;
    QString error; // why nothing was written, when the report holds no problem
};
ImportWrite writeImport(const QList<catalogue::RecordRow> &rows, const QString &cataloguePath,
                        const JobControl &job);

// Export for import: CSV of one kind or JSON of the kinds, written whole or not at all (a
// cancel writes nothing and leaves an earlier file as it was).
struct RecordExport
{
    bool written = false;
    bool cancelled = false;
    int records = 0;
    QString error;
};
RecordExport exportRecordFile(const QString &file, const QList<catalogue::RecordKind> &kinds,
                              bool csv, const QString &cataloguePath, const JobControl &job);

} // namespace eb::gui::editing

#pragma once

// What the catalogue's write API takes and gives (Catalogue::records, insertRecords,
// updateRecord, deleteRecord): a record as Fields with its identity, and the problems a write
// found, each naming the record it belongs to. Plain data, no storage.

#include "model/recordfields.h"
#include "model/validation.h"

#include <QList>

namespace eb::catalogue {

struct RecordRow
{
    RecordKind kind = RecordKind::Source;
    qint64 id = 0;           // 0: a new record
    qint64 version = 0;      // the row_version an edit starts from (concurrent edits detected)
    bool userRecord = false; // false: bundled, read-only
    Fields fields;
};

// A problem of the record at `index` in the list a write was given.
struct RecordProblem
{
    int index = 0;
    RecordKind kind = RecordKind::Source;
    Problem problem;
};

struct WriteReport
{
    QList<RecordProblem> problems; // errors and warnings; any error: nothing was written
    int written = 0;               // records committed (0 after a dry run or a failure)
    QList<qint64> ids; // the written records' ids, in order (new ids for inserts), once committed
    bool committed = false;
    bool cancelled = false; // stopped by its JobControl before the commit: nothing was written
};

// A problem the storage itself has: check-db's report line (table, row, column, rule).
struct StorageProblem
{
    QString table;
    qint64 row = 0; // rowid; 0 for the whole file
    QString column;
    QString rule; // 'integrity', 'foreign-key', or a validation rule
    QString message;
    Severity severity = Severity::Error;
};

} // namespace eb::catalogue

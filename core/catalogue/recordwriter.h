#pragma once

// The one write API for the records users add and edit (recordfields.h): every call is one
// transaction (BEGIN IMMEDIATE ... COMMIT, the COMMIT checked), validates each record with
// validation.h first and resolves references by slug inside the transaction, so a record may
// name one written earlier in the same call. User rows are marked user_record = 1; bundled rows
// are never changed. An edit or a delete names the row_version it started from and is refused
// when the row has changed since (db/schema/0007-user-records.sql). Any error: nothing is
// written and the report says which record, field and rule.

#include "catalogue/database.h"
#include "model/jobcontrol.h"
#include "model/recordrows.h"

namespace eb::catalogue {

class RecordWriter
{
public:
    explicit RecordWriter(Database &db) : m_db(db) {}

    // Adds the records in order (ids and versions ignored). A dry run checks everything the
    // real write would, inside the transaction, and then rolls it back. `job` (optional) hears
    // progress (validation, then the writes: 2 steps a record) and may cancel until the commit
    // begins: then the transaction is rolled back and the report says `cancelled`.
    WriteReport insert(const QList<RecordRow> &records, bool dryRun = false,
                       const JobControl *job = nullptr);
    // Replaces the fields of one user record (record.id) if its version is record.version.
    WriteReport update(const RecordRow &record);
    // Adds `inserts` and replaces `updates` (as update() does) in one transaction: all or
    // nothing. Problem indexes count the inserts first, then the updates.
    WriteReport write(const QList<RecordRow> &inserts, const QList<RecordRow> &updates,
                      bool dryRun = false, const JobControl *job = nullptr);
    // Deletes one user record (and a result's arm summaries) if its version is `version`.
    WriteReport remove(RecordKind kind, qint64 id, qint64 version);
    // Deletes each record (its kind, id and version) in the order given, in one transaction:
    // any refusal (a row moved on, still named by another) and none is deleted.
    WriteReport remove(const QList<RecordRow> &records);

private:
    Database &m_db;
};

} // namespace eb::catalogue

#pragma once

// Records of the kinds users can edit (recordfields.h) read as Fields, with their identity,
// for export and check-db; and the storage checks check-db runs. The writes are in
// recordwriter.h. One of the repositories behind the Catalogue facade.

#include "catalogue/database.h"
#include "model/recordrows.h"

#include <optional>

namespace eb::catalogue {

class RecordRepository
{
public:
    explicit RecordRepository(const Database &db) : m_db(db) {}

    // Every record of the kind, oldest first: numbers as typed where the text was kept, else
    // the shortest text that reads back as the stored value; references as slugs.
    QList<RecordRow> all(RecordKind kind) const;
    // Up to `limit` of them (0: all) after the one with id `afterId`, oldest first: a reader of
    // a million records (check-db) holds one page at a time.
    // (nothing: from the first).
    QList<RecordRow> page(RecordKind kind, std::optional<qint64> afterId, int limit) const;

    // PRAGMA integrity_check and foreign_key_check, as problems (none: the file is sound).
    QList<StorageProblem> storageProblems() const;

private:
    const Database &m_db;
};

} // namespace eb::catalogue

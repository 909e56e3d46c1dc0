#pragma once

// `evidence check-db` and the window's Tools > Check Catalogue: is a catalogue file sound?
// SQLite's integrity_check and foreign_key_check, then the validation rules
// (model/validation.h) over every record a user can edit. The file is opened read-only on a
// connection of the caller's thread, so the window runs it off the GUI thread.

#include "model/jobcontrol.h"
#include "model/recordrows.h"

#include <QList>
#include <QString>

namespace eb::catalogue {

// The table name a report line gives for a kind of record: the schema's (docs/catalogue.md).
QString checkTableOf(RecordKind kind);

struct CatalogueCheck
{
    QList<StorageProblem> problems; // a file that cannot be opened: one 'open' problem
    bool cancelled = false;         // stopped by its JobControl: the list is incomplete
    int errors() const;             // problems of Error severity (warnings do not count)
};

// Checks the file at path. `job` (optional) hears progress (the storage checks, then each kind
// of record: one step each) and may cancel between steps.
CatalogueCheck checkCatalogueFile(const QString &path, const JobControl *job = nullptr);

} // namespace eb::catalogue

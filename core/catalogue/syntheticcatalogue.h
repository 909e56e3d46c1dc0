#pragma once

// A synthetic catalogue for measuring the program at size (`evidence generate`, the benchmarks
// and the large-catalogue GUI test): sources, outcome measures, studies and results with
// varied, partly non-ASCII text and plausible numbers that pass every validation rule. The
// records depend only on the options (a seed and the sizes), never on the clock or the
// machine, and are written through the catalogue's write API (Catalogue::insertRecords) in
// batches of studies, each batch one transaction. Every record says it is synthetic.

#include "model/recordrows.h"

#include <QString>
#include <functional>

namespace eb::catalogue {

class Catalogue;

struct SyntheticOptions
{
    int studies = 1000;
    int resultsPerStudy = 10;
    quint64 seed = 1;
};

// The outcome measures every synthetic study reports on (a fixed list of a few hundred).
QList<RecordRow> syntheticOutcomes(const SyntheticOptions &options);
// Study `index` (0-based) with its primary source and its results, in write order.
QList<RecordRow> syntheticStudy(const SyntheticOptions &options, int index);

// Progress: studies written so far of options.studies. Returning false cancels (nothing of
// the batch being written is kept; earlier batches are).
using SyntheticProgress = std::function<bool(int written, int total)>;

// Writes the synthetic records into an open, writable catalogue. False with *error naming
// the record and rule when a write was refused (a catalogue that already holds the slugs).
bool writeSyntheticCatalogue(Catalogue &catalogue, const SyntheticOptions &options,
                             const SyntheticProgress &progress, QString *error);

// Writes the synthetic catalogue into a new file at path, titled `title` (catalogue_info), in
// bulk (Database::beginBulkLoad, bulkload.cpp: the indexes and the search index built once at
// the end, no journal, one sync at the end): for `evidence generate`, which writes beside its
// target and renames. False with *error when anything failed: the file is then incomplete and
// must be thrown away.
bool writeSyntheticFile(const QString &path, const SyntheticOptions &options, const QString &title,
                        const SyntheticProgress &progress, QString *error);

} // namespace eb::catalogue

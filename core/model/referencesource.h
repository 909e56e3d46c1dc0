#pragma once

// From a reference (references.h) to a catalogue source record, and the sources a reference
// may already be in the catalogue as (docs/record-files.md, "References"). Pure functions over
// plain data: the import command and the window's import preview call the same ones.

#include "model/recordrows.h"
#include "model/references.h"

#include <QList>
#include <QSet>
#include <QString>

namespace eb::catalogue {

// The source fields of a reference: slug (family name of the first author and year, made
// unique against `takenSlugs`, which it extends), kind (from the file's type; where the type
// says nothing the catalogue knows, journal_article with a note saying so), short label,
// authors in the catalogue's style ("Muresanu DF, Heiss WD et al."), the bibliographic fields
// as printed, sponsorship 'unknown' (a reference manager does not know it) and a verification
// note naming the file. Nothing is invented: a field the file does not give stays blank.
Fields sourceFieldsOf(const Reference &ref, ReferenceFormat format, const QString &fileName,
                      QSet<QString> *takenSlugs);

// "Dafin F." -> "DF", "W. D." -> "WD", "Jean-Paul" -> "JP", "DF" -> "DF".
QString initialsOf(const QString &given);

// A title reduced for comparison: accents and case dropped, only letters and digits kept, one
// space between words.
QString normalisedTitle(const QString &title);

// One candidate source that is already there: in the catalogue (existingId) or earlier in the
// same file (earlierIndex), found by `basis`: "doi", "pmid", "registration" or "title-year".
struct DuplicateMatch
{
    int index = 0;         // the candidate's position in the list given
    int earlierIndex = -1; // >= 0: the same file's earlier candidate
    qint64 existingId = 0; // > 0: the catalogue's source
    qint64 existingVersion = 0;
    QString existingSlug;
    bool existingUser = false; // false: bundled, read-only (cannot be merged into)
    QString basis;
    QString value; // the DOI, PMID, registry id or normalised title that matched
};

// The first match of each candidate, tried in the order DOI, PMID, registration, normalised
// title with year; against the catalogue's sources first, then the candidates before it.
// Two records whose DOIs (or PMIDs) both exist and differ are never the same, whatever their
// titles or registrations say.
QList<DuplicateMatch> findDuplicateSources(const QList<Fields> &candidates,
                                           const QList<RecordRow> &existing);

// The fields of `existing` with each blank one filled from `incoming`; `conflicts` gets the
// fields both hold with different values (the existing value is kept).
Fields mergedFields(const Fields &existing, const Fields &incoming, QStringList *filled,
                    QStringList *conflicts);

} // namespace eb::catalogue

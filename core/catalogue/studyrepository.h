#pragma once

// Studies with their arms, dosing protocols and field provenance, and the short study
// references other records list. One of the repositories behind the Catalogue facade: SQL in,
// records.h values out (see database.h).

#include "catalogue/database.h"
#include "model/records.h"

#include <QStringList>
#include <optional>

namespace eb::catalogue {

class StudyRepository
{
public:
    explicit StudyRepository(const Database &db) : m_db(db) {}

    QList<StudySummary> summaries(const StudyFilter &filter) const;
    // How many studies the filter selects (its page ignored).
    int count(const StudyFilter &filter) const;
    // The 0-based row of a study in the filter's list (its page ignored); -1 if not in it.
    int rowOf(const StudyFilter &filter, const QString &slug) const;
    // Everything about one study: arms, results, dosing, sources, components, parents,
    // discrepancies and provenance. Nothing for an unknown study (and lastError() when a
    // query failed).
    std::optional<StudyDetail> bySlug(const QString &slug) const;
    std::optional<StudyDetail> byId(qint64 id) const;
    QStringList distinctValues(StudyColumn column) const;

    QList<DosingRecord> allDosing() const;

    QList<StudyRef> refsOfSource(qint64 sourceId) const;   // by year, name
    QList<StudyRef> refsOfOutcome(qint64 outcomeId) const; // studies with a result on it

private:
    // The matrix's order (StudySort::Matrix), read a (condition, design) group at a time
    // through the index of migration 0015.
    QList<StudySummary> matrixSummaries(const StudyFilter &filter) const;
    std::optional<StudyDetail> detailWhere(const QString &condition, const QVariant &key) const;

    const Database &m_db;
};

} // namespace eb::catalogue

#pragma once

// Sources (articles, registry records, ...) and the sources attached to a study. One of the
// repositories behind the Catalogue facade: SQL in, records.h values out (see database.h).

#include "catalogue/database.h"
#include "model/records.h"
#include "model/sourcefilter.h"

#include <optional>

namespace eb::catalogue {

class SourceRepository
{
public:
    explicit SourceRepository(const Database &db) : m_db(db) {}

    QList<SourceRecord> all() const; // the article first, then by year
    // A page of the list the filter selects, in its order; how many it selects (the page
    // ignored); the 0-based row of a source in it, or -1.
    QList<SourceRecord> page(const SourceFilter &filter) const;
    int count(const SourceFilter &filter) const;
    int rowOf(const SourceFilter &filter, const QString &slug) const;
    std::optional<SourceRecord> bySlug(const QString &slug) const; // with its studies
    QList<StudySourceRecord> ofStudy(qint64 studyId) const; // primary first, the article last

private:
    const Database &m_db;
};

} // namespace eb::catalogue

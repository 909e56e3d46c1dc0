#pragma once

// Outcome measures. One of the repositories behind the Catalogue facade: SQL in, records.h
// values out (see database.h).

#include "catalogue/database.h"
#include "model/records.h"

#include <optional>

namespace eb::catalogue {

class OutcomeRepository
{
public:
    explicit OutcomeRepository(const Database &db) : m_db(db) {}

    QList<OutcomeMeasureRecord> matching(const OutcomeFilter &filter) const; // by domain, name
    std::optional<OutcomeMeasureRecord> bySlug(const QString &slug) const;   // with its studies

private:
    const Database &m_db;
};

} // namespace eb::catalogue

#pragma once

// The article's claims, each with its verdict, and the discrepancies between the article and
// the primary sources. One of the repositories behind the Catalogue facade: SQL in, records.h
// values out (see database.h).

#include "catalogue/database.h"
#include "model/records.h"

#include <optional>

namespace eb::catalogue {

class ClaimRepository
{
public:
    explicit ClaimRepository(const Database &db) : m_db(db) {}

    QList<ClaimRecord> all() const; // in the article's order
    // With the result it rests on and its discrepancies.
    std::optional<ClaimRecord> bySlug(const QString &slug) const;

    QList<DiscrepancyRecord> allDiscrepancies() const;
    // Those naming the study, or one of its results.
    QList<DiscrepancyRecord> discrepanciesOfStudy(qint64 studyId) const;

private:
    const Database &m_db;
};

} // namespace eb::catalogue

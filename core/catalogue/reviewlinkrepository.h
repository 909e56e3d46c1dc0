#pragma once

// The review links (db/schema/0004-review-links.sql): every record a discrepancy names, with
// the side it stands on, and the results linked beside a claim. One of the repositories behind
// the Catalogue facade: SQL in, reviewrecords.h values out (see database.h).

#include "catalogue/database.h"
#include "model/reviewrecords.h"

namespace eb::catalogue {

class ReviewLinkRepository
{
public:
    explicit ReviewLinkRepository(const Database &db) : m_db(db) {}

    // By discrepancy; within one, the article's side first, then the sources', then derived.
    QList<DiscrepancyLinkRecord> discrepancyLinks() const;
    QList<ClaimLinkRecord> claimLinks() const; // by claim, then result

private:
    const Database &m_db;
};

} // namespace eb::catalogue

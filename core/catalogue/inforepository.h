#pragma once

// What the catalogue says about itself: catalogue_info and how many rows of each kind it
// holds. One of the repositories behind the Catalogue facade (see database.h).

#include "catalogue/database.h"
#include "model/records.h"

namespace eb::catalogue {

class InfoRepository
{
public:
    explicit InfoRepository(const Database &db) : m_db(db) {}

    QString value(const QString &key) const; // null if absent
    CatalogueCounts counts() const;

private:
    const Database &m_db;
};

} // namespace eb::catalogue

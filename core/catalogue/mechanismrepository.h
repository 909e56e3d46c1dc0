#pragma once

// Mechanisms with their molecular targets and the evidence for them. One of the repositories
// behind the Catalogue facade: SQL in, records.h values out (see database.h).

#include "catalogue/database.h"
#include "model/records.h"

#include <optional>

namespace eb::catalogue {

class MechanismRepository
{
public:
    explicit MechanismRepository(const Database &db) : m_db(db) {}

    QList<MechanismRecord> all() const; // in the article's order, with targets and evidence
    std::optional<MechanismRecord> bySlug(const QString &slug) const;

private:
    // Fills targets and evidence from one query each; `where` filters on "mt." columns.
    void attachTargetsAndEvidence(QList<MechanismRecord> &mechanisms, const QString &where,
                                  const QVariantList &binds) const;

    const Database &m_db;
};

} // namespace eb::catalogue

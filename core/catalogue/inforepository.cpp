#include "catalogue/inforepository.h"

namespace eb::catalogue {

QString InfoRepository::value(const QString &key) const
{
    const auto values =
        m_db.list<QString>(QStringLiteral("SELECT value FROM catalogue_info WHERE key = ?"), {key},
                           [](const Row &r) { return r.text(QStringLiteral("value")); });
    return values.isEmpty() ? QString() : values.first();
}

CatalogueCounts InfoRepository::counts() const
{
    const auto rows = m_db.list<CatalogueCounts>(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM study) AS studies, "
            "(SELECT count(*) FROM outcome_measure) AS outcomes, "
            "(SELECT count(*) FROM result) AS results, "
            "(SELECT count(*) FROM mechanism) AS mechanisms, "
            "(SELECT count(*) FROM molecular_target) AS targets, "
            "(SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM source) AS sources, "
            "(SELECT count(*) FROM discrepancy) AS discrepancies, "
            "(SELECT count(*) FROM dosing_protocol) AS dosing"),
        {}, [](const Row &r) {
            CatalogueCounts c;
            c.studies = r.integer(QStringLiteral("studies"));
            c.outcomes = r.integer(QStringLiteral("outcomes"));
            c.results = r.integer(QStringLiteral("results"));
            c.mechanisms = r.integer(QStringLiteral("mechanisms"));
            c.targets = r.integer(QStringLiteral("targets"));
            c.claims = r.integer(QStringLiteral("claims"));
            c.sources = r.integer(QStringLiteral("sources"));
            c.discrepancies = r.integer(QStringLiteral("discrepancies"));
            c.dosingProtocols = r.integer(QStringLiteral("dosing"));
            return c;
        });
    return rows.size() == 1 ? rows.first() : CatalogueCounts{};
}

} // namespace eb::catalogue

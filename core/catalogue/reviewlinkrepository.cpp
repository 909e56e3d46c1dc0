#include "catalogue/reviewlinkrepository.h"

#include <QStringList>

namespace eb::catalogue {
namespace {

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 6) : QString();
}

} // namespace

QList<DiscrepancyLinkRecord> ReviewLinkRepository::discrepancyLinks() const
{
    return m_db.list<DiscrepancyLinkRecord>(
        QStringLiteral(
            "SELECT l.discrepancy_id, l.side, l.entity, l.entity_id, "
            "s.name AS study_name, o.name AS outcome_name, o.abbreviation AS outcome_abbreviation, "
            "r.timepoint, src.short_label AS source_label, r.metric, r.estimate, r.ci_low, "
            "r.ci_high, r.derivation, st.name AS linked_study, p.label AS dosing_label, "
            "p.note AS dosing_note, p.origin AS dosing_origin "
            "FROM discrepancy_link l "
            "LEFT JOIN result r ON l.entity = 'result' AND r.id = l.entity_id "
            "LEFT JOIN study s ON s.id = r.study_id "
            "LEFT JOIN outcome_measure o ON o.id = r.outcome_id "
            "LEFT JOIN source src ON src.id = r.source_id "
            "LEFT JOIN study st ON l.entity = 'study' AND st.id = l.entity_id "
            "LEFT JOIN dosing_protocol p ON l.entity = 'dosing_protocol' AND p.id = l.entity_id "
            "ORDER BY l.discrepancy_id, CASE l.side WHEN 'article' THEN 0 WHEN 'source' THEN 1 "
            "ELSE 2 END, l.entity, l.entity_id"),
        {}, [](const Row &r) {
            DiscrepancyLinkRecord link;
            link.discrepancyId = r.id(QStringLiteral("discrepancy_id"));
            link.side = r.text(QStringLiteral("side"));
            link.entity = r.text(QStringLiteral("entity"));
            link.entityId = r.id(QStringLiteral("entity_id"));
            if (link.entity == QLatin1String("result")) {
                QStringList parts{r.text(QStringLiteral("study_name"))};
                parts << outcomeShortName(r.text(QStringLiteral("outcome_abbreviation")),
                                          r.text(QStringLiteral("outcome_name")));
                if (!r.text(QStringLiteral("timepoint")).isEmpty()) {
                    parts << r.text(QStringLiteral("timepoint"));
                }
                parts << r.text(QStringLiteral("source_label"));
                link.label = parts.join(QStringLiteral(" · "));
                const auto estimate = r.optDouble(QStringLiteral("estimate"));
                const QString metric = r.text(QStringLiteral("metric"));
                if (estimate) {
                    link.detail = (metric == QLatin1String("none") ? QString() : metric + u' ') +
                                  number(estimate);
                    const auto low = r.optDouble(QStringLiteral("ci_low"));
                    const auto high = r.optDouble(QStringLiteral("ci_high"));
                    if (low && high) {
                        link.detail += QStringLiteral(" (%1 to %2)").arg(number(low), number(high));
                    }
                }
                if (!r.text(QStringLiteral("derivation")).isEmpty()) {
                    link.detail += (link.detail.isEmpty() ? QString() : QStringLiteral(": ")) +
                                   r.text(QStringLiteral("derivation"));
                }
            } else if (link.entity == QLatin1String("study")) {
                link.label = r.text(QStringLiteral("linked_study"));
            } else {
                link.label = r.text(QStringLiteral("dosing_label"));
                if (r.text(QStringLiteral("dosing_origin")) == QLatin1String("derived")) {
                    link.detail = r.text(QStringLiteral("dosing_note"));
                }
            }
            return link;
        });
}

QList<ClaimLinkRecord> ReviewLinkRepository::claimLinks() const
{
    return m_db.list<ClaimLinkRecord>(
        QStringLiteral("SELECT claim_id, result_id, role, note FROM claim_link "
                       "ORDER BY claim_id, result_id"),
        {}, [](const Row &r) {
            return ClaimLinkRecord{r.id(QStringLiteral("claim_id")),
                                   r.id(QStringLiteral("result_id")),
                                   r.text(QStringLiteral("role")), r.text(QStringLiteral("note"))};
        });
}

} // namespace eb::catalogue

#include "catalogue/outcomerepository.h"

#include "catalogue/studyrepository.h"

namespace eb::catalogue {
namespace {

const QString kOutcomeSelect = QStringLiteral(
    "SELECT o.*, (SELECT count(*) FROM result r WHERE r.outcome_id = o.id) AS result_count "
    "FROM outcome_measure o");

OutcomeMeasureRecord readOutcome(const Row &r)
{
    OutcomeMeasureRecord o;
    o.id = r.id(QStringLiteral("id"));
    o.slug = r.text(QStringLiteral("slug"));
    o.name = r.text(QStringLiteral("name"));
    o.abbreviation = r.text(QStringLiteral("abbreviation"));
    o.domain = r.text(QStringLiteral("domain"));
    o.direction = r.text(QStringLiteral("direction"));
    o.rangeMin = r.optDouble(QStringLiteral("range_min"));
    o.rangeMax = r.optDouble(QStringLiteral("range_max"));
    o.isEnsemble = r.flag(QStringLiteral("is_ensemble"));
    o.description = r.text(QStringLiteral("description"));
    o.userRecord = r.flag(QStringLiteral("user_record"));
    o.resultCount = r.integer(QStringLiteral("result_count"));
    return o;
}

} // namespace

QList<OutcomeMeasureRecord> OutcomeRepository::matching(const OutcomeFilter &filter) const
{
    if (!filter.domain.isEmpty()) {
        return m_db.list<OutcomeMeasureRecord>(
            kOutcomeSelect + QStringLiteral(" WHERE o.domain = ? ORDER BY o.domain, o.name"),
            {filter.domain}, readOutcome);
    }
    return m_db.list<OutcomeMeasureRecord>(
        kOutcomeSelect + QStringLiteral(" ORDER BY o.domain, o.name"), {}, readOutcome);
}

std::optional<OutcomeMeasureRecord> OutcomeRepository::bySlug(const QString &slug) const
{
    auto found = m_db.list<OutcomeMeasureRecord>(
        kOutcomeSelect + QStringLiteral(" WHERE o.slug = ?"), {slug}, readOutcome);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    OutcomeMeasureRecord o = found.first();
    o.studies = StudyRepository(m_db).refsOfOutcome(o.id);
    return o;
}

} // namespace eb::catalogue

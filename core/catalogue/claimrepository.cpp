#include "catalogue/claimrepository.h"

#include "catalogue/resultrepository.h"

namespace eb::catalogue {
namespace {

const QString kClaimSelect = QStringLiteral(
    "SELECT c.*, s.slug AS study_slug, s.name AS study_name, "
    "src.short_label AS source_short_label FROM claim c LEFT JOIN study s ON s.id = c.study_id "
    "JOIN source src ON src.id = c.source_id");

ClaimRecord readClaim(const Row &r)
{
    ClaimRecord c;
    c.id = r.id(QStringLiteral("id"));
    c.slug = r.text(QStringLiteral("slug"));
    c.text = r.text(QStringLiteral("text"));
    c.topic = r.text(QStringLiteral("topic"));
    c.kind = r.text(QStringLiteral("kind"));
    c.studyId = r.optId(QStringLiteral("study_id"));
    c.studySlug = r.text(QStringLiteral("study_slug"));
    c.studyName = r.text(QStringLiteral("study_name"));
    c.resultId = r.optId(QStringLiteral("result_id"));
    c.sourceId = r.id(QStringLiteral("source_id"));
    c.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    c.verdict = r.text(QStringLiteral("verdict"));
    c.verdictNote = r.text(QStringLiteral("verdict_note"));
    c.sortOrder = r.integer(QStringLiteral("sort_order"));
    return c;
}

const QString kDiscrepancySelect = QStringLiteral(
    "SELECT x.*, a.short_label AS article_source_short_label, "
    "p.short_label AS primary_source_short_label, c.slug AS claim_slug, s.slug AS study_slug "
    "FROM discrepancy x JOIN source a ON a.id = x.article_source_id "
    "LEFT JOIN source p ON p.id = x.primary_source_id LEFT JOIN claim c ON c.id = x.claim_id "
    "LEFT JOIN study s ON s.id = x.study_id");

DiscrepancyRecord readDiscrepancy(const Row &r)
{
    DiscrepancyRecord d;
    d.id = r.id(QStringLiteral("id"));
    d.slug = r.text(QStringLiteral("slug"));
    d.subject = r.text(QStringLiteral("subject"));
    d.articleValue = r.text(QStringLiteral("article_value"));
    d.sourceValue = r.text(QStringLiteral("source_value"));
    d.articleSourceId = r.id(QStringLiteral("article_source_id"));
    d.articleSourceShortLabel = r.text(QStringLiteral("article_source_short_label"));
    d.primarySourceId = r.optId(QStringLiteral("primary_source_id"));
    d.primarySourceShortLabel = r.text(QStringLiteral("primary_source_short_label"));
    d.articleResultId = r.optId(QStringLiteral("article_result_id"));
    d.primaryResultId = r.optId(QStringLiteral("primary_result_id"));
    d.claimId = r.optId(QStringLiteral("claim_id"));
    d.claimSlug = r.text(QStringLiteral("claim_slug"));
    d.studyId = r.optId(QStringLiteral("study_id"));
    d.studySlug = r.text(QStringLiteral("study_slug"));
    d.explanation = r.text(QStringLiteral("explanation"));
    return d;
}

} // namespace

QList<ClaimRecord> ClaimRepository::all() const
{
    return m_db.list<ClaimRecord>(kClaimSelect + QStringLiteral(" ORDER BY c.sort_order, c.id"), {},
                                  readClaim);
}

std::optional<ClaimRecord> ClaimRepository::bySlug(const QString &slug) const
{
    auto found = m_db.list<ClaimRecord>(kClaimSelect + QStringLiteral(" WHERE c.slug = ?"), {slug},
                                        readClaim);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    ClaimRecord c = found.first();
    if (c.resultId) {
        c.result = ResultRepository(m_db).byId(*c.resultId);
    }
    c.discrepancies = m_db.list<DiscrepancyRecord>(
        kDiscrepancySelect + QStringLiteral(" WHERE x.claim_id = ? ORDER BY x.id"), {c.id},
        readDiscrepancy);
    return c;
}

QList<DiscrepancyRecord> ClaimRepository::allDiscrepancies() const
{
    return m_db.list<DiscrepancyRecord>(kDiscrepancySelect + QStringLiteral(" ORDER BY x.id"), {},
                                        readDiscrepancy);
}

QList<DiscrepancyRecord> ClaimRepository::discrepanciesOfStudy(qint64 studyId) const
{
    return m_db.list<DiscrepancyRecord>(
        kDiscrepancySelect +
            QStringLiteral(" WHERE x.study_id = ? OR x.article_result_id IN (SELECT id FROM "
                           "result WHERE study_id = ?) OR x.primary_result_id IN (SELECT "
                           "id FROM result WHERE study_id = ?) ORDER BY x.id"),
        {studyId, studyId, studyId}, readDiscrepancy);
}

} // namespace eb::catalogue

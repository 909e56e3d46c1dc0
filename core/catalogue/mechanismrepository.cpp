#include "catalogue/mechanismrepository.h"

#include <QHash>

namespace eb::catalogue {
namespace {

const QString kMechanismSelect =
    QStringLiteral("SELECT m.*, src.short_label AS source_short_label FROM mechanism m "
                   "JOIN source src ON src.id = m.source_id");

MechanismRecord readMechanism(const Row &r)
{
    MechanismRecord m;
    m.id = r.id(QStringLiteral("id"));
    m.slug = r.text(QStringLiteral("slug"));
    m.category = r.text(QStringLiteral("category"));
    m.description = r.text(QStringLiteral("description"));
    m.sourceId = r.id(QStringLiteral("source_id"));
    m.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    m.quote = r.text(QStringLiteral("quote"));
    m.statementKind = r.text(QStringLiteral("statement_kind"));
    m.statementWhere = r.text(QStringLiteral("statement_where"));
    m.sortOrder = r.integer(QStringLiteral("sort_order"));
    m.userRecord = r.flag(QStringLiteral("user_record"));
    return m;
}

const QString kTargetSelect = QStringLiteral(
    "SELECT mt.mechanism_id, mt.target_id, mt.direction, mt.quote, mt.statement_kind, "
    "mt.user_record, t.slug, t.name, t.kind, "
    "t.description FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id");

MechanismTargetRecord readTarget(const Row &r)
{
    MechanismTargetRecord t;
    t.targetId = r.id(QStringLiteral("target_id"));
    t.slug = r.text(QStringLiteral("slug"));
    t.name = r.text(QStringLiteral("name"));
    t.kind = r.text(QStringLiteral("kind"));
    t.description = r.text(QStringLiteral("description"));
    t.direction = r.text(QStringLiteral("direction"));
    t.quote = r.text(QStringLiteral("quote"));
    t.statementKind = r.text(QStringLiteral("statement_kind"));
    t.userRecord = r.flag(QStringLiteral("user_record"));
    return t;
}

const QString kEvidenceSelect = QStringLiteral(
    "SELECT e.*, s.slug AS study_slug, s.name AS study_name, "
    "src.short_label AS source_short_label FROM mechanism_evidence e "
    "LEFT JOIN study s ON s.id = e.study_id JOIN source src ON src.id = e.source_id");

MechanismEvidenceRecord readEvidence(const Row &r)
{
    MechanismEvidenceRecord e;
    e.id = r.id(QStringLiteral("id"));
    e.studyId = r.optId(QStringLiteral("study_id"));
    e.studySlug = r.text(QStringLiteral("study_slug"));
    e.studyName = r.text(QStringLiteral("study_name"));
    e.resultId = r.optId(QStringLiteral("result_id"));
    e.sourceId = r.id(QStringLiteral("source_id"));
    e.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    e.support = r.text(QStringLiteral("support"));
    e.note = r.text(QStringLiteral("note"));
    e.quote = r.text(QStringLiteral("quote"));
    e.statementKind = r.text(QStringLiteral("statement_kind"));
    e.statementWhere = r.text(QStringLiteral("statement_where"));
    return e;
}

} // namespace

QList<MechanismRecord> MechanismRepository::all() const
{
    auto mechanisms = m_db.list<MechanismRecord>(
        kMechanismSelect + QStringLiteral(" ORDER BY m.sort_order, m.id"), {}, readMechanism);
    attachTargetsAndEvidence(mechanisms, QString(), {});
    return mechanisms;
}

std::optional<MechanismRecord> MechanismRepository::bySlug(const QString &slug) const
{
    auto found = m_db.list<MechanismRecord>(kMechanismSelect + QStringLiteral(" WHERE m.slug = ?"),
                                            {slug}, readMechanism);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    attachTargetsAndEvidence(found, QStringLiteral(" WHERE mt.mechanism_id = ?"),
                             {found.first().id});
    return found.first();
}

void MechanismRepository::attachTargetsAndEvidence(QList<MechanismRecord> &mechanisms,
                                                   const QString &where,
                                                   const QVariantList &binds) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < mechanisms.size(); ++i) {
        index.insert(mechanisms.at(i).id, i);
    }
    struct Linked
    {
        qint64 mechanismId;
        MechanismTargetRecord target;
    };
    const auto targets = m_db.list<Linked>(
        kTargetSelect + where + QStringLiteral(" ORDER BY mt.rowid"), binds, [](const Row &r) {
            return Linked{r.id(QStringLiteral("mechanism_id")), readTarget(r)};
        });
    for (const Linked &linked : targets) {
        const auto it = index.constFind(linked.mechanismId);
        if (it != index.constEnd()) {
            mechanisms[*it].targets.append(linked.target);
        }
    }
    struct Evidence
    {
        qint64 mechanismId;
        MechanismEvidenceRecord evidence;
    };
    const QString evidenceWhere =
        QString(where).replace(QStringLiteral("mt."), QStringLiteral("e."));
    const auto evidence = m_db.list<Evidence>(
        kEvidenceSelect + evidenceWhere + QStringLiteral(" ORDER BY e.id"), binds,
        [](const Row &r) {
            return Evidence{r.id(QStringLiteral("mechanism_id")), readEvidence(r)};
        });
    for (const Evidence &e : evidence) {
        const auto it = index.constFind(e.mechanismId);
        if (it != index.constEnd()) {
            mechanisms[*it].evidence.append(e.evidence);
        }
    }
}

} // namespace eb::catalogue

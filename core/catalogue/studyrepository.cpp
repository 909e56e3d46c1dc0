#include "catalogue/studyrepository.h"

#include "catalogue/claimrepository.h"
#include "catalogue/keysetorder.h"
#include "catalogue/resultrepository.h"
#include "catalogue/searchquery.h"
#include "catalogue/searchrepository.h"
#include "catalogue/sourcerepository.h"
#include "catalogue/studyrows.h"

#include <cmath>

namespace eb::catalogue {
namespace {

// ---- study rows -------------------------------------------------------------------------

const QString kStudySummarySelect = QStringLiteral(
    "SELECT s.id, s.slug, s.name, s.design, s.condition, s.severity, s.species, s.blinding, "
    "s.year, s.n_enrolled, s.n_analysed, s.sponsorship, "
    "s.user_record, "
    "(SELECT count(*) FROM result r WHERE r.study_id = s.id) AS result_count FROM study s");

StudySummary readStudySummary(const Row &r)
{
    StudySummary s;
    s.id = r.id(QStringLiteral("id"));
    s.slug = r.text(QStringLiteral("slug"));
    s.name = r.text(QStringLiteral("name"));
    s.design = r.text(QStringLiteral("design"));
    s.condition = r.text(QStringLiteral("condition"));
    s.severity = r.text(QStringLiteral("severity"));
    s.species = r.text(QStringLiteral("species"));
    s.blinding = r.text(QStringLiteral("blinding"));
    s.year = r.optInt(QStringLiteral("year"));
    s.nEnrolled = r.optInt(QStringLiteral("n_enrolled"));
    s.nAnalysed = r.optInt(QStringLiteral("n_analysed"));
    s.sponsorship = r.text(QStringLiteral("sponsorship"));
    s.resultCount = r.integer(QStringLiteral("result_count"));
    s.userRecord = r.flag(QStringLiteral("user_record"));
    return s;
}

// Read from "SELECT * FROM study".
StudyDetail readStudyDetail(const Row &r)
{
    StudyDetail s;
    s.id = r.id(QStringLiteral("id"));
    s.slug = r.text(QStringLiteral("slug"));
    s.name = r.text(QStringLiteral("name"));
    s.title = r.text(QStringLiteral("title"));
    s.design = r.text(QStringLiteral("design"));
    s.condition = r.text(QStringLiteral("condition"));
    s.severity = r.text(QStringLiteral("severity"));
    s.species = r.text(QStringLiteral("species"));
    s.blinding = r.text(QStringLiteral("blinding"));
    s.setting = r.text(QStringLiteral("setting"));
    s.centres = r.optInt(QStringLiteral("centres"));
    s.nEnrolled = r.optInt(QStringLiteral("n_enrolled"));
    s.nAnalysed = r.optInt(QStringLiteral("n_analysed"));
    s.nNote = r.text(QStringLiteral("n_note"));
    s.intervention = r.text(QStringLiteral("intervention"));
    s.control = r.text(QStringLiteral("control"));
    s.timing = r.text(QStringLiteral("timing"));
    s.treatmentDuration = r.text(QStringLiteral("treatment_duration"));
    s.followUp = r.text(QStringLiteral("follow_up"));
    s.year = r.optInt(QStringLiteral("year"));
    s.registration = r.text(QStringLiteral("registration"));
    s.primarySourceId = r.optId(QStringLiteral("primary_source_id"));
    s.sponsorship = r.text(QStringLiteral("sponsorship"));
    s.summary = r.text(QStringLiteral("summary"));
    s.userRecord = r.flag(QStringLiteral("user_record"));
    return s;
}

// ---- study references -------------------------------------------------------------------

// Read from "SELECT s.id, s.slug, s.name ...".
StudyRef readStudyRef(const Row &r)
{
    return {r.id(QStringLiteral("id")), r.text(QStringLiteral("slug")),
            r.text(QStringLiteral("name"))};
}

// Which trials a synthesis pooled: synthesis_inclusion, the one home (schema 12); a trial
// named for several outcomes is one component.
const QString kComponentsSql =
    QStringLiteral("SELECT s.id, s.slug, s.name FROM study s WHERE s.id IN (SELECT trial_id FROM "
                   "synthesis_inclusion WHERE synthesis_id = ?) ORDER BY s.year, s.name");

const QString kParentsSql = QStringLiteral(
    "SELECT s.id, s.slug, s.name FROM study s WHERE s.id IN (SELECT synthesis_id FROM "
    "synthesis_inclusion WHERE trial_id = ?) ORDER BY s.year, s.name");

const QString kInclusionsSql = QStringLiteral(
    "SELECT i.*, p.slug AS synthesis_slug, p.name AS synthesis_name, t.slug AS trial_slug, "
    "t.name AS trial_name, o.slug AS outcome_slug, o.name AS outcome_name, "
    "src.short_label AS source_short_label FROM synthesis_inclusion i "
    "JOIN study p ON p.id = i.synthesis_id JOIN study t ON t.id = i.trial_id "
    "LEFT JOIN outcome_measure o ON o.id = i.outcome_id JOIN source src ON src.id = i.source_id "
    "WHERE i.synthesis_id = ? OR i.trial_id = ? ORDER BY p.year, p.name, t.year, t.name, "
    "o.name, i.id");

SynthesisInclusionRecord readInclusion(const Row &r)
{
    SynthesisInclusionRecord i;
    i.id = r.id(QStringLiteral("id"));
    i.synthesis = {r.id(QStringLiteral("synthesis_id")), r.text(QStringLiteral("synthesis_slug")),
                   r.text(QStringLiteral("synthesis_name"))};
    i.trial = {r.id(QStringLiteral("trial_id")), r.text(QStringLiteral("trial_slug")),
               r.text(QStringLiteral("trial_name"))};
    i.outcomeId = r.optId(QStringLiteral("outcome_id"));
    i.outcomeSlug = r.text(QStringLiteral("outcome_slug"));
    i.outcomeName = r.text(QStringLiteral("outcome_name"));
    i.sourceId = r.id(QStringLiteral("source_id"));
    i.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    i.quote = r.text(QStringLiteral("quote"));
    i.statementKind = r.text(QStringLiteral("statement_kind"));
    i.statementWhere = r.text(QStringLiteral("statement_where"));
    i.note = r.text(QStringLiteral("note"));
    i.userRecord = r.flag(QStringLiteral("user_record"));
    return i;
}

// ---- arms ---------------------------------------------------------------------------------

const QString kArmsOfStudySql =
    QStringLiteral("SELECT a.*, src.short_label AS source_short_label FROM study_arm a "
                   "LEFT JOIN source src ON src.id = a.source_id WHERE a.study_id = ? "
                   "ORDER BY CASE a.role WHEN 'treatment' THEN 0 ELSE 1 END, a.id");

StudyArmRecord readArm(const Row &r)
{
    StudyArmRecord a;
    a.id = r.id(QStringLiteral("id"));
    a.studyId = r.id(QStringLiteral("study_id"));
    a.role = r.text(QStringLiteral("role"));
    a.label = r.text(QStringLiteral("label"));
    a.nRandomised = r.optInt(QStringLiteral("n_randomised"));
    a.nAnalysed = r.optInt(QStringLiteral("n_analysed"));
    a.sourceId = r.optId(QStringLiteral("source_id"));
    a.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    a.quote = r.text(QStringLiteral("quote"));
    a.statementKind = r.text(QStringLiteral("statement_kind"));
    a.statementWhere = r.text(QStringLiteral("statement_where"));
    return a;
}

// ---- dosing -------------------------------------------------------------------------------

const QString kDosingSelect =
    QStringLiteral("SELECT d.*, s.slug AS study_slug, src.short_label AS source_short_label "
                   "FROM dosing_protocol d LEFT JOIN study s ON s.id = d.study_id "
                   "JOIN source src ON src.id = d.source_id");

DosingRecord readDosing(const Row &r)
{
    DosingRecord d;
    d.id = r.id(QStringLiteral("id"));
    d.slug = r.text(QStringLiteral("slug"));
    d.studyId = r.optId(QStringLiteral("study_id"));
    d.studySlug = r.text(QStringLiteral("study_slug"));
    d.label = r.text(QStringLiteral("label"));
    d.route = r.text(QStringLiteral("route"));
    d.volumeMlMin = r.optDouble(QStringLiteral("volume_ml_min"));
    d.volumeMlMax = r.optDouble(QStringLiteral("volume_ml_max"));
    d.perKg = r.flag(QStringLiteral("per_kg"));
    d.mgMin = r.optDouble(QStringLiteral("mg_min"));
    d.mgMax = r.optDouble(QStringLiteral("mg_max"));
    d.frequency = r.text(QStringLiteral("frequency"));
    d.durationDaysMin = r.optInt(QStringLiteral("duration_days_min"));
    d.durationDaysMax = r.optInt(QStringLiteral("duration_days_max"));
    d.schedule = r.text(QStringLiteral("schedule"));
    d.sourceId = r.id(QStringLiteral("source_id"));
    d.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    d.quote = r.text(QStringLiteral("quote"));
    d.statementKind = r.text(QStringLiteral("statement_kind"));
    d.statementWhere = r.text(QStringLiteral("statement_where"));
    d.origin = r.text(QStringLiteral("origin"));
    d.note = r.text(QStringLiteral("note"));
    d.userRecord = r.flag(QStringLiteral("user_record"));
    return d;
}

// ---- provenance of the study's, its arms' and its dosing's fields ----------------------

const QString kProvenanceOfStudySql =
    QStringLiteral("SELECT f.*, src.short_label AS source_short_label FROM field_provenance f "
                   "JOIN source src ON src.id = f.source_id WHERE "
                   "(f.entity = 'study' AND f.entity_id = ?) OR "
                   "(f.entity = 'study_arm' AND f.entity_id IN "
                   "(SELECT id FROM study_arm WHERE study_id = ?)) OR "
                   "(f.entity = 'dosing_protocol' AND f.entity_id IN "
                   "(SELECT id FROM dosing_protocol WHERE study_id = ?)) "
                   "ORDER BY f.entity DESC, f.entity_id, f.field, f.id");

FieldProvenanceRecord readProvenance(const Row &r)
{
    FieldProvenanceRecord p;
    p.id = r.id(QStringLiteral("id"));
    p.entity = r.text(QStringLiteral("entity"));
    p.entityId = r.id(QStringLiteral("entity_id"));
    p.field = r.text(QStringLiteral("field"));
    p.sourceId = r.id(QStringLiteral("source_id"));
    p.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    p.quote = r.text(QStringLiteral("quote"));
    p.statementKind = r.text(QStringLiteral("statement_kind"));
    p.statementWhere = r.text(QStringLiteral("statement_where"));
    p.origin = r.text(QStringLiteral("origin"));
    return p;
}

} // namespace

namespace {

// True when every study has its name's sort key (db/schema/0014): a row written by a tool
// that does not know the key has none until the program writes that study again. The index
// on name_key finds a missing one at once.
bool nameKeysComplete(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM study WHERE name_key IS "
                                    "NULL)"),
                     {})
               .value_or(0) != 0;
}

// The keys of the filter's order over alias %1, ending with the list's own order and the id.
// `nameKeys`: the name order may read study.name_key (the key of the collation eb_natural,
// which an index serves) instead of the collation.
QList<OrderKey> studyOrder(const StudyFilter &filter, bool nameKeys)
{
    QList<OrderKey> keys;
    const bool down = filter.descending;
    switch (filter.sort) {
    case StudySort::Catalogue:
        break;
    case StudySort::Name:
        keys << OrderKey{nameKeys ? QStringLiteral("%1.name_key")
                                  : QStringLiteral("%1.name COLLATE eb_natural"),
                         down,
                         {}};
        break;
    case StudySort::Year:
        keys << numberColumnKeys("year", down);
        break;
    case StudySort::Enrolled:
        keys << numberColumnKeys("n_enrolled", down);
        break;
    case StudySort::Results:
        keys << OrderKey{
            QStringLiteral("(SELECT count(*) FROM result r WHERE r.study_id = %1.id)"), down, {}};
        break;
    case StudySort::Design:
        keys << rankedColumnKeys("design", filter.sortRanks, down);
        break;
    case StudySort::Condition:
        keys << rankedColumnKeys("condition", filter.sortRanks, down);
        break;
    case StudySort::Species:
        keys << rankedColumnKeys("species", filter.sortRanks, down);
        break;
    case StudySort::Sponsorship:
        keys << rankedColumnKeys("sponsorship", filter.sortRanks, down);
        break;
    case StudySort::Matrix:
        keys << OrderKey{QStringLiteral("%1.condition"), false, {}}
             << rankedColumnKeys("design", filter.sortRanks, false)
             << OrderKey{QStringLiteral("ifnull(%1.year, 0)"), false, {}};
        break;
    }
    // The list's own order, which also breaks ties: TBI before stroke, then year (unknown
    // first), name, and the id for a total order (pages neither repeat nor skip rows).
    keys << OrderKey{QStringLiteral("%1.condition"), true, {}}
         << OrderKey{QStringLiteral("ifnull(%1.year, -1)"), false, {}}
         << OrderKey{QStringLiteral("%1.name"), false, {}}
         << OrderKey{QStringLiteral("%1.id"), false, {}};
    return keys;
}

// The WHERE conditions of the filter (not its page), over alias s. `walkOrder`: the search's
// condition is written so that SQLite cannot look its hits up by id ("+s.id"), and walks the
// index of the page's order instead, stopping after the page (see manyHits()).
QStringList studyConditions(const StudyFilter &filter, QVariantList &binds, bool *none,
                            bool walkOrder = false)
{
    QStringList where;
    const auto equal = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            where << QStringLiteral("s.%1 = ?").arg(QLatin1String(column));
            binds << value;
        }
    };
    equal("condition", filter.condition);
    equal("design", filter.design);
    equal("species", filter.species);
    *none = false;
    if (!filter.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.ids) {
            ids << QString::number(id);
        }
        // One bound JSON array, however many ids (SQLite limits the number of `?`).
        where << QStringLiteral("s.id IN (SELECT value FROM json_each(?))");
        binds << QStringLiteral("[%1]").arg(ids.join(QLatin1Char(',')));
    }
    if (filter.withResults) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM result r WHERE r.study_id = s.id)");
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = ftsQueryFromUserText(filter.text);
        if (match.isEmpty()) {
            *none = true; // only punctuation: nothing can match
            return where;
        }
        where << QStringLiteral("%1s.id IN (%2)")
                     .arg(walkOrder ? QStringLiteral("+") : QString(),
                          SearchRepository::idsMatchingSql(SearchHit::Kind::Study));
        binds << match;
    }
    return where;
}

// Whether a page of a search is cheaper walking the index of its order than sorting its hits:
// a walk reads about limit * studies / hits index entries before it has the page, a sort
// reads every hit, so the walk wins once hits^2 > limit * studies (about 5,000 hits of
// 100,000 for a page of 256). The hits are counted only up to that many, so a word in every
// document costs no more than a rare one here. A choice of plan: the rows are the same.
bool manyHits(const Database &db, const StudyFilter &filter)
{
    const QString match = ftsQueryFromUserText(filter.text);
    if (filter.limit <= 0 || match.isEmpty()) {
        return false;
    }
    const double studies = static_cast<double>(
        db.scalar(QStringLiteral("SELECT ifnull(max(id), 0) FROM study"), {}).value_or(0));
    const auto enough =
        static_cast<qint64>(std::ceil(std::sqrt(static_cast<double>(filter.limit) * studies)));
    const qint64 hits =
        db.scalar(QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)")
                      .arg(SearchRepository::idsMatchingSql(SearchHit::Kind::Study)),
                  {match, enough})
            .value_or(0);
    return hits >= enough;
}

} // namespace

QList<StudySummary> StudyRepository::summaries(const StudyFilter &filter) const
{
    if (filter.sort == StudySort::Matrix && filter.offset == 0) {
        return matrixSummaries(filter);
    }
    const bool nameKeys = filter.sort == StudySort::Name && nameKeysComplete(m_db);
    // The orders an index serves (db/schema/0013, 0014).
    const bool indexed = nameKeys || filter.sort == StudySort::Catalogue ||
                         filter.sort == StudySort::Year || filter.sort == StudySort::Enrolled;
    const bool walk = indexed && !filter.text.trimmed().isEmpty() && manyHits(m_db, filter);
    QVariantList binds;
    bool none = false;
    QStringList where = studyConditions(filter, binds, &none, walk);
    if (none) {
        return {};
    }
    const QList<OrderKey> order = studyOrder(filter, nameKeys);
    if (filter.afterId != 0) {
        where << afterClause(order, QStringLiteral("study"), QStringLiteral("s"), filter.afterId,
                             binds);
    }
    if (filter.limit <= 0) {
        const QString sql = kStudySummarySelect + whereClause(where) +
                            orderByClause(order, QStringLiteral("s"), binds);
        return m_db.list<StudySummary>(sql, binds, readStudySummary);
    }
    // The page's ids first, then its rows: a sort holds whole rows, so each row's result count
    // (a subquery) would be counted for every hit sorted, not only for the page.
    QString ids = QStringLiteral("SELECT s.id FROM study s") + whereClause(where);
    ids += orderByClause(order, QStringLiteral("s"), binds);
    ids += Database::pageClause(filter.limit, filter.offset, binds);
    const QString sql = kStudySummarySelect + QStringLiteral(" WHERE s.id IN (") + ids +
                        QStringLiteral(")") + orderByClause(order, QStringLiteral("s"), binds);
    return m_db.list<StudySummary>(sql, binds, readStudySummary);
}

// For the matrix's order (studymatrixorder.cpp), which reads the same rows under the same
// filter.
namespace studyrows {

QString summarySelect()
{
    return kStudySummarySelect;
}

StudySummary readSummary(const Row &r)
{
    return readStudySummary(r);
}

QStringList conditions(const StudyFilter &filter, QVariantList &binds, bool *none)
{
    return studyConditions(filter, binds, none);
}

} // namespace studyrows

int StudyRepository::count(const StudyFilter &filter) const
{
    QVariantList binds;
    bool none = false;
    const QStringList where = studyConditions(filter, binds, &none);
    return none ? 0 : countRows(m_db, QStringLiteral("study"), QStringLiteral("s"), where, binds);
}

int StudyRepository::rowOf(const StudyFilter &filter, const QString &slug) const
{
    const auto id = m_db.scalar(QStringLiteral("SELECT id FROM study WHERE slug = ?"), {slug});
    QVariantList binds;
    bool none = false;
    const QStringList where = studyConditions(filter, binds, &none);
    if (!id || none) {
        return -1;
    }
    return rowOfId(m_db, QStringLiteral("study"), QStringLiteral("s"), where, binds,
                   studyOrder(filter, filter.sort == StudySort::Name && nameKeysComplete(m_db)),
                   *id);
}

std::optional<StudyDetail> StudyRepository::bySlug(const QString &slug) const
{
    return detailWhere(QStringLiteral("slug = ?"), slug);
}

std::optional<StudyDetail> StudyRepository::byId(qint64 id) const
{
    return detailWhere(QStringLiteral("id = ?"), id);
}

std::optional<StudyDetail> StudyRepository::detailWhere(const QString &condition,
                                                        const QVariant &key) const
{
    m_db.clearError();
    const auto found = m_db.list<StudyDetail>(
        QStringLiteral("SELECT * FROM study WHERE ") + condition, {key}, readStudyDetail);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    StudyDetail s = found.first();
    const QVariantList id{s.id};
    s.arms = m_db.list<StudyArmRecord>(kArmsOfStudySql, id, readArm);
    s.results = ResultRepository(m_db).ofStudy(s.id);
    s.dosing = m_db.list<DosingRecord>(
        kDosingSelect + QStringLiteral(" WHERE d.study_id = ? ORDER BY d.id"), id, readDosing);
    s.sources = SourceRepository(m_db).ofStudy(s.id);
    s.components = m_db.list<StudyRef>(kComponentsSql, id, readStudyRef);
    s.parents = m_db.list<StudyRef>(kParentsSql, id, readStudyRef);
    s.inclusions = m_db.list<SynthesisInclusionRecord>(kInclusionsSql, {s.id, s.id}, readInclusion);
    s.discrepancies = ClaimRepository(m_db).discrepanciesOfStudy(s.id);
    s.provenance =
        m_db.list<FieldProvenanceRecord>(kProvenanceOfStudySql, {s.id, s.id, s.id}, readProvenance);
    if (!m_db.lastError().isEmpty()) {
        return std::nullopt;
    }
    return s;
}

QStringList StudyRepository::distinctValues(StudyColumn column) const
{
    // Column names come from this fixed switch, never from input.
    QString name;
    switch (column) {
    case StudyColumn::Condition:
        name = QStringLiteral("condition");
        break;
    case StudyColumn::Design:
        name = QStringLiteral("design");
        break;
    case StudyColumn::Species:
        name = QStringLiteral("species");
        break;
    }
    const auto values = m_db.list<QString>(
        QStringLiteral("SELECT DISTINCT %1 AS value FROM study ORDER BY 1").arg(name), {},
        [](const Row &r) { return r.text(QStringLiteral("value")); });
    return QStringList(values.cbegin(), values.cend());
}

QList<DosingRecord> StudyRepository::allDosing() const
{
    return m_db.list<DosingRecord>(kDosingSelect + QStringLiteral(" ORDER BY d.id"), {},
                                   readDosing);
}

QList<StudyRef> StudyRepository::refsOfSource(qint64 sourceId) const
{
    return m_db.list<StudyRef>(
        QStringLiteral("SELECT s.id, s.slug, s.name FROM study s WHERE s.id IN (SELECT study_id "
                       "FROM study_source WHERE source_id = ?) OR s.primary_source_id = ? "
                       "ORDER BY s.year, s.name"),
        {sourceId, sourceId}, readStudyRef);
}

QList<StudyRef> StudyRepository::refsOfOutcome(qint64 outcomeId) const
{
    return m_db.list<StudyRef>(
        QStringLiteral("SELECT DISTINCT s.id, s.slug, s.name, s.year FROM result r JOIN study s "
                       "ON s.id = r.study_id WHERE r.outcome_id = ? ORDER BY s.year, s.name"),
        {outcomeId}, readStudyRef);
}

} // namespace eb::catalogue

#include "catalogue/sourcerepository.h"

#include "catalogue/keysetorder.h"
#include "catalogue/searchquery.h"
#include "catalogue/searchrepository.h"
#include "catalogue/studyrepository.h"

namespace eb::catalogue {
namespace {

SourceRecord readSource(const Row &r)
{
    SourceRecord s;
    s.id = r.id(QStringLiteral("id"));
    s.slug = r.text(QStringLiteral("slug"));
    s.kind = r.text(QStringLiteral("kind"));
    s.shortLabel = r.text(QStringLiteral("short_label"));
    s.authors = r.text(QStringLiteral("authors"));
    s.title = r.text(QStringLiteral("title"));
    s.journal = r.text(QStringLiteral("journal"));
    s.year = r.optInt(QStringLiteral("year"));
    s.volume = r.text(QStringLiteral("volume"));
    s.issue = r.text(QStringLiteral("issue"));
    s.pages = r.text(QStringLiteral("pages"));
    s.doi = r.text(QStringLiteral("doi"));
    s.pmid = r.text(QStringLiteral("pmid"));
    s.pmcid = r.text(QStringLiteral("pmcid"));
    s.registration = r.text(QStringLiteral("registration"));
    s.sponsorship = r.text(QStringLiteral("sponsorship"));
    s.verificationNote = r.text(QStringLiteral("verification_note"));
    s.notes = r.text(QStringLiteral("notes"));
    s.userRecord = r.flag(QStringLiteral("user_record"));
    s.versionOfId = r.optId(QStringLiteral("version_of_id"));
    return s;
}

// The keys of the filter's order over alias %1: its column, then the list's own order (the
// article first, year, short label) and the id.
QList<OrderKey> sourceOrder(const SourceFilter &filter)
{
    QList<OrderKey> keys;
    const bool down = filter.descending;
    switch (filter.sort) {
    case SourceSort::Catalogue:
        break;
    case SourceSort::Label:
        keys << textColumnKeys("short_label", down);
        break;
    case SourceSort::Year:
        keys << numberColumnKeys("year", down);
        break;
    case SourceSort::Kind:
        keys << rankedColumnKeys("kind", filter.sortRanks, down);
        break;
    case SourceSort::Sponsorship:
        keys << rankedColumnKeys("sponsorship", filter.sortRanks, down);
        break;
    case SourceSort::Journal:
        keys << textColumnKeys("journal", down);
        break;
    }
    keys << OrderKey{QStringLiteral("(%1.kind <> 'article')"), false, {}}
         << OrderKey{QStringLiteral("ifnull(%1.year, -1)"), false, {}}
         << OrderKey{QStringLiteral("%1.short_label"), false, {}}
         << OrderKey{QStringLiteral("%1.id"), false, {}};
    return keys;
}

// The filter's text as a condition over alias s; false when the text can match nothing.
bool sourceConditions(const SourceFilter &filter, QStringList &where, QVariantList &binds)
{
    if (filter.text.trimmed().isEmpty()) {
        return true;
    }
    const QString match = ftsQueryFromUserText(filter.text);
    if (match.isEmpty()) {
        return false; // only punctuation
    }
    where << QStringLiteral("s.id IN (%1)")
                 .arg(SearchRepository::idsMatchingSql(SearchHit::Kind::Source));
    binds << match;
    return true;
}

} // namespace

QList<SourceRecord> SourceRepository::page(const SourceFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!sourceConditions(filter, where, binds)) {
        return {};
    }
    const QList<OrderKey> order = sourceOrder(filter);
    if (filter.afterId != 0) {
        where << afterClause(order, QStringLiteral("source"), QStringLiteral("s"), filter.afterId,
                             binds);
    }
    QString sql = QStringLiteral("SELECT s.* FROM source s") + whereClause(where) +
                  orderByClause(order, QStringLiteral("s"), binds);
    sql += Database::pageClause(filter.limit, 0, binds);
    return m_db.list<SourceRecord>(sql, binds, readSource);
}

int SourceRepository::count(const SourceFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    return sourceConditions(filter, where, binds)
               ? countRows(m_db, QStringLiteral("source"), QStringLiteral("s"), where, binds)
               : 0;
}

int SourceRepository::rowOf(const SourceFilter &filter, const QString &slug) const
{
    const auto id = m_db.scalar(QStringLiteral("SELECT id FROM source WHERE slug = ?"), {slug});
    QStringList where;
    QVariantList binds;
    if (!id || !sourceConditions(filter, where, binds)) {
        return -1;
    }
    return rowOfId(m_db, QStringLiteral("source"), QStringLiteral("s"), where, binds,
                   sourceOrder(filter), *id);
}

QList<SourceRecord> SourceRepository::all() const
{
    return m_db.list<SourceRecord>(
        QStringLiteral("SELECT * FROM source ORDER BY CASE kind WHEN 'article' THEN 0 ELSE 1 END, "
                       "year, short_label"),
        {}, readSource);
}

std::optional<SourceRecord> SourceRepository::bySlug(const QString &slug) const
{
    auto found = m_db.list<SourceRecord>(QStringLiteral("SELECT * FROM source WHERE slug = ?"),
                                         {slug}, readSource);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    SourceRecord s = found.first();
    s.studies = StudyRepository(m_db).refsOfSource(s.id);
    const auto readVersion = [](const Row &r) {
        return SourceVersionRef{r.text(QStringLiteral("slug")),
                                r.text(QStringLiteral("short_label")),
                                r.optInt(QStringLiteral("year")), r.text(QStringLiteral("doi"))};
    };
    const QList<SourceVersionRef> later = m_db.list<SourceVersionRef>(
        QStringLiteral("SELECT v.slug, v.short_label, v.year, v.doi FROM source s JOIN source v "
                       "ON v.id = s.version_of_id WHERE s.id = ?"),
        {s.id}, readVersion);
    if (!later.isEmpty()) {
        s.versionOf = later.first();
    }
    s.versions = m_db.list<SourceVersionRef>(
        QStringLiteral("SELECT slug, short_label, year, doi FROM source WHERE version_of_id = ? "
                       "ORDER BY year, id"),
        {s.id}, readVersion);
    return s;
}

QList<StudySourceRecord> SourceRepository::ofStudy(qint64 studyId) const
{
    return m_db.list<StudySourceRecord>(
        QStringLiteral("SELECT src.*, ss.role AS link_role, ss.note AS link_note "
                       "FROM study_source ss JOIN source src ON src.id = ss.source_id "
                       "WHERE ss.study_id = ? ORDER BY CASE ss.role WHEN 'primary' THEN 0 "
                       "WHEN 'article' THEN 2 ELSE 1 END, src.year, src.id"),
        {studyId}, [](const Row &r) {
            return StudySourceRecord{readSource(r), r.text(QStringLiteral("link_role")),
                                     r.text(QStringLiteral("link_note"))};
        });
}

} // namespace eb::catalogue

#include "catalogue/sourcerepository.h"

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
    return s;
}

} // namespace

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

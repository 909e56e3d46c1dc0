#include "model/referencesource.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::references", text);
}

// A source kind for each type word the formats use; one table for all of them (the words do
// not collide across formats except "article": a journal article in BibTeX, a preprint-like
// "article" in CSL, decided by the format below). Source kinds are the schema's own keys.
struct TypeKind
{
    const char *type;
    const char *kind;
};

constexpr TypeKind kRisTypes[] = {
    {"JOUR", "journal_article"},
    {"JFULL", "journal_article"},
    {"EJOUR", "journal_article"},
    {"ABST", "conference_abstract"},
    {"CONF", "conference_abstract"},
    {"CPAPER", "conference_abstract"},
    {"UNPB", "preprint"},
    {"ELEC", "website"},
    {"WEB", "website"},
};
constexpr TypeKind kBibtexTypes[] = {
    {"article", "journal_article"},
    {"inproceedings", "conference_abstract"},
    {"conference", "conference_abstract"},
    {"unpublished", "preprint"},
    {"online", "website"},
};
constexpr TypeKind kCslTypes[] = {
    {"article-journal", "journal_article"},
    {"paper-conference", "conference_abstract"},
    {"article", "preprint"},
    {"webpage", "website"},
    {"post-weblog", "website"},
};

QString kindOfType(const Reference &ref, ReferenceFormat format, QString *note)
{
    const auto lookup = [&](const auto &table, Qt::CaseSensitivity cs) -> QString {
        for (const TypeKind &entry : table) {
            if (ref.type.compare(QLatin1String(entry.type), cs) == 0) {
                return QString::fromLatin1(entry.kind);
            }
        }
        return {};
    };
    QString kind;
    switch (format) {
    case ReferenceFormat::Ris:
        kind = lookup(kRisTypes, Qt::CaseInsensitive);
        break;
    case ReferenceFormat::Bibtex:
        kind = lookup(kBibtexTypes, Qt::CaseInsensitive);
        break;
    case ReferenceFormat::CslJson:
        kind = lookup(kCslTypes, Qt::CaseSensitive);
        break;
    case ReferenceFormat::Medline:
    case ReferenceFormat::PubmedXml: {
        // PubMed's publication types: a review of trials is a systematic review here.
        const auto has = [&](const char *type) {
            return ref.publicationTypes.contains(QLatin1String(type), Qt::CaseInsensitive);
        };
        kind = has("Systematic Review") || has("Meta-Analysis")
                   ? QStringLiteral("systematic_review")
               : has("Preprint") ? QStringLiteral("preprint")
                                 : QStringLiteral("journal_article");
        return kind;
    }
    }
    if (kind.isEmpty()) {
        kind = QStringLiteral("journal_article");
        *note = tr("The file typed this record \"%1\"; imported as a journal article: check the "
                   "kind.")
                    .arg(excerpt(ref.type));
    }
    return kind;
}

// Lower-case ASCII letters and digits of a name: "Hömberg" -> "homberg".
QString asciiWord(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c.toLower();
        } else if ((c.isSpace() || c == QChar(u'-')) && !out.endsWith(QChar(u'-')) &&
                   !out.isEmpty()) {
            out += QChar(u'-');
        }
    }
    while (out.endsWith(QChar(u'-'))) {
        out.chop(1);
    }
    return out;
}

QString slugBase(const Reference &ref)
{
    QString base;
    if (!ref.authors.isEmpty()) {
        base = asciiWord(ref.authors.first().family);
    }
    if (base.isEmpty()) {
        base = asciiWord(ref.title.section(QChar(u' '), 0, 2));
    }
    if (base.isEmpty()) {
        base = QStringLiteral("source");
    }
    base = base.left(40);
    while (base.endsWith(QChar(u'-'))) {
        base.chop(1);
    }
    return ref.year.isEmpty() ? base : base + QChar(u'-') + ref.year;
}

QString uniqueSlug(const QString &base, QSet<QString> *taken)
{
    QString slug = base;
    // "muresanu-2016", "muresanu-2016-b", ... "-z", then numbers.
    for (int i = 1; taken->contains(slug); ++i) {
        slug = base + QChar(u'-') + (i < 26 ? QString(QChar(u'a' + i)) : QString::number(i + 1));
    }
    taken->insert(slug);
    return slug;
}

QString authorsText(const Reference &ref)
{
    QStringList names;
    for (const ReferenceAuthor &author : ref.authors) {
        const QString initials = initialsOf(author.given);
        names << (initials.isEmpty() ? author.family : author.family + QChar(u' ') + initials);
    }
    QString text = names.join(QStringLiteral(", "));
    if (ref.moreAuthors && !text.isEmpty()) {
        text += QStringLiteral(" et al.");
    }
    return text;
}

QString shortLabelOf(const Reference &ref)
{
    QString who;
    if (!ref.authors.isEmpty()) {
        who = ref.authors.first().family;
        if (ref.authors.size() > 1 || ref.moreAuthors) {
            who += QStringLiteral(" et al.");
        }
    } else {
        who = excerpt(ref.title);
    }
    return ref.year.isEmpty() ? who : who + QChar(u' ') + ref.year;
}

QString normalisedDoi(const QString &doi)
{
    return doi.trimmed().toLower();
}

// A field of a candidate or an existing record, normalised for its basis.
QStringList keysOf(const Fields &fields, const QString &basis)
{
    if (basis == QLatin1String("doi")) {
        const QString doi = normalisedDoi(fields.value(QStringLiteral("doi")));
        return doi.isEmpty() ? QStringList() : QStringList{doi};
    }
    if (basis == QLatin1String("pmid")) {
        const QString pmid = fields.value(QStringLiteral("pmid")).trimmed();
        return pmid.isEmpty() ? QStringList() : QStringList{pmid};
    }
    if (basis == QLatin1String("registration")) {
        return registryIds(fields.value(QStringLiteral("registration")));
    }
    const QString title = normalisedTitle(fields.value(QStringLiteral("title")));
    const QString year = fields.value(QStringLiteral("year")).trimmed();
    return title.isEmpty() || year.isEmpty()
               ? QStringList()
               : QStringList{title + QStringLiteral(" (") + year + QChar(u')')};
}

// Both hold the field and it differs: not the same publication.
bool conflicting(const Fields &a, const Fields &b, const QString &basis)
{
    const QStringList x = keysOf(a, basis);
    const QStringList y = keysOf(b, basis);
    return !x.isEmpty() && !y.isEmpty() && x != y;
}

// The basis and matched value when `a` and `b` are the same publication, else empty.
std::optional<QPair<QString, QString>> sameSource(const Fields &a, const Fields &b)
{
    if (conflicting(a, b, QStringLiteral("doi")) || conflicting(a, b, QStringLiteral("pmid"))) {
        return std::nullopt;
    }
    for (const char *basis : {"doi", "pmid", "registration", "title-year"}) {
        const QString name = QString::fromLatin1(basis);
        const QStringList x = keysOf(a, name);
        for (const QString &key : keysOf(b, name)) {
            if (x.contains(key)) {
                return qMakePair(name, key);
            }
        }
    }
    return std::nullopt;
}

} // namespace

QString initialsOf(const QString &given)
{
    QString out;
    for (const QString &part :
         given.split(QRegularExpression(QStringLiteral("[\\s.\\-]+")), Qt::SkipEmptyParts)) {
        const bool initialsAlready =
            part.size() <= 4 &&
            std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.isUpper(); });
        out += initialsAlready ? part : part.left(1).toUpper();
    }
    return out;
}

QString normalisedTitle(const QString &title)
{
    QString out;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QChar(u' '))) {
            out += QChar(u' ');
        }
    }
    return out.trimmed();
}

Fields sourceFieldsOf(const Reference &ref, ReferenceFormat format, const QString &fileName,
                      QSet<QString> *takenSlugs)
{
    QString kindNote;
    Fields f;
    const auto put = [&f](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            f.insert(QString::fromLatin1(name), value.simplified());
        }
    };
    put("slug", uniqueSlug(slugBase(ref), takenSlugs));
    put("kind", kindOfType(ref, format, &kindNote));
    put("short_label", shortLabelOf(ref));
    put("authors", authorsText(ref));
    put("title", ref.title);
    put("journal", ref.journal);
    put("year", ref.year);
    put("volume", ref.volume);
    put("issue", ref.issue);
    put("pages", ref.pages);
    put("doi", ref.doi);
    put("pmid", ref.pmid);
    put("pmcid", ref.pmcid);
    put("registration", ref.registration);
    put("sponsorship", QString(vocabulary::key::unknownSponsorship));
    put("verification_note",
        tr("Imported from %1 (%2, %3); not yet checked against the publication.")
            .arg(excerpt(fileName), referenceFormatName(format), ref.where));
    put("notes", kindNote);
    return f;
}

QList<DuplicateMatch> findDuplicateSources(const QList<Fields> &candidates,
                                           const QList<RecordRow> &existing)
{
    const QStringList bases{QStringLiteral("doi"), QStringLiteral("pmid"),
                            QStringLiteral("registration"), QStringLiteral("title-year")};
    // "basis\tkey" -> the records holding it, so that a large file against a large catalogue
    // compares each record only with the few that share an identifier.
    using Index = QHash<QString, QList<int>>;
    const auto add = [&bases](Index &index, const Fields &fields, int position) {
        for (const QString &basis : bases) {
            for (const QString &key : keysOf(fields, basis)) {
                index[basis + QChar(u'\t') + key] << position;
            }
        }
    };
    const auto sharing = [&bases](const Index &index, const Fields &fields) {
        QList<int> found;
        for (const QString &basis : bases) {
            for (const QString &key : keysOf(fields, basis)) {
                found << index.value(basis + QChar(u'\t') + key);
            }
        }
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        return found;
    };
    Index catalogue;
    for (int e = 0; e < existing.size(); ++e) {
        add(catalogue, existing.at(e).fields, e);
    }
    Index earlier;
    QList<DuplicateMatch> matches;
    for (int i = 0; i < candidates.size(); ++i) {
        const Fields &candidate = candidates.at(i);
        std::optional<DuplicateMatch> found;
        // The strongest basis wins: a DOI match with one source beats a title match with
        // another.
        qsizetype bestRank = bases.size();
        for (const int e : sharing(catalogue, candidate)) {
            const RecordRow &row = existing.at(e);
            if (const auto same = sameSource(candidate, row.fields);
                same && bases.indexOf(same->first) < bestRank) {
                bestRank = bases.indexOf(same->first);
                found = DuplicateMatch{i,
                                       -1,
                                       row.id,
                                       row.version,
                                       row.fields.value(QStringLiteral("slug")),
                                       row.userRecord,
                                       same->first,
                                       same->second};
            }
        }
        if (!found) {
            for (const int j : sharing(earlier, candidate)) {
                if (const auto same = sameSource(candidate, candidates.at(j))) {
                    found = DuplicateMatch{i,
                                           j,
                                           0,
                                           0,
                                           candidates.at(j).value(QStringLiteral("slug")),
                                           true,
                                           same->first,
                                           same->second};
                    break;
                }
            }
        }
        if (found) {
            matches << *found;
        }
        add(earlier, candidate, i);
    }
    return matches;
}

Fields mergedFields(const Fields &existing, const Fields &incoming, QStringList *filled,
                    QStringList *conflicts)
{
    Fields merged = existing;
    // Identity and the import's own notes are the existing record's.
    const QStringList own{QStringLiteral("slug"), QStringLiteral("short_label"),
                          QStringLiteral("verification_note"), QStringLiteral("sponsorship"),
                          QStringLiteral("kind")};
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        if (own.contains(it.key()) || isBlank(it.value())) {
            continue;
        }
        const QString have = existing.value(it.key());
        if (isBlank(have)) {
            merged.insert(it.key(), it.value());
            *filled << it.key();
        } else if (have.trimmed() != it.value().trimmed()) {
            *conflicts << it.key();
        }
    }
    return merged;
}

} // namespace eb::catalogue

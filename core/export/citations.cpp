#include "export/citations.h"

#include "model/cataloguereader.h"
#include "output/messagetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace eb::exporting {

using eb::catalogue::SourceRecord;

namespace {

// How each kind of source is typed in each format: one table, so the three agree.
struct KindTypes
{
    const char *kind;
    const char *ris;
    const char *bibtex;
    const char *csl;
};

constexpr KindTypes kKindTypes[] = {
    {"journal_article", "JOUR", "article", "article-journal"},
    {"systematic_review", "JOUR", "article", "article-journal"},
    {"methods_paper", "JOUR", "article", "article-journal"},
    {"conference_abstract", "ABST", "article", "article-journal"},
    {"preprint", "UNPB", "misc", "article"},
    {"website", "ELEC", "misc", "webpage"},
    {"article", "ELEC", "misc", "webpage"},
    {"product_label", "GEN", "misc", "document"},
};

KindTypes typesOf(const SourceRecord &source)
{
    for (const KindTypes &types : kKindTypes) {
        if (source.kind == QLatin1String(types.kind)) {
            // A journal type needs a journal: without one the record is a generic document.
            if (QLatin1String(types.bibtex) == QLatin1String("article") &&
                source.journal.isEmpty()) {
                return {types.kind, "GEN", "misc", "document"};
            }
            return types;
        }
    }
    return {"", "GEN", "misc", "document"};
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// "1761-1769" as first and last page; one part when the pages are not a range.
QStringList pageRange(const QString &pages)
{
    static const QRegularExpression dash(QStringLiteral("\\s*[-–—]+\\s*"));
    QStringList parts = pages.trimmed().split(dash, Qt::SkipEmptyParts);
    if (parts.size() != 2) {
        return {pages.trimmed()};
    }
    return parts;
}

QString doiUrl(const SourceRecord &source)
{
    return source.doi.isEmpty() ? QString() : QStringLiteral("https://doi.org/") + source.doi;
}

QString registrationNote(const SourceRecord &source)
{
    return source.registration.isEmpty()
               ? QString()
               : QStringLiteral("Trial registration: ") + source.registration;
}

// A BibTeX title whose capitals survive re-casing styles (BibTeX's change.case$, biblatex,
// pandoc): every word with a capital letter in braces ("{CAPTAIN} {I}", "{Cerebrolysin}",
// "{Broca's}"). Escaped first, so the braces added are the only unescaped ones.
QString bibtexTitle(const QString &title)
{
    QStringList words = bibtexEscape(title.simplified()).split(QLatin1Char(' '));
    for (QString &word : words) {
        const bool capital =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isUpper(); });
        if (capital) {
            word = QLatin1Char('{') + word + QLatin1Char('}');
        }
    }
    return words.join(QLatin1Char(' '));
}

QString authorText(const CitationAuthor &author)
{
    return author.given.isEmpty() ? author.family
                                  : author.family + QStringLiteral(", ") + author.given;
}

QString ris(const QList<SourceRecord> &sources)
{
    QString out;
    const auto line = [&out](const char *tag, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            // One line per tag: no line break or other control character inside a value.
            out += QStringLiteral("%1  - %2\r\n")
                       .arg(text(tag), eb::output::oneLine(value).simplified());
        }
    };
    const QStringList keys = bibtexKeys(sources);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SourceRecord &source = sources.at(i);
        line("TY", text(typesOf(source).ris));
        line("ID", keys.at(i)); // the same key as in BibTeX and CSL-JSON
        for (const CitationAuthor &author : parseAuthors(source.authors)) {
            if (!author.others) {
                line("AU", authorText(author));
            }
        }
        line("TI", citationTitle(source));
        line("T2", source.journal);
        line("PY", source.year ? QString::number(*source.year) : QString());
        line("VL", source.volume);
        line("IS", source.issue);
        if (!source.pages.isEmpty()) {
            const QStringList pages = pageRange(source.pages);
            line("SP", pages.first());
            line("EP", pages.size() > 1 ? pages.last() : QString());
        }
        line("DO", source.doi);
        line("UR", doiUrl(source));
        if (!source.pmid.isEmpty()) {
            line("AN", source.pmid); // the accession number in PubMed
            line("DB", QStringLiteral("PubMed"));
        }
        line("C2", source.pmcid); // RIS: C2 of a journal article is its PMCID
        line("N1", registrationNote(source));
        out += QStringLiteral("ER  - \r\n\r\n");
    }
    return out;
}

QString bibtex(const QList<SourceRecord> &sources)
{
    QString out;
    const QStringList keys = bibtexKeys(sources);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SourceRecord &source = sources.at(i);
        QStringList fields;
        // `verbatim`: DOI and URL are copied as they are (biblatex reads them verbatim).
        const auto field = [&fields](const char *name, const QString &value,
                                     bool verbatim = false) {
            if (!value.trimmed().isEmpty()) {
                fields << QStringLiteral("  %1 = {%2}")
                              .arg(text(name),
                                   verbatim ? value.trimmed() : bibtexEscape(value.simplified()));
            }
        };
        QStringList authors;
        for (const CitationAuthor &author : parseAuthors(source.authors)) {
            authors << (author.others ? QStringLiteral("others")
                                      : bibtexEscape(authorText(author)));
        }
        if (!authors.isEmpty()) {
            fields << QStringLiteral("  author = {%1}").arg(authors.join(QStringLiteral(" and ")));
        }
        if (const QString title = citationTitle(source); !title.trimmed().isEmpty()) {
            fields << QStringLiteral("  title = {%1}").arg(bibtexTitle(title));
        }
        const KindTypes types = typesOf(source);
        field(QLatin1String(types.bibtex) == QLatin1String("article") ? "journal" : "howpublished",
              source.journal);
        field("year", source.year ? QString::number(*source.year) : QString());
        field("volume", source.volume);
        field("number", source.issue);
        field("pages", pageRange(source.pages).join(QStringLiteral("--")));
        field("doi", source.doi, true);
        field("url", doiUrl(source), true);
        field("pmid", source.pmid);
        if (!source.pmid.trimmed().isEmpty()) {
            // biblatex (and pandoc through it) reads a PubMed id from eprint/eprinttype.
            field("eprint", source.pmid);
            field("eprinttype", QStringLiteral("pubmed"));
        }
        field("pmcid", source.pmcid);
        field("note", registrationNote(source));
        out += QStringLiteral("@%1{%2,\n%3\n}\n\n")
                   .arg(text(types.bibtex), keys.at(i), fields.join(QStringLiteral(",\n")));
    }
    return out;
}

QString cslJson(const QList<SourceRecord> &sources)
{
    QJsonArray items;
    const QStringList keys = bibtexKeys(sources);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SourceRecord &source = sources.at(i);
        QJsonObject item;
        const auto field = [&item](const char *name, const QString &value) {
            if (!value.trimmed().isEmpty()) {
                item.insert(text(name), value.simplified());
            }
        };
        item.insert(QStringLiteral("id"), keys.at(i));
        item.insert(QStringLiteral("type"), text(typesOf(source).csl));
        QJsonArray authors;
        for (const CitationAuthor &author : parseAuthors(source.authors)) {
            if (author.others) {
                // CSL has no "et al." flag; a literal "others" is what pandoc makes of BibTeX's
                // "and others" and prints as "et al.", so the list reads as incomplete.
                authors << QJsonObject{{QStringLiteral("literal"), QStringLiteral("others")}};
                continue;
            }
            QJsonObject name{{QStringLiteral("family"), author.family}};
            if (!author.given.isEmpty()) {
                name.insert(QStringLiteral("given"), author.given);
            }
            authors << name;
        }
        if (!authors.isEmpty()) {
            item.insert(QStringLiteral("author"), authors);
        }
        field("title", citationTitle(source));
        field("container-title", source.journal);
        if (source.year) {
            item.insert(
                QStringLiteral("issued"),
                QJsonObject{{QStringLiteral("date-parts"), QJsonArray{QJsonArray{*source.year}}}});
        }
        field("volume", source.volume);
        field("issue", source.issue);
        field("page", source.pages);
        field("DOI", source.doi);
        field("URL", doiUrl(source));
        field("PMID", source.pmid);
        field("PMCID", source.pmcid);
        field("note", registrationNote(source));
        items << item;
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

} // namespace

std::optional<CitationFormat> citationFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("ris")) {
        return CitationFormat::Ris;
    }
    if (k == QLatin1String("bibtex") || k == QLatin1String("bib")) {
        return CitationFormat::Bibtex;
    }
    if (k == QLatin1String("csl-json") || k == QLatin1String("json")) {
        return CitationFormat::CslJson;
    }
    return std::nullopt;
}

QString citationSuffix(CitationFormat format)
{
    switch (format) {
    case CitationFormat::Ris:
        return QStringLiteral("ris");
    case CitationFormat::Bibtex:
        return QStringLiteral("bib");
    case CitationFormat::CslJson:
        break;
    }
    return QStringLiteral("json");
}

std::optional<CitationFormat> citationFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ris") || suffix == QLatin1String("bib") ||
        suffix == QLatin1String("json")) {
        return citationFormatFromKey(suffix);
    }
    return std::nullopt;
}

QList<CitationAuthor> parseAuthors(const QString &authors)
{
    QList<CitationAuthor> list;
    static const QRegularExpression etAl(QStringLiteral("\\s*\\bet al\\.?\\s*$"));
    static const QRegularExpression initials(QStringLiteral("^\\p{Lu}{1,4}$"));
    const QStringList parts = authors.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.simplified();
        bool others = false;
        if (const auto match = etAl.match(part); match.hasMatch()) {
            others = true;
            part.truncate(match.capturedStart());
        }
        if (!part.isEmpty()) {
            CitationAuthor author;
            const qsizetype space = part.lastIndexOf(QLatin1Char(' '));
            const QString last = space > 0 ? part.mid(space + 1) : QString();
            if (initials.match(last).hasMatch()) {
                author.family = part.left(space);
                QStringList letters;
                for (const QChar c : last) {
                    letters << QString(c) + QLatin1Char('.');
                }
                author.given = letters.join(QLatin1Char(' '));
            } else {
                author.family = part; // an organisation, or a name given without initials
            }
            list << author;
        }
        if (others) {
            CitationAuthor more;
            more.others = true;
            list << more;
        }
    }
    return list;
}

QStringList bibtexKeys(const QList<SourceRecord> &sources)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9:_-]+"));
    QStringList keys;
    QSet<QString> used;
    for (const SourceRecord &source : sources) {
        QString key = source.slug;
        key.replace(notAllowed, QStringLiteral("-"));
        if (key.isEmpty() || !key.at(0).isLetter()) {
            key.prepend(QStringLiteral("source-"));
        }
        QString unique = key;
        for (int n = 2; used.contains(unique.toLower()); ++n) {
            unique = QStringLiteral("%1-%2").arg(key).arg(n);
        }
        used.insert(unique.toLower());
        keys << unique;
    }
    return keys;
}

QString citationTitle(const SourceRecord &source)
{
    if (!source.title.trimmed().isEmpty()) {
        return source.title;
    }
    return source.shortLabel.trimmed().isEmpty()
               ? QString()
               : QStringLiteral("[%1]").arg(source.shortLabel.simplified());
}

QString bibtexEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '{':
            // A backslash does not hide a brace from BibTeX's count: a lone "{" would leave
            // the entry unbalanced, so braces are written as commands with balanced braces.
            out += QStringLiteral("\\textbraceleft{}");
            break;
        case '}':
            out += QStringLiteral("\\textbraceright{}");
            break;
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += QLatin1Char('\\') + c;
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        default:
            if (c.category() != QChar::Other_Control) {
                out += c; // a control character has no place in a .bib file
            }
        }
    }
    return out;
}

QString formatCitations(const QList<SourceRecord> &sources, CitationFormat format)
{
    switch (format) {
    case CitationFormat::Ris:
        return ris(sources);
    case CitationFormat::Bibtex:
        return bibtex(sources);
    case CitationFormat::CslJson:
        break;
    }
    return cslJson(sources);
}

std::optional<QList<SourceRecord>> sourcesNamed(const eb::catalogue::CatalogueReader &catalogue,
                                                const QStringList &slugs, QString *error)
{
    QList<SourceRecord> all = catalogue.sources();
    if (all.isEmpty() && !catalogue.lastError().isEmpty()) {
        *error = catalogue.lastError();
        return std::nullopt;
    }
    QList<SourceRecord> named;
    QSet<qint64> seen;
    const auto add = [&](const SourceRecord &source) {
        if (!seen.contains(source.id)) {
            seen.insert(source.id);
            named << source;
        }
    };
    for (const QString &raw : slugs) {
        const QString slug = raw.trimmed();
        const auto source = std::find_if(all.cbegin(), all.cend(),
                                         [&](const SourceRecord &s) { return s.slug == slug; });
        if (source != all.cend()) {
            add(*source);
            continue;
        }
        const std::optional<eb::catalogue::StudyDetail> study = catalogue.study(slug);
        if (!study) {
            *error = catalogue.lastError().isEmpty()
                         ? QCoreApplication::translate("eb::exporting::citations",
                                                       "no source or study '%1' in the catalogue")
                               .arg(slug.left(60))
                         : catalogue.lastError();
            return std::nullopt;
        }
        for (const eb::catalogue::StudySourceRecord &s : study->sources) {
            add(s.source);
        }
    }
    return named;
}

} // namespace eb::exporting

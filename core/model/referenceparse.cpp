// The tagged-line formats (RIS, MEDLINE), CSL-JSON, format names and detection. BibTeX and
// PubMed XML have files of their own.
#include "model/references.h"
#include "model/referencetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <array>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::references", text);
}

struct FormatName
{
    ReferenceFormat format;
    const char *name;
};

constexpr std::array kFormatNames{
    FormatName{ReferenceFormat::Ris, "ris"},
    FormatName{ReferenceFormat::Bibtex, "bibtex"},
    FormatName{ReferenceFormat::CslJson, "csl-json"},
    FormatName{ReferenceFormat::Medline, "medline"},
    FormatName{ReferenceFormat::PubmedXml, "pubmed-xml"},
};

// One "TAG - value" line of a tagged format, with its continuation lines joined.
struct TaggedLine
{
    QString tag;
    QString value;
    int line = 0;
};

// Splits RIS or MEDLINE text into tagged lines. `tagLine` matches a tag line (group 1: tag,
// group 2: value); any other non-blank line continues the value before it.
QList<TaggedLine> taggedLines(const QString &text, const QRegularExpression &tagLine)
{
    QList<TaggedLine> lines;
    const QStringList raw = text.split(QChar(u'\n'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (line.endsWith(QChar(u'\r'))) {
            line.chop(1);
        }
        if (i == 0 && line.startsWith(QChar(0xfeff))) {
            line.remove(0, 1);
        }
        const auto match = tagLine.match(line);
        if (match.hasMatch()) {
            lines << TaggedLine{match.captured(1), match.captured(2).trimmed(),
                                static_cast<int>(i + 1)};
        } else if (!line.trimmed().isEmpty() && !lines.isEmpty()) {
            lines.last().value += QChar(u' ') + line.trimmed();
        } else if (line.trimmed().isEmpty() && !lines.isEmpty()) {
            lines << TaggedLine{QString(), QString(), static_cast<int>(i + 1)}; // a record break
        }
    }
    return lines;
}

QString whereOf(int record, int line)
{
    return tr("record %1 (line %2)").arg(record).arg(line);
}

// "Family, Given" or "Family G" (RIS, MEDLINE FAU/AU).
ReferenceAuthor authorOf(const QString &text)
{
    const QString t = text.simplified();
    const qsizetype comma = t.indexOf(QChar(u','));
    if (comma > 0) {
        return {t.left(comma).trimmed(), t.mid(comma + 1).trimmed()};
    }
    static const QRegularExpression initials(QStringLiteral("^(.+) (\\p{Lu}{1,4})$"));
    if (const auto match = initials.match(t); match.hasMatch()) {
        return {match.captured(1), match.captured(2)};
    }
    return {t, QString()};
}

void addRegistration(Reference &ref, const QString &text)
{
    QStringList ids = ref.registration.isEmpty()
                          ? QStringList()
                          : ref.registration.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    for (const QString &id : registryIds(text)) {
        if (!ids.contains(id)) {
            ids << id;
        }
    }
    ref.registration = ids.join(QStringLiteral("; "));
}

} // namespace

QString referenceFormatName(ReferenceFormat format)
{
    for (const FormatName &f : kFormatNames) {
        if (f.format == format) {
            return QString::fromLatin1(f.name);
        }
    }
    return {};
}

std::optional<ReferenceFormat> referenceFormatFromName(const QString &name)
{
    for (const FormatName &f : kFormatNames) {
        if (name.trimmed().toLower() == QLatin1String(f.name)) {
            return f.format;
        }
    }
    return std::nullopt;
}

QStringList referenceFormatNames()
{
    QStringList names;
    for (const FormatName &f : kFormatNames) {
        names << QString::fromLatin1(f.name);
    }
    return names;
}

std::optional<ReferenceFormat> detectReferenceFormat(const QByteArray &bytes)
{
    // The start of the file decides; 64 KiB is more than any header or first record needs.
    const QString head = QString::fromUtf8(bytes.left(qint64{64} * 1024));
    QList<ReferenceFormat> found;
    static const QRegularExpression ris(QStringLiteral("^\\x{feff}?\\s*TY  - "));
    static const QRegularExpression medline(QStringLiteral("(^|\\n)\\x{feff}?PMID- *[0-9]"));
    static const QRegularExpression xml(QStringLiteral("<PubmedArticleSet[\\s>]"));
    static const QRegularExpression bibtex(
        QStringLiteral("(^|\\n)\\s*@\\s*(article|book|inproceedings|incollection|misc|"
                       "online|report|techreport|phdthesis|unpublished|conference|string|"
                       "preamble|comment)\\s*[{(]"),
        QRegularExpression::CaseInsensitiveOption);
    if (ris.match(head).hasMatch()) {
        found << ReferenceFormat::Ris;
    }
    if (medline.match(head).hasMatch()) {
        found << ReferenceFormat::Medline;
    }
    if (xml.match(head).hasMatch()) {
        found << ReferenceFormat::PubmedXml;
    }
    if (bibtex.match(head).hasMatch()) {
        found << ReferenceFormat::Bibtex;
    }
    const QString trimmed = head.trimmed();
    if (trimmed.startsWith(QChar(u'['))) {
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        if (json.isArray() && !json.array().isEmpty() && json.array().first().isObject() &&
            json.array().first().toObject().contains(QStringLiteral("type"))) {
            found << ReferenceFormat::CslJson;
        }
    }
    return found.size() == 1 ? std::optional<ReferenceFormat>(found.first()) : std::nullopt;
}

namespace {
std::optional<QList<Reference>> parseOne(ReferenceFormat format, const QByteArray &bytes,
                                         QString *error);
} // namespace

std::optional<QList<Reference>> parseReferences(ReferenceFormat format, const QByteArray &bytes,
                                                QString *error)
{
    auto refs = parseOne(format, bytes, error);
    // Text with no record of the format in it is another format, not an empty library.
    if (refs && refs->isEmpty() && !bytes.trimmed().isEmpty()) {
        *error =
            tr("no %1 record in the file: is it another format?").arg(referenceFormatName(format));
        return std::nullopt;
    }
    return refs;
}

namespace {
std::optional<QList<Reference>> parseOne(ReferenceFormat format, const QByteArray &bytes,
                                         QString *error)
{
    switch (format) {
    case ReferenceFormat::Ris:
        return parseRis(QString::fromUtf8(bytes), error);
    case ReferenceFormat::Medline:
        return parseMedline(QString::fromUtf8(bytes), error);
    case ReferenceFormat::Bibtex:
        return parseBibtex(QString::fromUtf8(bytes), error);
    case ReferenceFormat::CslJson:
        return parseCslJson(bytes, error);
    case ReferenceFormat::PubmedXml:
        return parsePubmedXml(bytes, error);
    }
    return std::nullopt;
}
} // namespace

std::optional<QList<Reference>> parseRis(const QString &text, QString *error)
{
    // "TY  - JOUR": two characters, two spaces, a hyphen; "ER  -" may end there.
    static const QRegularExpression tag(QStringLiteral("^([A-Z][A-Z0-9])  -(?: (.*))?$"));
    QList<Reference> refs;
    std::optional<Reference> current;
    int startLine = 0;
    QString pageStart;
    QString pageEnd;
    bool pubmed = false;
    QString accession;
    for (const TaggedLine &line : taggedLines(text, tag)) {
        if (line.tag.isEmpty()) {
            continue;
        }
        if (line.tag == QLatin1String("TY")) {
            if (current) {
                *error = tr("line %1: a record starts before the one from line %2 has ended "
                            "(no ER line)")
                             .arg(line.line)
                             .arg(startLine);
                return std::nullopt;
            }
            current = Reference{};
            current->where = whereOf(static_cast<int>(refs.size() + 1), line.line);
            current->type = line.value;
            startLine = line.line;
            pageStart.clear();
            pageEnd.clear();
            pubmed = false;
            accession.clear();
            continue;
        }
        if (!current) {
            *error = tr("line %1: \"%2\" outside a record (a record starts with TY)")
                         .arg(line.line)
                         .arg(line.tag);
            return std::nullopt;
        }
        Reference &r = *current;
        const QString &tagName = line.tag;
        const QString &v = line.value;
        if (tagName == QLatin1String("ER")) {
            r.pages = references::joinPages(pageStart, pageEnd);
            if (pubmed && r.pmid.isEmpty()) {
                r.pmid = references::pmidOf(accession);
            }
            refs << r;
            current.reset();
        } else if (tagName == QLatin1String("AU") || tagName == QLatin1String("A1")) {
            r.authors << authorOf(v);
        } else if ((tagName == QLatin1String("TI") || tagName == QLatin1String("T1")) &&
                   r.title.isEmpty()) {
            r.title = v;
        } else if (tagName == QLatin1String("T2") || tagName == QLatin1String("JF") ||
                   tagName == QLatin1String("JO") || tagName == QLatin1String("JA")) {
            // EndNote writes the full title in T2 or JF, the abbreviation in JO or JA.
            if (r.journal.isEmpty() || tagName == QLatin1String("T2")) {
                r.journal = v;
            }
        } else if (tagName == QLatin1String("PY") || tagName == QLatin1String("Y1") ||
                   tagName == QLatin1String("DA")) {
            if (r.year.isEmpty()) {
                r.year = references::yearOf(v);
            }
        } else if (tagName == QLatin1String("VL")) {
            r.volume = v;
        } else if (tagName == QLatin1String("IS")) {
            r.issue = v;
        } else if (tagName == QLatin1String("SP")) {
            pageStart = v;
        } else if (tagName == QLatin1String("EP")) {
            pageEnd = v;
        } else if (tagName == QLatin1String("DO")) {
            r.doi = references::cleanDoi(v);
        } else if (tagName == QLatin1String("UR") || tagName == QLatin1String("L3")) {
            if (r.doi.isEmpty() && v.contains(QLatin1String("doi.org/"))) {
                r.doi = references::cleanDoi(v);
            }
        } else if (tagName == QLatin1String("AN")) {
            accession = v;
        } else if (tagName == QLatin1String("DB") || tagName == QLatin1String("DP")) {
            pubmed = pubmed || v.contains(QLatin1String("PubMed"), Qt::CaseInsensitive) ||
                     v.contains(QLatin1String("NLM"));
        } else if (tagName == QLatin1String("C2")) {
            if (v.startsWith(QLatin1String("PMC"))) {
                r.pmcid = v.section(QChar(u' '), 0, 0);
            } else if (r.pmid.isEmpty() && v.startsWith(QLatin1String("PMID"))) {
                r.pmid = references::pmidOf(v);
            }
        } else if (tagName == QLatin1String("N1") || tagName == QLatin1String("M1")) {
            addRegistration(r, v);
            if (r.pmid.isEmpty() && v.startsWith(QLatin1String("PMID:"))) {
                r.pmid = references::pmidOf(v);
            }
        }
    }
    if (current) {
        *error =
            tr("the record from line %1 has no ER line: the file may be cut off").arg(startLine);
        return std::nullopt;
    }
    return refs;
}

std::optional<QList<Reference>> parseMedline(const QString &text, QString *error)
{
    // "PMID- 26564102", "AU  - Muresanu DF": a tag of up to four letters padded to four.
    static const QRegularExpression tag(QStringLiteral("^([A-Z]{2,4}) {0,3}- ?(.*)$"));
    QList<Reference> refs;
    std::optional<Reference> current;
    QList<ReferenceAuthor> shortAuthors; // AU, used when there is no FAU
    QString fullJournal;
    QString abbreviatedJournal;
    const auto finish = [&] {
        if (!current) {
            return;
        }
        if (current->authors.isEmpty()) {
            current->authors = shortAuthors;
        }
        current->journal = fullJournal.isEmpty() ? abbreviatedJournal : fullJournal;
        refs << *current;
        current.reset();
    };
    for (const TaggedLine &line : taggedLines(text, tag)) {
        if (line.tag.isEmpty()) {
            continue;
        }
        const QString &v = line.value;
        if (line.tag == QLatin1String("PMID")) {
            finish();
            current = Reference{};
            current->where = whereOf(static_cast<int>(refs.size() + 1), line.line);
            current->type = QStringLiteral("MEDLINE");
            current->pmid = references::pmidOf(v);
            shortAuthors.clear();
            fullJournal.clear();
            abbreviatedJournal.clear();
            continue;
        }
        if (!current) {
            *error = tr("line %1: \"%2\" before the first PMID line (a MEDLINE record starts "
                        "with PMID)")
                         .arg(line.line)
                         .arg(line.tag);
            return std::nullopt;
        }
        Reference &r = *current;
        if (line.tag == QLatin1String("TI")) {
            r.title = v;
        } else if (line.tag == QLatin1String("FAU")) {
            r.authors << authorOf(v);
        } else if (line.tag == QLatin1String("AU")) {
            shortAuthors << authorOf(v);
        } else if (line.tag == QLatin1String("CN")) {
            r.authors << ReferenceAuthor{v, QString()};
            shortAuthors << ReferenceAuthor{v, QString()};
        } else if (line.tag == QLatin1String("JT")) {
            fullJournal = v;
        } else if (line.tag == QLatin1String("TA")) {
            abbreviatedJournal = v;
        } else if (line.tag == QLatin1String("DP")) {
            r.year = references::yearOf(v);
        } else if (line.tag == QLatin1String("VI")) {
            r.volume = v;
        } else if (line.tag == QLatin1String("IP")) {
            r.issue = v;
        } else if (line.tag == QLatin1String("PG")) {
            r.pages = v;
        } else if ((line.tag == QLatin1String("LID") || line.tag == QLatin1String("AID")) &&
                   v.endsWith(QLatin1String("[doi]")) && r.doi.isEmpty()) {
            r.doi = references::cleanDoi(v.chopped(5));
        } else if (line.tag == QLatin1String("PMC")) {
            r.pmcid = v;
        } else if (line.tag == QLatin1String("PT")) {
            r.publicationTypes << v;
        } else if (line.tag == QLatin1String("SI")) {
            addRegistration(r, v); // "ClinicalTrials.gov/NCT01234567"
        }
    }
    finish();
    return refs;
}

std::optional<QList<Reference>> parseCslJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            tr("not JSON: %1 (at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    // Zotero and citeproc write an array of items; a single item is accepted too.
    const QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
    const auto string = [](const QJsonValue &value) {
        // CSL allows numbers for volume, issue, page; they are printed as given.
        return value.isString()   ? value.toString().trimmed()
               : value.isDouble() ? value.toVariant().toString()
                                  : QString();
    };
    QList<Reference> refs;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            *error = tr("item %1 is not a JSON object").arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject item = items.at(i).toObject();
        Reference r;
        r.where = tr("item %1").arg(i + 1);
        r.type = string(item.value(QStringLiteral("type")));
        for (const QJsonValue &a : item.value(QStringLiteral("author")).toArray()) {
            const QJsonObject name = a.toObject();
            const QString literal = string(name.value(QStringLiteral("literal")));
            if (literal == QLatin1String("others")) {
                r.moreAuthors = true;
            } else if (!literal.isEmpty()) {
                r.authors << ReferenceAuthor{literal, QString()};
            } else {
                QString family = string(name.value(QStringLiteral("family")));
                const QString particle =
                    string(name.value(QStringLiteral("non-dropping-particle")));
                if (!particle.isEmpty()) {
                    family = particle + QChar(u' ') + family;
                }
                r.authors << ReferenceAuthor{family, string(name.value(QStringLiteral("given")))};
            }
        }
        r.title = string(item.value(QStringLiteral("title")));
        r.journal = string(item.value(QStringLiteral("container-title")));
        const QJsonObject issued = item.value(QStringLiteral("issued")).toObject();
        const QJsonValue first =
            issued.value(QStringLiteral("date-parts")).toArray().at(0).toArray().at(0);
        r.year = references::yearOf(first.isUndefined()
                                        ? string(issued.value(QStringLiteral("raw"))) +
                                              string(issued.value(QStringLiteral("literal")))
                                        : string(first));
        r.volume = string(item.value(QStringLiteral("volume")));
        r.issue = string(item.value(QStringLiteral("issue")));
        r.pages = string(item.value(QStringLiteral("page")));
        r.doi = references::cleanDoi(string(item.value(QStringLiteral("DOI"))));
        r.pmid = references::pmidOf(string(item.value(QStringLiteral("PMID"))));
        r.pmcid = string(item.value(QStringLiteral("PMCID")));
        addRegistration(r, string(item.value(QStringLiteral("note"))));
        refs << r;
    }
    return refs;
}

QStringList registryIds(const QString &text)
{
    static const QRegularExpression ids(
        QStringLiteral("\\b(NCT[0-9]{8}|ISRCTN[0-9]{8}|ChiCTR[-A-Za-z0-9]{6,20}|ACTRN[0-9]{14}|"
                       "DRKS[0-9]{8}|CTRI/[0-9]{4}/[0-9]+/[0-9]+|[0-9]{4}-[0-9]{6}-[0-9]{2})\\b"));
    QStringList found;
    auto it = ids.globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!found.contains(id)) {
            found << id;
        }
    }
    return found;
}

} // namespace eb::catalogue

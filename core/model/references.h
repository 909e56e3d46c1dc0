#pragma once

// Bibliographic records from reference managers and databases, read into one shape: RIS
// (Zotero, EndNote, Mendeley), BibTeX, CSL-JSON, PubMed's MEDLINE (.nbib) and PubMed XML
// (docs/record-files.md, "References"). Only the fields a catalogue source holds are read;
// everything is kept as the file printed it (after BibTeX's LaTeX is decoded), nothing is
// filled in. Pure functions, Qt Core only: the window's import preview and
// `evidence import --format ...` read through these.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eb::catalogue {

enum class ReferenceFormat
{
    Ris,
    Bibtex,
    CslJson,
    Medline,
    PubmedXml,
};

// "ris", "bibtex", "csl-json", "medline", "pubmed-xml": the --format names.
QString referenceFormatName(ReferenceFormat format);
std::optional<ReferenceFormat> referenceFormatFromName(const QString &name);
QStringList referenceFormatNames();

// The format a file's content declares, where that is unambiguous: an RIS "TY  - " line, a
// MEDLINE "PMID- " line, a <PubmedArticleSet>, a JSON array of objects with a "type", a BibTeX
// "@type{". Nothing when no format (or more than one) fits: the caller names it.
std::optional<ReferenceFormat> detectReferenceFormat(const QByteArray &bytes);

struct ReferenceAuthor
{
    QString family; // or an organisation's name
    QString given;  // as printed: "Dafin F", "D. F.", "DF"; empty for an organisation
};

struct Reference
{
    QString where;                // "record 3 (line 41)": for messages
    QString type;                 // the file's own type word: "JOUR", "article", "article-journal"
    QStringList publicationTypes; // MEDLINE PT / PubMed <PublicationType>
    QList<ReferenceAuthor> authors;
    bool moreAuthors = false; // the list ends in "others" / "et al."
    QString title;
    QString journal;
    QString year; // four digits, or empty
    QString volume;
    QString issue;
    QString pages;
    QString doi;          // without "https://doi.org/" or "doi:"
    QString pmid;         // digits
    QString pmcid;        // "PMC1234567"
    QString registration; // trial registry ids, "; "-separated
};

// The references of a file. Fails with *error naming the record and line on a malformed file
// (an RIS record without its ER line, unbalanced BibTeX braces, XML that is not well formed).
std::optional<QList<Reference>> parseReferences(ReferenceFormat format, const QByteArray &bytes,
                                                QString *error);

// The parsers, one per format (ris/medline: referenceparse.cpp; bibtexparse.cpp;
// pubmedxml.cpp; csljson: referenceparse.cpp).
std::optional<QList<Reference>> parseRis(const QString &text, QString *error);
std::optional<QList<Reference>> parseMedline(const QString &text, QString *error);
std::optional<QList<Reference>> parseBibtex(const QString &text, QString *error);
std::optional<QList<Reference>> parseCslJson(const QByteArray &bytes, QString *error);
std::optional<QList<Reference>> parsePubmedXml(const QByteArray &bytes, QString *error);

// Decodes BibTeX's LaTeX in a field value: accents (\"{u}, {\'e}), \ss, \o, escaped specials
// (\&, \%, \textbraceleft{}), "--" and "---", and drops the braces that only protect case.
QString decodeLatex(const QString &text);

// Registry ids in a text: NCT01234567, ISRCTN12345678, EudraCT 2011-001234-12, ChiCTR...,
// ACTRN..., DRKS..., in order, each once.
QStringList registryIds(const QString &text);

} // namespace eb::catalogue

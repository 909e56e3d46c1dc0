#pragma once

// Citations of catalogue sources for reference managers: RIS, BibTeX and CSL-JSON. Every
// field the catalogue holds for a source is written (authors, title, journal, year, volume,
// issue, pages, DOI, PMID, PMCID, trial registration, and the DOI's URL); a field the catalogue
// does not hold is left out, never guessed. Text stays Unicode (UTF-8); BibTeX's special
// characters are escaped. The formats are described in docs/citations.md.

#include "model/records.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eb::exporting {

enum class CitationFormat
{
    Ris,
    Bibtex,
    CslJson,
};

// "ris", "bibtex" (or "bib"), "csl-json" (or "json"); nothing for any other key.
std::optional<CitationFormat> citationFormatFromKey(const QString &key);
// The usual file suffix: "ris", "bib", "json".
QString citationSuffix(CitationFormat format);
// The format named by a file's suffix (.ris, .bib, .json), or nothing.
std::optional<CitationFormat> citationFormatForPath(const QString &path);

// One author as the catalogue writes it ("Guekht A", "von Steinbüchel N"), split into family
// name and initials; `others` stands for a trailing "et al.".
struct CitationAuthor
{
    QString family;
    QString given; // initials with full stops ("W. D."), empty when none are given
    bool others = false;
};
QList<CitationAuthor> parseAuthors(const QString &authors);

// A stable BibTeX key for each source, in order: the source's slug reduced to the characters
// BibTeX allows in a key, made unique with a suffix when two reduce to the same key.
QStringList bibtexKeys(const QList<eb::catalogue::SourceRecord> &sources);

// The title every format gives a source: its own, or, for a source that has none (a product
// label, a website), the catalogue's label in square brackets, the bibliographic sign of a
// title supplied by the cataloguer rather than printed by the source.
QString citationTitle(const eb::catalogue::SourceRecord &source);

// Escapes the characters BibTeX treats specially (\ { } & % $ # _ ~ ^); Unicode is kept.
QString bibtexEscape(const QString &text);

// The sources as one file of the given format (UTF-8 text; RIS lines end in CRLF as the RIS
// specification asks). A source that has no bibliographic field at all still gets a record
// that carries its catalogue label as a note, so that nothing is dropped silently.
QString formatCitations(const QList<eb::catalogue::SourceRecord> &sources, CitationFormat format);

} // namespace eb::exporting

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::exporting {

// The sources that `slugs` name, each once, in order: a source's slug names that source, a
// study's slug names every source of the study. Nothing with *error set for a slug that names
// neither (or when the catalogue cannot be read).
std::optional<QList<eb::catalogue::SourceRecord>>
sourcesNamed(const eb::catalogue::CatalogueReader &catalogue, const QStringList &slugs,
             QString *error);

} // namespace eb::exporting

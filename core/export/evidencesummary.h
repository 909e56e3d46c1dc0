#pragma once

// The one-page evidence summary of a study: its design, population, arms and dosing, its
// results with CIs, the forest plot of its results, what the reviews that pool it say, the
// article's claims about it with their verdicts, and its references, with every derived value
// marked with its formula and the educational-use statement. Written as HTML (the forest plot
// inline as SVG) or as a one-page vector PDF (A4 or Letter) with its fonts embedded.

#include "model/records.h"

#include <QList>
#include <QPageSize>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace eb::catalogue {
class CatalogueReader;
}
namespace eb::charts {
class ForestPlot;
}

namespace eb::exporting {

struct EvidenceSummary
{
    eb::catalogue::StudyDetail study;
    QList<eb::catalogue::ClaimRecord> claims;      // the article's claims about the study
    QList<eb::catalogue::StudyDetail> reviews;     // the reviews and meta-analyses that pool it
    QList<eb::catalogue::SourceRecord> references; // its sources, in the study's order
    QString programVersion;
    QString catalogueBuildId;
};

// Reads what the summary of the study `slug` shows. Nothing with *error set when there is no
// such study or the catalogue cannot be read.
std::optional<EvidenceSummary> readEvidenceSummary(const eb::catalogue::CatalogueReader &catalogue,
                                                   const QString &slug, QString *error);

// The summary's text as HTML in two parts, before and after the forest plot (Qt's rich-text
// subset, which browsers read as well).
struct SummaryHtml
{
    QString top;
    QString bottom;
};
SummaryHtml summaryHtml(const EvidenceSummary &summary);

// The study's results on their own scales: one forest plot per scale and direction of benefit
// (evidence::forestPanelsFromResults, as the Chart tab draws them: nothing converted, a mean
// difference derived from arm means drawn hollow), titled with the study's name. A result with
// no value to draw gets no panel (the HTML lists it); empty when nothing can be drawn.
std::vector<std::unique_ptr<eb::charts::ForestPlot>> summaryForests(const EvidenceSummary &summary);

// A whole HTML document, the forest plots inline as SVG.
QString summaryHtmlDocument(const EvidenceSummary &summary);

// One PDF page of the given size; the content is laid out and, when it would not fit, set
// smaller until it does. Written whole or not at all.
bool writeSummaryPdf(const EvidenceSummary &summary, const QString &path,
                     QPageSize::PageSizeId page, QString *error);

// The factor the PDF page is set at (1: the body text at its full 8.5 pt), or 0 when the
// summary does not fit one page even at half size. For tests of legibility.
double summaryPageScale(const EvidenceSummary &summary, QPageSize::PageSizeId page);

// .html or .pdf by the suffix.
bool writeSummary(const EvidenceSummary &summary, const QString &path, QPageSize::PageSizeId page,
                  QString *error);

// One reference in a plain citation style ("Guekht A, Vester J, ... Title. Journal.
// 2017;38(10):1761-1769. doi:... PMID ..."), from the fields the catalogue holds.
QString referenceText(const eb::catalogue::SourceRecord &source);

} // namespace eb::exporting

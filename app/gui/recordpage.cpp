#include "gui/recordpage.h"

#include "catalogue/catalogue.h"
#include "gui/detailhtml.h"

#include <QCoreApplication>

namespace eb::gui {

RecordPage recordPage(const catalogue::Catalogue &catalogue, Section section, const QString &slug)
{
    RecordPage page;
    switch (section) {
    case Section::Studies:
        if (const auto study = catalogue.study(slug)) {
            page.html = detail::studyHtml(*study);
            page.chartTitle = study->name;
            page.chartResults = study->results;
        }
        break;
    case Section::Outcomes:
        if (const auto outcome = catalogue.outcome(slug)) {
            catalogue::ResultFilter filter;
            filter.outcomeSlug = slug;
            page.chartResults = catalogue.results(filter);
            page.chartTitle =
                outcome->abbreviation.isEmpty() ? outcome->name : outcome->abbreviation;
            page.html = detail::outcomeHtml(*outcome, page.chartResults);
        }
        break;
    case Section::Mechanisms:
        if (const auto mechanism = catalogue.mechanism(slug)) {
            page.html = detail::mechanismHtml(*mechanism);
        }
        break;
    case Section::Claims:
        if (const auto claim = catalogue.claim(slug)) {
            page.html = detail::claimHtml(*claim);
            if (claim->result) {
                page.chartTitle =
                    QCoreApplication::translate("eb::gui::RecordPage", "The claim's result");
                page.chartResults = {*claim->result};
            }
        }
        break;
    case Section::Sources:
        if (const auto source = catalogue.source(slug)) {
            page.html = detail::sourceHtml(*source);
        }
        break;
    }
    page.found = !page.html.isEmpty();
    if (!page.found) {
        const QString error = catalogue.lastError();
        page.html = detail::messageHtml(
            slug, error.isEmpty()
                      ? QCoreApplication::translate("eb::gui::RecordPage",
                                                    "This record is not in the catalogue.")
                      : error);
    }
    return page;
}

SectionHits searchHits(const catalogue::Catalogue &catalogue, const QString &text)
{
    SectionHits hits;
    // Enough for every record of a catalogue of this size; the tables show them all.
    const QList<catalogue::SearchHit> found = catalogue.search(text, 100000);
    for (const catalogue::SearchHit &hit : found) {
        Section section = Section::Studies;
        switch (hit.kind) {
        case catalogue::SearchHit::Kind::Study:
            section = Section::Studies;
            break;
        case catalogue::SearchHit::Kind::Outcome:
            section = Section::Outcomes;
            break;
        case catalogue::SearchHit::Kind::Mechanism:
            section = Section::Mechanisms;
            break;
        case catalogue::SearchHit::Kind::Claim:
            section = Section::Claims;
            break;
        case catalogue::SearchHit::Kind::Source:
            section = Section::Sources;
            break;
        }
        hits.at(static_cast<std::size_t>(sectionIndex(section))).insert(hit.id);
    }
    return hits;
}

} // namespace eb::gui

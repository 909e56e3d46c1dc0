#include "gui/detail/recordpage.h"

#include "catalogue/catalogue.h"
#include "gui/browse/sectionspec.h"
#include "gui/detail/detailhtml.h"

#include <QCoreApplication>

namespace eb::gui {

RecordPage recordPage(const catalogue::Catalogue &catalogue, Section section, const QString &slug,
                      int shownRows)
{
    RecordPage page = sectionSpec(section).page(catalogue, slug, shownRows);
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
    for (Section section : kSections) {
        const QList<qint64> ids = catalogue.searchIds(sectionSpec(section).hitKind, text);
        hits.at(static_cast<std::size_t>(sectionIndex(section))) =
            QSet<qint64>(ids.cbegin(), ids.cend());
    }
    return hits;
}

} // namespace eb::gui

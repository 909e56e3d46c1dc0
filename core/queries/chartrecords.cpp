#include "queries/chartrecords.h"

#include "model/cataloguereader.h"

#include <QCoreApplication>

namespace eb::queries {

std::optional<ChartRecords> chartRecords(const eb::catalogue::CatalogueReader &catalogue,
                                         const QString &kind, const QString &slug)
{
    if (kind == QLatin1String("study")) {
        const auto study = catalogue.study(slug);
        if (!study) {
            return std::nullopt;
        }
        return ChartRecords{study->name, study->results};
    }
    if (kind == QLatin1String("outcome")) {
        const auto outcome = catalogue.outcome(slug);
        if (!outcome) {
            return std::nullopt;
        }
        eb::catalogue::ResultFilter filter;
        filter.outcomeSlug = slug;
        return ChartRecords{outcome->abbreviation.isEmpty() ? outcome->name : outcome->abbreviation,
                            catalogue.results(filter)};
    }
    if (kind == QLatin1String("claim")) {
        const auto claim = catalogue.claim(slug);
        if (!claim) {
            return std::nullopt;
        }
        ChartRecords records;
        records.name = QCoreApplication::translate("eb::queries", "The claim's result");
        if (claim->result) {
            records.results = {*claim->result};
        }
        return records;
    }
    return std::nullopt;
}

} // namespace eb::queries

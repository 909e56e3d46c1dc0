#pragma once

// The results a record's charts draw (as the window's Chart tab draws them) and the chart's
// name, for a record named by its kind ("study", "outcome", "claim") and slug. Lecture slides
// and any other caller that names a record read it here, not through a copy of the rule.

#include "model/records.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::queries {

struct ChartRecords
{
    QString name; // the study's name, the outcome's abbreviation (else name), "The claim's result"
    QList<eb::catalogue::ResultRecord> results;
};

// Empty when the catalogue holds no such record (or the kind has no chart).
std::optional<ChartRecords> chartRecords(const eb::catalogue::CatalogueReader &catalogue,
                                         const QString &kind, const QString &slug);

} // namespace eb::queries

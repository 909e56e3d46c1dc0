#pragma once

// The pool inputs for catalogue result ids: each result with its study's species, design,
// population and components, and its source's kind and year. Reads through the Catalogue
// facade only (no SQL here).

#include "evidence/poolchecks.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::review {

// Nothing, with *error naming the first id that is not a result of the catalogue.
std::optional<QList<PoolInput>>
poolInputsFromCatalogue(const eb::catalogue::CatalogueReader &catalogue,
                        const QList<qint64> &resultIds, QString *error);

} // namespace eb::review

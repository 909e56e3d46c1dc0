#pragma once

// The pool inputs for catalogue result ids: each result with its study's species, design,
// population and components, and its source's kind and year. Reads through the Catalogue
// facade only (no SQL here).

#include "evidence/forestspec.h"
#include "evidence/poolchecks.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::review {

// Nothing, with *error naming the first id that is not a result of the catalogue. `read`, when
// given, hears how many results have been read after each one; returning false stops the
// reading (nothing, *error untouched: the window's Cancel).
std::optional<QList<PoolInput>>
poolInputsFromCatalogue(const eb::catalogue::CatalogueReader &catalogue,
                        const QList<qint64> &resultIds, QString *error,
                        const std::function<bool(qsizetype read)> &read = {});

// The catalogue results a forest plot's pool would weigh (evidence::addPooledResult): rows
// with a result id, a finite estimate and interval, not excluded from pooling (a second source
// of the same numbers).
QList<qint64> pooledResultIds(const eb::evidence::ForestSpec &spec);

// The one pooling gate for a forest plot of catalogue rows (`render forest --pool`, a deck
// slide with a pooled estimate): checkPool() on pooledResultIds(), the same checks as the Pool
// window and `pool --results`. The refusal sentences; empty when the rows may be pooled.
QStringList forestPoolRefusals(const eb::catalogue::CatalogueReader &catalogue,
                               const eb::evidence::ForestSpec &spec);

} // namespace eb::review

#pragma once

// The results of a generated catalogue that the pooling checks pass together: what the tests
// and stall benchmarks of the Pool window tick. Link eb_test_poolable.

#include "catalogue/catalogue.h"

#include <QList>
#include <QString>

namespace eb::test {

// The first `count` results in the catalogue's order that pool together: one a study, in
// humans, of no synthesis, on the standardised scales, each with its estimate and CI. Fewer
// when the catalogue holds fewer; none, with `error` set, when the pooling inputs cannot be read.
QList<qint64> poolableResults(const eb::catalogue::Catalogue &catalogue, qsizetype count,
                              QString *error);

} // namespace eb::test

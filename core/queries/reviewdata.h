#pragma once

// Loads what the review tools need from a Catalogue (through its facade; no SQL here), so the
// window and the command line read the same records the same way.

#include "evidence/claimsaudit.h"

#include <QList>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::review {

// A read that fails stops there: what was read so far is returned and *error (when given)
// holds the catalogue's message; it is left empty when every read succeeded.
ClaimsAuditInput claimsAuditInput(const eb::catalogue::CatalogueReader &catalogue,
                                  QString *error = nullptr);

// Every study with its results, arms, components and sources (for syntheses and compare).
QList<eb::catalogue::StudyDetail> studyDetails(const eb::catalogue::CatalogueReader &catalogue,
                                               QString *error = nullptr);

} // namespace eb::review

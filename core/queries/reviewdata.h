#pragma once

// Loads what the review tools need from a Catalogue (through its facade; no SQL here), so the
// window and the command line read the same records the same way.

#include "evidence/claimsaudit.h"

#include <QList>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::review {

ClaimsAuditInput claimsAuditInput(const eb::catalogue::CatalogueReader &catalogue);

// Every study with its results, arms, components and sources (for syntheses and compare).
QList<eb::catalogue::StudyDetail> studyDetails(const eb::catalogue::CatalogueReader &catalogue);

} // namespace eb::review

#pragma once

// Loads what the review tools need from a Catalogue (through its facade; no SQL here), so the
// window and the command line read the same records the same way.

#include "review/claimsaudit.h"

#include <QList>

namespace eb::catalogue {
class Catalogue;
}

namespace eb::review {

ClaimsAuditInput claimsAuditInput(const eb::catalogue::Catalogue &catalogue);

// Every study with its results, arms, components and sources (for syntheses and compare).
QList<eb::catalogue::StudyDetail> studyDetails(const eb::catalogue::Catalogue &catalogue);

} // namespace eb::review

#pragma once

#include "evidence/claimsaudit.h"

#include <QString>

namespace eb::gui::detail {

// The claim page's audit: what the primary publication reports, what this program computes,
// and the working written out step by step (from review::claimsAudit).
QString claimAuditHtml(const review::ClaimAuditRow &row);

// Inserts claimAuditHtml(row) into a claim page made by claimHtml(), after the claim's fields.
void addClaimAudit(QString &pageHtml, const review::ClaimAuditRow &row);

} // namespace eb::gui::detail

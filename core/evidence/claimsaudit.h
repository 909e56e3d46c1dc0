#pragma once

// The claims audit: every claim of the article beside what the primary publication reports and
// what this program computes, with the verdict and the working written out ("21.0 / 7.6 = 2.76",
// "5-30 mL × 215.2 mg/mL = 1,076-6,456 mg"). Built from plain records; the Claims section of
// the window and `evidence claims` show the same rows.

#include "model/records.h"
#include "model/reviewrecords.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace eb::review {

struct ClaimAuditRow
{
    eb::catalogue::ClaimRecord claim;
    QString sourceReports; // what the primary publication(s) report
    QString computed;      // what this program computes from the records ("2.76"), if anything
    QStringList working;   // each step written out, then the discrepancy's explanation
    QList<eb::catalogue::DiscrepancyRecord> discrepancies;
    QList<eb::catalogue::DiscrepancyLinkRecord> links; // records on both sides
    QList<eb::catalogue::ClaimLinkRecord> claimLinks;  // results beside the claim (harms)
};

struct ClaimsAuditInput
{
    QList<eb::catalogue::ClaimRecord> claims;
    QList<eb::catalogue::DiscrepancyRecord> discrepancies;
    QList<eb::catalogue::DiscrepancyLinkRecord> discrepancyLinks;
    QList<eb::catalogue::ClaimLinkRecord> claimLinks;
    QHash<qint64, eb::catalogue::ResultRecord> results; // by id, with their arm summaries
    QList<eb::catalogue::DosingRecord> dosing;
};

struct ClaimsAudit
{
    QList<ClaimAuditRow> rows;
    QMap<QString, int> verdictCounts; // over all claims, whatever the filter
};

// Rows in the claims' order; an empty filter keeps everything.
ClaimsAudit claimsAudit(const ClaimsAuditInput &input, const QString &verdict = {},
                        const QString &topic = {});

QStringList
claimVerdicts(); // 'consistent', 'discrepant', 'overstated', 'unsupported', 'not_verified'

} // namespace eb::review

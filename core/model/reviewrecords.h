#pragma once

// Plain records of the review links (db/schema/0004-review-links.sql).

#include <QString>

namespace eb::catalogue {

// One record a discrepancy names, with the side it stands on.
struct DiscrepancyLinkRecord
{
    qint64 discrepancyId = 0;
    QString side;   // 'article', 'source', 'derived'
    QString entity; // 'result', 'study', 'dosing_protocol'
    qint64 entityId = 0;
    QString label;  // "CAPTAIN II · day 90 · Muresanu 2020", a study name, a dosing label
    QString detail; // a result's value ("MW 0.59 (0.52-0.66)"), a dosing row's derivation
};

// A result linked beside a claim ('harm', 'support', 'context').
struct ClaimLinkRecord
{
    qint64 claimId = 0;
    qint64 resultId = 0;
    QString role;
    QString note;
};

} // namespace eb::catalogue

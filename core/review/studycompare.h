#pragma once

// Studies side by side: one row per attribute (design, sponsor, population, N, arms, dose,
// control, timing, outcomes, timepoints, effects), one value per study, and whether the
// values differ. The Compare view and `evidence compare` show the same rows.

#include "catalogue/records.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eb::review {

struct CompareRow
{
    QString key;        // 'design', 'n_enrolled', ... (stable, for JSON)
    QString label;      // "N enrolled"
    QStringList values; // one per study, "not reported" spelled out
    bool differs = false;
};

struct StudyComparison
{
    QList<eb::catalogue::StudyDetail> studies;
    QList<CompareRow> rows;
};

StudyComparison compareStudies(const QList<eb::catalogue::StudyDetail> &studies);

// "MW 0.59 (0.52 to 0.66)", "RR 2.39 (1.10 to 5.23)", "p < 0.05 (no effect size)".
QString effectText(const eb::catalogue::ResultRecord &result);

} // namespace eb::review

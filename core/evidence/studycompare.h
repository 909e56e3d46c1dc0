#pragma once

// Studies side by side: one row per attribute (design, sponsor, population, N, arms, dose,
// control, timing, outcomes, timepoints, effects), one value per study, and whether the
// values differ. The Compare view and `evidence compare` show the same rows.

#include "model/records.h"

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

// The result's metric key ('mw', 'rr', 'none', ...), as the schema and JSON spell it.
QString metricKeyOf(const eb::catalogue::ResultRecord &result);

// "randomised controlled trial" for 'rct', ...: the design keys in words.
QString designLabel(const QString &design);

// An effect-size number as the sources print them: up to four significant digits, at least
// two decimals below 10 ("0.60", "1.10", "0.576", "3.019"), except for an NNT ("7.1", "4 to
// 22"); never NaN or inf (those read "not finite").
QString effectNumber(double value, const QString &metric = {});

// "MW 0.59 (0.52 to 0.66)", "RR 2.39 (1.10 to 5.23)", "p < 0.05 (no effect size)".
QString effectText(const eb::catalogue::ResultRecord &result);

} // namespace eb::review

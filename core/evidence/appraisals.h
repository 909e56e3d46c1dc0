#pragma once

// The user's appraisals laid beside the trials and outcomes they judge: which trial and outcome
// pairs of the catalogue can carry a RoB 2 assessment and whether each has one ("not assessed"
// otherwise), the outcomes with their GRADE certainty, and the spec the robvis-style charts
// draw. Pure functions over records (model/appraisal.h); the catalogue reads are the caller's.

#include "evidence/syntheses.h"
#include "model/appraisal.h"
#include "model/records.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::evidence {

// A trial and an outcome it reports, with the user's assessment if there is one.
struct RobRow
{
    QString studySlug;
    QString studyName;
    std::optional<int> year;
    QString outcomeSlug;
    QString outcomeName; // short name (abbreviation where there is one)
    std::optional<eb::catalogue::RobAssessment> assessment; // empty: not assessed
};

// Every pair of a human, non-synthesis study and an outcome it has a result for, and every
// assessed pair (whatever its study), filtered by slug (empty: all); by outcome, then year
// and trial.
QList<RobRow> robRows(const QList<eb::catalogue::StudySummary> &studies,
                      const QList<eb::catalogue::ResultRecord> &results,
                      const QList<eb::catalogue::RobAssessment> &assessments,
                      const QString &studySlug = {}, const QString &outcomeSlug = {});

// "Not assessed": what a trial, outcome or domain without a judgement shows.
QString notAssessed();

// What a traffic-light or summary-bar chart draws: one row per assessment, one column per
// domain and the overall judgement, each cell a judgement rank (0 low, 1 some concerns, 2
// high; -1 not assessed).
struct RobChartSpec
{
    QString title;
    QStringList columns;         // "D1" ... "D5", "Overall"
    QStringList columnNames;     // the domains' full names, for the key
    QStringList rowLabels;       // "Trial A · ARAT"
    QList<QList<int>> ranks;     // rows × columns
    QStringList judgementLabels; // by rank: "Low", "Some concerns", "High"
    QString notAssessedLabel;
    QString footnote;
    double fontScale = 1.0;
};

RobChartSpec robChartSpec(const QList<RobRow> &rows, const QString &title);

// An outcome and the user's GRADE rating of it, if any.
struct GradeRow
{
    QString outcomeSlug;
    QString outcomeName;
    std::optional<eb::catalogue::GradeAssessment> assessment;
    // A review's own grading of the outcome in its summary of findings ("moderate"), and the
    // review's source label; empty when no summary of findings grades it.
    QString reviewCertainty;
    QString reviewLabel;
    // The certainty the rating gives ("Moderate"), or notAssessed().
    QString certainty() const;
};

// The outcomes with results in the catalogue (and every rated one), by name, each with the
// review's grading where `sof` (a summary of findings) has one.
QList<GradeRow> gradeRows(const QList<eb::catalogue::ResultRecord> &results,
                          const QList<eb::catalogue::GradeAssessment> &assessments,
                          const QList<eb::review::SofRow> &sof = {},
                          const QString &outcomeSlug = {});

// How a summary-of-findings row names the certainty: the review's own grading attributed to
// it ("moderate (graded by Cochrane 2023)"), and ours beside it where the user rated the
// outcome ("ours: low"); "not recorded" when neither.
QString sofCertaintyText(const QString &reviewCertainty, const QString &reviewLabel,
                         const std::optional<eb::catalogue::GradeAssessment> &ours);

} // namespace eb::evidence

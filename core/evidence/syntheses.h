#pragma once

// Syntheses face to face: per condition, the industry-sponsored meta-analyses beside the
// independent reviews, each with its sponsor, what it pooled, its benefits and its harms at the
// same weight; and a summary-of-findings table in the Cochrane/GRADE layout for the Cochrane
// review, whose absolute risks per 1,000 are derived here from the event counts and the RR.

#include "model/appraisal.h"
#include "model/records.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::review {

struct SynthesisEntry
{
    eb::catalogue::StudyDetail study;
    QStringList includes;                        // the trials it pools, as the catalogue links them
    QList<eb::catalogue::ResultRecord> benefits; // efficacy outcomes
    QList<eb::catalogue::ResultRecord> harms;    // safety, mortality, retention
};

struct ConditionSyntheses
{
    QString condition;
    QList<SynthesisEntry> industry;
    QList<SynthesisEntry> independent;
    QList<SynthesisEntry> unknownSponsor;
};

// Studies of a synthesis design (meta-analysis, IPD meta-analysis, systematic review), by
// condition; `studies` must carry their results.
QList<ConditionSyntheses> synthesesByCondition(const QList<eb::catalogue::StudyDetail> &studies);

// One row of a summary-of-findings table.
struct SofRow
{
    eb::catalogue::ResultRecord result;
    QString outcome;
    QString participants; // "1335 (3 RCTs)", as the review prints it
    double rr = 0;
    double rrLow = 0;
    double rrHigh = 0;
    std::optional<int> controlEvents; // from the review's table
    std::optional<int> controlTotal;
    std::optional<int> activeEvents;
    std::optional<int> activeTotal;
    // Per 1,000, derived: assumed = 1000 × control events / control total; corresponding =
    // assumed × RR (and × the RR's CI limits). Empty when the counts are not recorded.
    std::optional<double> assumedPer1000;
    std::optional<double> correspondingPer1000;
    std::optional<double> correspondingLowPer1000;
    std::optional<double> correspondingHighPer1000;
    QString formula;
    QString certainty; // GRADE, as the review graded it
};

// The review whose summary of findings the catalogue transcribes (Cochrane 2023, stroke), and
// the source its table is read from: the window and `evidence grade show` name it here once.
inline const QString kSofReviewStudy = QStringLiteral("cochrane-2023-stroke");
inline const QString kSofReviewSource = QStringLiteral("cochrane-2023");

// The rows of the review's summary of findings: its reported risk-ratio results from `sourceSlug`.
QList<SofRow> summaryOfFindings(const eb::catalogue::StudyDetail &review,
                                const QString &sourceSlug);

// The table's words, in one place for the Syntheses window and a lecture slide: the same
// headers, cells (risks per 1,000 rounded to whole numbers, "not derivable" without counts,
// the certainty as the row carries it or "not recorded") and the note on what is derived.
struct SofTable
{
    QString title;            // "Summary of findings: <review>"
    QStringList headers;      // six columns
    QList<QStringList> cells; // one list of six per row, in the rows' order
    QString derivedNote;      // what this program derived, and what is the review's
    QStringList formulas;     // "<outcome>: <formula>" per row with counts
};
// The certainty column shows the review's grading attributed to it and, beside it, the user's
// own GRADE rating of the outcome where `ours` holds one.
SofTable summaryOfFindingsTable(const QList<SofRow> &rows, const QString &reviewName,
                                const QList<eb::catalogue::GradeAssessment> &ours = {});
inline constexpr int kSofRelativeEffectColumn = 2; // "RR 2.39 (1.10 to 5.23)"

// "What it pooled": the trials the catalogue links, then the review's own note on its N; "not
// recorded" when there is neither. The window and `evidence syntheses` print this one text.
QString pooledText(const SynthesisEntry &entry);

// Everything the Syntheses window shows, built once for the window, `evidence syntheses` and
// their exports (evidence/synthesesexport.h): the syntheses by condition, then the summary of
// findings of kSofReviewStudy with its table words.
struct SynthesesReport
{
    QList<ConditionSyntheses> conditions;
    QString sofReviewSlug; // empty when the review is not in `studies` (or not of `condition`)
    QString sofReviewName;
    QString sofSource;
    QList<SofRow> sofRows;
    SofTable sofTable;
    QList<eb::catalogue::GradeAssessment> ours; // the user's GRADE ratings the table shows
};
// `condition` empty: every condition; otherwise only that condition's syntheses, and the summary
// of findings only when its review is of that condition.
SynthesesReport synthesesReport(const QList<eb::catalogue::StudyDetail> &studies,
                                const QList<eb::catalogue::GradeAssessment> &ours,
                                const QString &condition = {});

} // namespace eb::review

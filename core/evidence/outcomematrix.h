#pragma once

// The outcome matrix: studies (rows, grouped by condition and design) against outcome measures
// (columns, grouped by domain, one sub-column per timepoint). Each cell holds the effect on its
// native metric or converted to one common metric (marked derived with the formula), or says
// the outcome was measured but no effect size reported; a missing cell was never measured. The
// gap summary counts studies and participants per outcome and condition (an evidence-gap map).

#include "evidence/format.h"
#include "model/records.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <optional>

namespace eb::review {

// Native, or one common metric (keys and words in the vocabulary).
using DisplayMetric = eb::catalogue::vocabulary::DisplayMetric;

struct MatrixColumn
{
    qint64 outcomeId = 0;
    QString outcomeSlug;
    QString outcomeName; // abbreviation when there is one
    QString domain;
    bool ensemble = false;
    QString timepoint; // "not stated" when the source gives none
    std::optional<int> timepointDays;
};

enum class CellState
{
    Effect,              // an effect size is shown
    MeasuredNotReported, // the outcome was measured; no effect size reported
};

struct MatrixCell
{
    int column = 0;
    CellState state = CellState::Effect;
    eb::catalogue::ResultRecord result; // the record shown (a publication before the article)
    QString metric;                     // the metric key the numbers are on
    std::optional<double> estimate;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    bool derived = false;    // converted by this program
    QString formula;         // the conversion, when derived
    bool convertible = true; // false: shown native, the common metric has no conversion
    int direction = 0;       // +1 favours Cerebrolysin, -1 favours control, 0 none
    bool ciExcludesNull = false;
    std::optional<double> magnitudeD; // |d| for the colour's strength, when known
    int otherRecords = 0;             // further records of the same cell (other sources)
};

struct MatrixRow
{
    qint64 studyId = 0;
    QString studySlug;
    QString studyName;
    QString condition;
    QString design;
    QString species;
    bool isSynthesis = false; // meta-analysis or systematic review
    QList<MatrixCell> cells;  // ordered by column
    const MatrixCell *cell(int column) const;
};

struct OutcomeMatrix
{
    DisplayMetric metric = DisplayMetric::Native;
    QList<MatrixColumn> columns;
    QList<MatrixRow> rows;
};

// A cell's numbers, the same in the window and the CLI: "MW 0.59 (0.52 to 0.66)" with the
// digits the source printed, or a converted value with two decimals (docs/statistics.md);
// an ITT or per-protocol analysis says so ("MW 0.63 (0.48 to 0.77), ITT"). Empty for a
// cell without an effect.
QString matrixCellNumbers(const MatrixCell &cell);
// The decimals matrixCellNumbers() prints the cell's three numbers with.
eb::evidence::PrintedDecimals matrixCellDecimals(const MatrixCell &cell);

OutcomeMatrix buildOutcomeMatrix(const QList<eb::catalogue::StudySummary> &studies,
                                 const QList<eb::catalogue::ResultRecord> &results,
                                 DisplayMetric metric);

// The parts of buildOutcomeMatrix(), for a window that reads its rows a page at a time:
// - the columns of these results (outcome × timepoint, each pair once; the first result of a
//   pair gives its days), grouped by domain;
QList<MatrixColumn> matrixColumns(const QList<eb::catalogue::ResultRecord> &results);
// - the order of the rows: condition, design (in matrixDesignOrder(), an unknown one last),
//   year (unknown as 0), ties as given;
QStringList matrixDesignOrder();
void sortMatrixStudies(QList<eb::catalogue::StudySummary> &studies);
// - the rows of these studies, in the order given, over these columns: each study needs all
//   of its results in `results`; a study without one has no row.
QList<MatrixRow> matrixRows(const QList<eb::catalogue::StudySummary> &studies,
                            const QList<eb::catalogue::ResultRecord> &results,
                            const QList<MatrixColumn> &columns, DisplayMetric metric);

struct GapCell
{
    QString outcomeSlug;
    QString outcomeName;
    QString domain;
    QString condition;
    int studies = 0;         // primary studies (trials, animal studies)
    int participants = 0;    // summed over the primary studies whose N is known
    int studiesWithoutN = 0; // primary studies not in `participants`
    int syntheses = 0;       // meta-analyses and reviews: their N overlaps the trials', not added
};

QList<GapCell> evidenceGaps(const QList<eb::catalogue::StudySummary> &studies,
                            const QList<eb::catalogue::ResultRecord> &results);

// evidenceGaps() added up a batch of studies at a time, so that a window never holds every
// result: each add() needs all the results of its studies.
class GapTally
{
public:
    void add(const QList<eb::catalogue::StudySummary> &studies,
             const QList<eb::catalogue::ResultRecord> &results);
    QList<GapCell> cells() const; // by outcome slug, then condition

private:
    QMap<QPair<QString, QString>, GapCell> m_cells;     // (outcome slug, condition)
    QHash<QString, QPair<QString, QString>> m_outcomes; // slug -> (name, domain)
};

} // namespace eb::review

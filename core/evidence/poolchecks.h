#pragma once

// What a methodologist checks before pooling results, as pure functions over plain records:
// no catalogue, no widgets. The GUI's Pool dialog and `evidence pool --results` run the same
// checks and print the same sentences.
//
// Refusals (nothing is pooled; the command line exits 2):
// * human and animal results together;
// * results on scales that do not convert to one another (or on no effect-size scale at all,
//   or without the interval that gives a result its weight);
// * a meta-analysis together with one of its own component trials (counted twice);
// * two versions of one publication (a living review's 2020 and 2023 versions: sources linked
//   by source.version_of_id, schema 8);
// * two analyses of one trial (ITT and per-protocol, or one result reported by two sources);
// * two syntheses (meta-analyses, systematic reviews) that share a trial, or two syntheses of
//   one condition whose included trials are not stated (they may share trials);
// * results whose no-effect directions are opposite (a value above no effect favours
//   Cerebrolysin in one and control in the other), unless the user flips one explicitly.
// Warnings (pooled, and recorded with the pooled result): outcomes, timepoints, populations or
// designs that differ; an ensemble (Wei-Lachin) result with single-scale results; an interval
// whose level the source does not print (95% assumed).

#include "model/records.h"

#include <QList>
#include <QString>

namespace eb::review {

// One result with the facts about its study that the checks need.
struct PoolInput
{
    eb::catalogue::ResultRecord result;
    QString species;   // 'human', 'rat'
    QString design;    // 'rct', 'meta_analysis', ...
    QString condition; // 'stroke', 'traumatic_brain_injury'
    QString severity;
    QString sourceKind; // the result's source: 'journal_article', 'systematic_review', ...
    std::optional<int> sourceYear;
    // The result's source and every version of it (source.version_of_id followed both ways):
    // two results whose sources are versions of one publication count its patients twice.
    QList<qint64> sourceVersionIds;
    // A synthesis: the trials it pooled for this result's outcome as its source states them
    // (synthesis_inclusion: links for this outcome and links naming no outcome); empty for a
    // synthesis whose source does not state them ("not stated").
    QList<qint64> componentStudyIds;
    QStringList componentNames; // the same trials by name, for the messages
    // The user flipped this result's direction explicitly (1/RR, −d, 1 − MW) so that a value
    // above no effect means the same as in the others; the pooled result records it.
    bool flipped = false;
};

enum class PoolIssueKind
{
    // refusals
    TooFew,
    SpeciesMixed,
    NoEffectSize,
    NoInterval,
    ScalesDoNotConvert,
    MetaAnalysisWithComponent,
    TwoVersionsOfReview,
    TwoAnalysesOfTrial,
    SynthesesShareTrials,
    SynthesisInclusionNotStated,
    DirectionsOpposite,
    // warnings
    OutcomesDiffer,
    TimepointsDiffer,
    PopulationsDiffer,
    DesignsDiffer,
    EnsembleWithSingleScale,
    CiLevelAssumed,
};

struct PoolIssue
{
    PoolIssueKind kind = PoolIssueKind::TooFew;
    QString message;         // one plain sentence naming the records
    QList<qint64> resultIds; // the records in conflict
    // For a refusal between records: the ids the user may keep one of (empty: none to offer).
    QList<qint64> keepOneOf;
};

bool isRefusal(PoolIssueKind kind);
QString poolIssueKey(PoolIssueKind kind); // 'species_mixed', 'outcomes_differ', ...

struct PoolCheck
{
    QList<PoolIssue> refusals;
    QList<PoolIssue> warnings;
    bool canPool() const { return refusals.isEmpty(); }
};

// The pooling family of a metric key: results pool together only within one family.
// 'standardized' (MW, d, g, SMD, OR, log OR: converted through d), 'risk_ratio' (RR, log RR),
// 'risk_difference', 'mean_difference' (MD, mean change difference: raw units of one scale);
// empty for metrics that do not pool (NNT, 'none').
QString poolingFamily(const QString &metricKey);

// "CAPTAIN II · day 90 · Muresanu 2020 (#16)": how the checks name a record.
QString describeResult(const eb::catalogue::ResultRecord &result);

// Whether a value above the metric's no effect favours Cerebrolysin for this input (the
// record's higher_favours, 'treatment' when not stated, inverted when flipped).
bool favoursTreatmentAbove(const PoolInput &input);

// What a synthesis pooled: "CARS-1, CARS-2", or "not stated" (for a study that is not a
// synthesis: empty).
QString synthesisInclusionText(const PoolInput &input);

// Runs every check, refusals first. Never throws; any input (empty, one result) gives an answer.
PoolCheck checkPool(const QList<PoolInput> &inputs);

} // namespace eb::review

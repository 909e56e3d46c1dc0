#pragma once

// The user's appraisals (db/schema/0011-appraisals.sql): a RoB 2 risk-of-bias assessment per
// trial and outcome, and a GRADE certainty rating per outcome. Plain data with the rules an
// assessment must satisfy before it is written and the certainty a GRADE rating gives; no
// storage, Qt Core only. The keys and words of judgements, starts and certainties are defined
// here once: the schema stores ranks and levels as integers (0011), so they are no CHECK list
// of the vocabulary.
//
// The bundled catalogue holds none: a trial or outcome without a row is "not assessed".

#include "model/validation.h"

#include <QList>
#include <QString>
#include <array>
#include <span>

namespace eb::catalogue {

// The five domains of RoB 2 (Sterne 2019), in its order.
enum class RobDomain
{
    Randomisation, // D1 bias arising from the randomisation process
    Deviations,    // D2 bias due to deviations from intended interventions
    MissingData,   // D3 bias due to missing outcome data
    Measurement,   // D4 bias in measurement of the outcome
    Selection,     // D5 bias in selection of the reported result
};
inline constexpr int kRobDomainCount = 5;

std::span<const RobDomain> allRobDomains();
// The column, the command-line option and the JSON key: "randomisation", "missing_data".
QString robDomainKey(RobDomain domain);
QString robDomainLabel(RobDomain domain); // "Bias arising from the randomisation process"
QString robDomainShort(RobDomain domain); // "D1"

// RoB 2's judgements, least severe first (their index is the stored rank): 'low',
// 'some_concerns', 'high'; the command line and JSON use these keys.
QStringList robJudgementKeys();
QString robJudgementLabel(const QString &key); // "Low risk of bias"; an unknown key as it is
QString robJudgementShort(const QString &key); // "Low", "Some concerns", "High"

// Where a GRADE rating starts: 'randomised' (high) or 'observational' (low).
QStringList gradeStartKeys();
QString gradeStartLabel(const QString &key);
inline constexpr QLatin1String kGradeStartRandomised{"randomised"};
inline constexpr QLatin1String kGradeStartObservational{"observational"};

// GRADE certainty by level, 4 high, 3 moderate, 2 low, 1 very low: the JSON key ("very_low")
// and the table's word ("Very low").
QString gradeCertaintyKey(int level);
QString gradeCertaintyLabel(int level);

// A judgement (a key of robJudgementKeys()) and the assessor's supporting quote or reason.
struct RobJudgement
{
    QString judgement;
    QString reason;
};

struct RobAssessment
{
    qint64 id = 0;      // 0: not stored yet
    qint64 version = 0; // row_version an edit starts from
    QString studySlug;
    QString studyName;
    QString outcomeSlug;
    QString outcomeName;
    std::array<RobJudgement, kRobDomainCount> domains;
    RobJudgement overall;
    QString assessor;
    QString updatedAt; // UTC, ISO 8601

    const RobJudgement &domain(RobDomain d) const { return domains.at(static_cast<size_t>(d)); }
    RobJudgement &domain(RobDomain d) { return domains.at(static_cast<size_t>(d)); }
};

// 0 low, 1 some concerns, 2 high; -1 for a key that is not a judgement.
int robJudgementRank(const QString &judgement);
// RoB 2's overall rule: the most severe domain judgement (the assessor may judge "high" where
// several domains have some concerns; never less severe than the worst domain).
QString robWorstJudgement(const RobAssessment &assessment);

// Every problem of an assessment: study, outcome and each judgement required and a key of the
// list; a reason required for every judgement that is not 'low'; the overall judgement not less
// severe than the worst domain ('rob-overall').
QList<Problem> validateRob(const RobAssessment &assessment);

// GRADE's eight considerations (GRADE handbook 2013, chapter 5): five that rate the certainty
// down and three that rate it up.
enum class GradeDomain
{
    RiskOfBias,
    Inconsistency,
    Indirectness,
    Imprecision,
    PublicationBias,
    LargeEffect,
    DoseResponse,
    Confounding,
};
inline constexpr int kGradeDomainCount = 8;

std::span<const GradeDomain> allGradeDomains();
QString gradeDomainKey(GradeDomain domain);   // "risk_of_bias", "large_effect", ...
QString gradeDomainLabel(GradeDomain domain); // "Risk of bias", "Large effect", ...
bool isGradeUpgrade(GradeDomain domain);
int gradeMaxLevels(GradeDomain domain); // 2, except dose-response and confounding: 1
// The rating's words: "not serious", "serious (-1)", "very serious (-2)" down; "none",
// "+1", "+2" up.
QString gradeLevelWords(GradeDomain domain, int levels);

struct GradeRating
{
    int levels = 0; // how many levels this consideration moves the certainty (down or up)
    QString reason;
};

struct GradeAssessment
{
    qint64 id = 0;
    qint64 version = 0;
    QString outcomeSlug;
    QString outcomeName;
    QString start; // 'randomised' (starts high) or 'observational' (starts low)
    std::array<GradeRating, kGradeDomainCount> ratings;
    QString assessor;
    QString updatedAt;

    const GradeRating &rating(GradeDomain d) const { return ratings.at(static_cast<size_t>(d)); }
    GradeRating &rating(GradeDomain d) { return ratings.at(static_cast<size_t>(d)); }
};

// The certainty a rating gives, 1 (very low) to 4 (high): start 4 (randomised) or 2
// (observational), minus the levels down, plus the levels up, held within 1..4.
int gradeCertaintyLevel(const GradeAssessment &assessment);

// Every problem of a rating: outcome and start required, each level within its range, and a
// reason for every consideration (GRADE asks for one whether or not it moves the rating).
QList<Problem> validateGrade(const GradeAssessment &assessment);

// What a write of an appraisal did: committed with the row's id and new version, or nothing
// written and the problems say why (validation, an unknown slug, an assessment that exists
// already or changed meanwhile, the storage).
struct AppraisalWrite
{
    bool committed = false;
    qint64 id = 0;
    qint64 version = 0;
    QList<Problem> problems;
};

} // namespace eb::catalogue

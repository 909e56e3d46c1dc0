#pragma once

// Plain value types returned by the catalogue. They mirror db/schema (see 0001-initial.sql for
// the meaning of each column) and carry no behaviour, so the GUI, the CLI and the charts can
// use them without ever seeing SQL.
//
// Conventions
// * A NULL text column is a null QString (QString::isNull()); a NULL number is an empty
//   std::optional. Callers show both as "not reported"; nothing is ever guessed.
// * Enumerated columns (design, condition, origin, ...) keep their database key ("rct",
//   "stroke", "reported"): the keys are stable; their display names are in vocabulary.h. The
//   result's metric is the one exception: it is an eb::stats::Metric, parsed once on reading.
// * Ids are the database ids (qint64); slugs are the stable names used across rebuilds.
// * Provenance statements (`quote`) come with their kind (db/schema/0005): statementKind
//   'verbatim' (the source's exact words, the only ones shown in quotation marks) or
//   'transcribed' (our wording of what the source reports), and statementWhere, where in the
//   source (null: not recorded). evidence/statement.h turns the three into text.
// * A reported number's printed decimals (`*Decimals`; empty: not recorded) say how its
//   source printed it: 0.90 is {0.9, 2}. evidence/format.h prints it so.

#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {

// A short reference to a study, for lists inside other records.
struct StudyRef
{
    qint64 id = 0;
    QString slug;
    QString name;
};

// Another version of a source, as a source page links to it.
struct SourceVersionRef
{
    QString slug;
    QString shortLabel;
    std::optional<int> year;
    QString doi;
};

struct SourceRecord
{
    qint64 id = 0;
    QString slug;
    QString kind; // 'article', 'journal_article', 'systematic_review', ...
    QString shortLabel;
    QString authors;
    QString title;
    QString journal;
    std::optional<int> year;
    QString volume;
    QString issue;
    QString pages;
    QString doi;
    QString pmid;
    QString pmcid;
    QString registration;
    QString sponsorship; // 'industry', 'independent', 'unknown'
    QString verificationNote;
    QString notes;
    bool userRecord = false;
    QList<StudyRef> studies; // filled by Catalogue::source() only
    // Versions of one publication (a living review's 2020 and 2023 versions), each a source
    // of its own: the later source this one is an earlier version of (source.version_of_id),
    // and the earlier versions of this one. Filled by Catalogue::source() only.
    std::optional<SourceVersionRef> versionOf;
    QList<SourceVersionRef> versions;
    std::optional<qint64> versionOfId; // source.version_of_id, filled by every read
};

// A source as attached to a study, with the role it plays for that study.
struct StudySourceRecord
{
    SourceRecord source;
    QString role; // 'primary', 'secondary', 'article', 'registry', ...
    QString note;
};

// One row of a study table.
struct StudySummary
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString design;
    QString condition;
    QString severity;
    QString species;
    QString blinding;
    std::optional<int> year;
    std::optional<int> nEnrolled;
    std::optional<int> nAnalysed;
    QString sponsorship;
    int resultCount = 0;
    bool userRecord = false; // entered by the user, not from the bundled sources
};

struct StudyArmRecord
{
    qint64 id = 0;
    qint64 studyId = 0;
    QString role; // 'treatment', 'control'
    QString label;
    std::optional<int> nRandomised;
    std::optional<int> nAnalysed;
    std::optional<qint64> sourceId;
    QString sourceShortLabel;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
};

// Mean/SD/N (continuous) or events/total (binary) of one arm behind a result.
struct ArmSummaryRecord
{
    qint64 id = 0;
    qint64 resultId = 0;
    QString armRole; // 'treatment', 'control'
    QString label;
    std::optional<int> n;
    std::optional<double> mean;
    std::optional<double> sd;
    std::optional<int> meanDecimals; // as printed: 21.0 -> 1
    std::optional<int> sdDecimals;
    std::optional<int> events;
    std::optional<int> total;
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
    QString origin;         // 'reported', 'derived'
};

// How a table, a chart or a sentence names an outcome: its abbreviation ("NIHSS") when it has
// one, else its name. The rule lives here once.
inline QString outcomeShortName(const QString &abbreviation, const QString &name)
{
    return abbreviation.isEmpty() ? name : abbreviation;
}

struct ResultRecord
{
    qint64 id = 0;
    qint64 studyId = 0;
    QString studySlug;
    QString studyName;

    qint64 outcomeId = 0;
    QString outcomeSlug;
    QString outcomeName;
    QString outcomeAbbreviation;
    QString outcomeDomain;
    QString outcomeDirection; // 'higher_better', 'lower_better'
    bool outcomeIsEnsemble = false;
    QString outcomeShortName() const
    {
        return eb::catalogue::outcomeShortName(outcomeAbbreviation, outcomeName);
    }

    qint64 sourceId = 0;
    QString sourceSlug;
    QString sourceShortLabel;
    QString sourceDoi;
    QString sourcePmid;

    QString timepoint;
    std::optional<int> timepointDays;
    QString population;
    QString comparison;
    // Parsed once by the row reader; a key this program does not know (impossible under the
    // schema's CHECK list) reads as None.
    eb::stats::Metric metric = eb::stats::Metric::None;
    std::optional<double> estimate;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::optional<double> ciLevel; // percent, e.g. 95
    QString pOperator;             // '<', '=', '>', '<='
    std::optional<double> pValue;
    std::optional<int> n;
    // The decimals the source printed each number with (0.90 -> 2, 4 -> 0); empty: not recorded.
    std::optional<int> estimateDecimals;
    std::optional<int> ciLowDecimals;
    std::optional<int> ciHighDecimals;
    std::optional<int> pDecimals;
    QString higherFavours; // 'treatment', 'control'
    QString statisticalMethod;
    QString origin;     // 'reported', 'derived'
    QString derivation; // the formula, when derived
    std::optional<qint64> derivedFromId;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
    QString note;
    bool userRecord = false;

    QList<ArmSummaryRecord> arms;
};

struct DosingRecord
{
    qint64 id = 0;
    QString slug;
    std::optional<qint64> studyId; // empty: a general statement
    QString studySlug;
    QString label;
    QString route; // 'iv', 'im', 'iv_or_im', 'ip'
    std::optional<double> volumeMlMin;
    std::optional<double> volumeMlMax;
    bool perKg = false;
    std::optional<double> mgMin;
    std::optional<double> mgMax;
    QString frequency;
    std::optional<int> durationDaysMin;
    std::optional<int> durationDaysMax;
    QString schedule;
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
    QString origin;
    QString note;
    bool userRecord = false;
};

// A trial a synthesis pooled (synthesis_inclusion, schema 12: the one home of this fact), for
// one outcome or, with no outcome, for every outcome the source does not tell apart.
struct SynthesisInclusionRecord
{
    qint64 id = 0;
    StudyRef synthesis;
    StudyRef trial;
    std::optional<qint64> outcomeId; // empty: the source names no outcome (every outcome)
    QString outcomeSlug;
    QString outcomeName;
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // null: not recorded
    QString note;
    bool userRecord = false;
};

// A difference between the article and a primary source: both values, both sources.
struct DiscrepancyRecord
{
    qint64 id = 0;
    QString slug;
    QString subject;
    QString articleValue;
    QString sourceValue;
    qint64 articleSourceId = 0;
    QString articleSourceShortLabel;
    std::optional<qint64> primarySourceId;
    QString primarySourceShortLabel;
    std::optional<qint64> articleResultId;
    std::optional<qint64> primaryResultId;
    std::optional<qint64> claimId;
    QString claimSlug;
    std::optional<qint64> studyId;
    QString studySlug;
    QString explanation;
};

// Where a numeric field of a study, arm or dosing row comes from.
struct FieldProvenanceRecord
{
    qint64 id = 0;
    QString entity; // 'study', 'study_arm', 'dosing_protocol'
    qint64 entityId = 0;
    QString field; // the column name, e.g. 'n_enrolled'
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
    QString origin;
};

struct StudyDetail
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString title;
    QString design;
    QString condition;
    QString severity;
    QString species;
    QString blinding;
    QString setting;
    std::optional<int> centres;
    std::optional<int> nEnrolled;
    std::optional<int> nAnalysed;
    QString nNote;
    QString intervention;
    QString control;
    QString timing;
    QString treatmentDuration;
    QString followUp;
    std::optional<int> year;
    QString registration;
    std::optional<qint64> primarySourceId;
    QString sponsorship;
    QString summary;
    bool userRecord = false;

    QList<StudyArmRecord> arms;
    QList<ResultRecord> results; // ordered by outcome, timepoint_days, id
    QList<DosingRecord> dosing;
    QList<StudySourceRecord> sources;
    QList<StudyRef> components; // for a synthesis: the trials it pools (each once)
    QList<StudyRef> parents;    // the syntheses that pool this study
    // Both, link by link with outcome and provenance: this study's links as a synthesis and
    // as a trial (synthesis_inclusion).
    QList<SynthesisInclusionRecord> inclusions;
    QList<DiscrepancyRecord> discrepancies;
    QList<FieldProvenanceRecord> provenance; // of the study's, its arms' and its dosing's fields
};

struct OutcomeMeasureRecord
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString abbreviation;
    QString domain;
    QString direction; // 'higher_better', 'lower_better'
    QString shortName() const { return outcomeShortName(abbreviation, name); }
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
    bool isEnsemble = false;
    QString description;
    bool userRecord = false;
    int resultCount = 0;
    QList<StudyRef> studies; // the studies with a result on this outcome
};

struct MechanismTargetRecord
{
    qint64 targetId = 0;
    QString slug;
    QString name; // 'TNFα'
    QString kind; // 'cytokine', 'neurotrophin', ...
    QString description;
    QString direction; // 'up', 'down', 'mimics', ...
    QString quote;
    QString statementKind;   // 'verbatim', 'transcribed'
    QString statementWhere;  // 'summary of findings table', ...; null: not recorded
    bool userRecord = false; // the link (mechanism_target) is the user's
};

struct MechanismEvidenceRecord
{
    qint64 id = 0;
    std::optional<qint64> studyId;
    QString studySlug;
    QString studyName;
    std::optional<qint64> resultId;
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString support; // 'direct', 'indirect', 'asserted_only'
    QString note;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
};

struct MechanismRecord
{
    qint64 id = 0;
    QString slug;
    QString category;
    QString description;
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString quote;
    QString statementKind;  // 'verbatim', 'transcribed'
    QString statementWhere; // 'summary of findings table', ...; null: not recorded
    int sortOrder = 0;
    bool userRecord = false;
    QList<MechanismTargetRecord> targets;
    QList<MechanismEvidenceRecord> evidence;
};

struct ClaimRecord
{
    qint64 id = 0;
    QString slug;
    QString text;
    QString topic;
    QString kind; // 'quantitative', 'qualitative'
    std::optional<qint64> studyId;
    QString studySlug;
    QString studyName;
    std::optional<qint64> resultId;
    qint64 sourceId = 0;
    QString sourceShortLabel;
    QString verdict; // 'consistent', 'discrepant', 'unsupported', 'not_verified', 'overstated'
    QString verdictNote;
    int sortOrder = 0;
    std::optional<ResultRecord> result;     // filled by Catalogue::claim() only
    QList<DiscrepancyRecord> discrepancies; // filled by Catalogue::claim() only
};

// One full-text search hit.
struct SearchHit
{
    enum class Kind
    {
        Study,
        Outcome,
        Mechanism, // also found through its molecular targets
        Claim,
        Source,
    };
    Kind kind = Kind::Study;
    qint64 id = 0;
    QString slug;
    QString title;
    QString snippet; // text around the match, matches between the caller's markers
};

// 'study', 'outcome', 'mechanism', 'claim', 'source'.
QString searchHitKindKey(SearchHit::Kind kind);

// How many rows of each kind the catalogue holds (status bar, sanity checks).
struct CatalogueCounts
{
    int studies = 0;
    int outcomes = 0;
    int results = 0;
    int mechanisms = 0;
    int targets = 0;
    int claims = 0;
    int sources = 0;
    int discrepancies = 0;
    int dosingProtocols = 0;
};

} // namespace eb::catalogue

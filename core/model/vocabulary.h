#pragma once

// The catalogue's vocabulary: every enumerated key the schema allows (its CHECK lists, see
// db/schema/*.sql) with the translated words a reader sees for it, defined once. The GUI, the
// command line and the charts all name keys through here; tests/catalogue/vocabulary_test.cpp
// checks each list against the schema, so a key added to a CHECK list without a label here
// (or the other way round) fails the build's tests.
//
// This file needs Qt Core and eb_stats only (no SQL): it is its own library, eb_vocabulary,
// so that the charts can name metrics without linking the catalogue.
//
// An unknown key (a newer catalogue) is shown as it is, never guessed.

#include "stats/metric.h"

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace eb::catalogue::vocabulary {

// One enumerated kind of value; columns() names the schema columns that hold it.
enum class List
{
    SourceKind,      // source.kind
    Sponsorship,     // source.sponsorship, study.sponsorship
    Design,          // study.design
    Condition,       // study.condition
    Species,         // study.species
    StudySourceRole, // study_source.role
    Origin,          // 'reported' / 'derived' on results, arm summaries, dosing, provenance
    ArmRole,         // study_arm.role, arm_summary.arm_role, result.higher_favours
    Domain,          // outcome_measure.domain
    Direction,       // outcome_measure.direction (of benefit)
    Metric,          // result.metric (keys from stats::metricKey)
    TargetDirection, // mechanism_target.direction
    Support,         // mechanism_evidence.support
    Route,           // dosing_protocol.route
    Verdict,         // claim.verdict
    Topic,           // claim.topic
    TargetKind,      // molecular_target.kind
    StatementKind,   // statement_kind of every table with a provenance statement (db/schema/0005)
};

// Every list, for tests and tools.
std::span<const List> allLists();

// The keys in the schema's order.
QStringList keys(List list);
// "table.column" of each schema column whose CHECK list is exactly keys(list).
QStringList columns(List list);
// The translated label ("rct" -> "Randomised controlled trial"); an unknown key as it is.
QString label(List list, const QString &key);
// A shorter label for table cells ("Industry"); the label where the list has none.
QString shortLabel(List list, const QString &key);

// Shorthands, one per list, with the signature a lookup function pointer needs.
QString design(const QString &key);
QString condition(const QString &key);
QString species(const QString &key);
QString domain(const QString &key);
QString direction(const QString &key); // outcome direction of benefit
QString sponsorship(const QString &key);
QString sponsorshipShort(const QString &key); // "Industry", "Independent", "Unknown"
QString sourceKind(const QString &key);
QString verdict(const QString &key);
QString verdictShort(const QString &key); // one word, for table cells
QString origin(const QString &key);
QString support(const QString &key); // mechanism evidence support
QString armRole(const QString &key);
QString route(const QString &key);
QString studySourceRole(const QString &key);
QString targetDirectionWord(const QString &key); // "up", "mimics", ... (no arrow)
QString targetDirectionArrow(const QString &key); // "↑", "≈", ...; "↕" for modulates or unknown
QString topic(const QString &key);                // claim topic: "Stroke", "TBI", ...
QString statementKind(const QString &key);        // "Verbatim", "Transcribed"

// Keys the program's logic depends on, spelled here once (tests/catalogue/vocabulary_test.cpp
// fails when a key of a CHECK list is written as a literal anywhere else in app/ or core/).
namespace key {
inline constexpr QLatin1String stroke{"stroke"};
inline constexpr QLatin1String traumaticBrainInjury{"traumatic_brain_injury"};
inline constexpr QLatin1String human{"human"};
inline constexpr QLatin1String industry{"industry"};
inline constexpr QLatin1String independent{"independent"};
inline constexpr QLatin1String unknownSponsorship{"unknown"};
inline constexpr QLatin1String consistent{"consistent"};
inline constexpr QLatin1String discrepant{"discrepant"};
inline constexpr QLatin1String notVerified{"not_verified"};
inline constexpr QLatin1String overstated{"overstated"};
inline constexpr QLatin1String unsupported{"unsupported"};
inline constexpr QLatin1String lowerBetter{"lower_better"};
// Whose words a provenance statement is: the source's exact words, pasted (the only statements
// shown in quotation marks), or our wording of what the source reports (the safe default).
inline constexpr QLatin1String verbatim{"verbatim"};
inline constexpr QLatin1String transcribed{"transcribed"};
} // namespace key

// Records the user entered are marked wherever they are named (tables, details, chart labels),
// with these words, so they are never taken for the bundled sources' records.
QString userRecordNote();                                     // the mark said in full
QString markUserRecord(const QString &name, bool userRecord); // "CAPTAIN III (yours)"

// A meta-analysis, an IPD meta-analysis or a systematic review: a study of studies, whose
// participants overlap the trials'.
bool isSynthesisDesign(const QString &design);
// Safety, mortality, retention: outcomes that count harms rather than benefit.
bool isHarmDomain(const QString &domain);

// Metrics: the keys are stats::metricKey()'s; the words live here.
QString metricKey(stats::Metric metric);                        // "mw"
std::optional<stats::Metric> metricFromKey(const QString &key); // nothing for an unknown key
QString metric(stats::Metric metric);          // "Cohen's d", "Direction and p only"
QString metricShort(stats::Metric metric);     // "MW", "d", "OR"; "Effect" for None
QString metricAxisTitle(stats::Metric metric); // "Odds ratio (log scale)"
QString metricWords(stats::Metric metric);     // "risk ratio": in a sentence, never a key

// How a chart or the outcome matrix shows effects: each record on its own metric, or all
// converted to one common metric. The keys ("native", "mw", "d", "or") are what the command
// line, saved decks and the window's combo boxes store.
enum class DisplayMetric
{
    Native,
    Mw,
    D,
    Or,
};
std::span<const DisplayMetric> allDisplayMetrics();
QString displayMetricKey(DisplayMetric display);
// Case and surrounding spaces ignored; nothing for an unknown key.
std::optional<DisplayMetric> displayMetricFromKey(const QString &key);
QString displayMetricLabel(DisplayMetric display); // "Native metric", "Cohen's d", ...
QStringList displayMetricKeys();                   // "native|mw|d|or" in this order

} // namespace eb::catalogue::vocabulary

#pragma once

// The record kinds a user can add, edit, import and export, and the fields of each: the one
// home of which columns a form, a CSV template, a JSON record and check-db know about. Field
// names are the catalogue's column names, except that a reference names the other record by
// its slug ("study", not "study_id") and a result carries its two arm summaries as
// "treatment_*" and "control_*" fields. Plain data: no storage, Qt Core only.
//
// A record travels as Fields: field name -> the text as typed. A null or empty text is NULL
// ("not reported"); numbers stay text until they are validated (validation.h), so that the
// digits a source printed are kept as typed.

#include "model/vocabulary.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace eb::catalogue {

enum class RecordKind
{
    Source,
    Outcome,
    Study,
    Result,
    Arm,                // a study's arm (study_arm)
    Dosing,             // a dosing protocol
    Target,             // a molecular target
    Mechanism,          // a mechanism of action
    MechanismTarget,    // a target a mechanism names, with its direction
    SynthesisInclusion, // a trial a synthesis pooled for an outcome
};

enum class FieldType
{
    Text,
    Slug,      // lower-case words joined by hyphens: 'captain-ii'
    Integer,   // a whole number
    Real,      // a number in the C locale; its text as typed is kept beside the value
    Flag,      // 0 or 1
    Key,       // a key of a vocabulary list
    Doi,       // 10.NNNN/suffix
    Pmid,      // 1 to 9 digits
    Reference, // the slug of a record of another kind
};

// What a number must satisfy besides parsing.
enum class NumberRule
{
    Any,
    Positive,    // > 0 (N, centres, totals, SD)
    NonNegative, // >= 0 (events, days)
    Year,        // 1900..2100
    Percent,     // (0, 100): a CI level
    Probability, // (0, 1]: a p value
};

struct FieldSpec
{
    const char *name;
    FieldType type = FieldType::Text;
    bool required = false;
    NumberRule rule = NumberRule::Any;
    std::optional<vocabulary::List> list; // for Key
    std::optional<RecordKind> reference;  // for Reference
    const char *fallback = nullptr;       // stored when the field is blank (a schema default)
};

using Fields = QMap<QString, QString>;

// Every kind, in the order an import writes them (a record is written after those it names).
std::span<const RecordKind> allRecordKinds();
// "source", "outcome", "study", "result", "arm", "dosing", "target", "mechanism",
// "mechanism_target", "synthesis_inclusion": the --kind names and JSON section names.
QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(const QString &name);
QStringList recordKindNames(); // every kind's name, in import order
std::span<const FieldSpec> recordFields(RecordKind kind);
const FieldSpec *findField(RecordKind kind, const QString &name);
QStringList recordFieldNames(RecordKind kind);

// The two arms of a result: the prefixes of its arm fields and the arm_role keys they fill.
QStringList armRoles();                                   // 'treatment', 'control'
QString armField(const QString &role, const char *field); // ("control", "sd") -> "control_sd"
// label, n, mean, sd, events, total, quote, statement_kind, statement_where
QStringList armFieldSuffixes();
// Whether a result's fields hold an arm summary of `role` (any arm field but the kind).
bool hasArm(const Fields &fields, const QString &role);

// The provenance statements of a record kind: the field of the words, of their kind
// (verbatim or transcribed) and of where in the source they are (empty: the kind has none).
struct StatementFields
{
    QString words;
    QString kind;
    QString where;
};
QList<StatementFields> statementFields(RecordKind kind);

// True when a field holds nothing (NULL).
inline bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace eb::catalogue

#pragma once

// Where each field of recordfields.h lives in the schema: the table of a record kind, the id
// column of a reference, the *_text column that keeps a typed number (db/schema/0007). Internal
// to core/catalogue (the record repository and writer).

#include "model/recordfields.h"

#include <QString>

namespace eb::catalogue::tables {

inline QString of(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return QStringLiteral("source");
    case RecordKind::Outcome:
        return QStringLiteral("outcome_measure");
    case RecordKind::Study:
        return QStringLiteral("study");
    case RecordKind::Result:
        return QStringLiteral("result");
    case RecordKind::Arm:
        return QStringLiteral("study_arm");
    case RecordKind::Dosing:
        return QStringLiteral("dosing_protocol");
    case RecordKind::Target:
        return QStringLiteral("molecular_target");
    case RecordKind::Mechanism:
        return QStringLiteral("mechanism");
    case RecordKind::MechanismTarget:
        return QStringLiteral("mechanism_target");
    case RecordKind::SynthesisInclusion:
        return QStringLiteral("synthesis_inclusion");
    }
    return {};
}

// The column that names a row: `id`, except mechanism_target, whose key is its two
// references and whose rows the write API names by rowid (db/schema/0009).
inline QString idColumn(RecordKind kind)
{
    return kind == RecordKind::MechanismTarget ? QStringLiteral("rowid") : QStringLiteral("id");
}

// "study" -> "study_id", "primary_source" -> "primary_source_id".
inline QString referenceColumn(const QString &field)
{
    return field + QStringLiteral("_id");
}

inline QString textColumn(const QString &column)
{
    return column + QStringLiteral("_text");
}

// True for a result's treatment_* / control_* fields, stored in arm_summary.
inline bool isArmField(RecordKind kind, const QString &field)
{
    return kind == RecordKind::Result && (field.startsWith(QLatin1String("treatment_")) ||
                                          field.startsWith(QLatin1String("control_")));
}

} // namespace eb::catalogue::tables

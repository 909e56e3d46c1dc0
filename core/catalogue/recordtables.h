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
    }
    return {};
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
inline bool isArmField(const QString &field)
{
    return field.startsWith(QLatin1String("treatment_")) ||
           field.startsWith(QLatin1String("control_"));
}

} // namespace eb::catalogue::tables

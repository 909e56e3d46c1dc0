#pragma once

// The time course's data: one study's effects by timepoint.

#include "evidence/forestdata.h"
#include "evidence/timecoursespec.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::evidence {

// The time-course spec for one study's entries: outcomes with two or more timepoints, on their
// common native metric, or converted to MW when they differ.
std::optional<TimeCourseSpec> timeCourseFor(const QList<EffectEntry> &entries, QString *error);

} // namespace eb::evidence

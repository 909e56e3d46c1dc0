#pragma once

// What the study list's queries share with the matrix's order (studymatrixorder.cpp): the
// summary row's SELECT and reader, and the filter's WHERE conditions (over alias s). Internal
// to the catalogue layer.
#include "catalogue/statement.h"
#include "model/records.h"
#include "model/requests.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace eb::catalogue::studyrows {

QString summarySelect();
StudySummary readSummary(const Row &r);
// `*none`: the filter can match nothing (a search of punctuation only).
QStringList conditions(const StudyFilter &filter, QVariantList &binds, bool *none);

} // namespace eb::catalogue::studyrows

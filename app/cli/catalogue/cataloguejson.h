#pragma once

// JSON forms of the catalogue records, for `evidence catalogue ... --json`. Unknown values are
// JSON null (never NaN: the catalogue hands out finite numbers only).

#include "model/records.h"

#include <QJsonArray>
#include <QJsonObject>

namespace eb::cli {

QJsonObject toJson(const catalogue::SourceRecord &source);
QJsonObject toJson(const catalogue::StudySummary &study);
QJsonObject toJson(const catalogue::StudyDetail &study);
QJsonObject toJson(const catalogue::ResultRecord &result);
QJsonObject toJson(const catalogue::OutcomeMeasureRecord &outcome);
QJsonObject toJson(const catalogue::MechanismRecord &mechanism);
QJsonObject toJson(const catalogue::ClaimRecord &claim);
QJsonObject toJson(const catalogue::DosingRecord &dosing);
QJsonObject toJson(const catalogue::DiscrepancyRecord &discrepancy);
QJsonObject toJson(const catalogue::SearchHit &hit);

template <typename T> QJsonArray toJsonArray(const QList<T> &records)
{
    QJsonArray array;
    for (const T &record : records) {
        array.append(toJson(record));
    }
    return array;
}

} // namespace eb::cli

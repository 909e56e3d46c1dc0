#pragma once

#include "model/records.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

// A catalogue result named by what it is, never by its numbers or its row id: the study, the
// outcome measure, the timepoint, the source and the metric, all as the catalogue spells them.
// Decks and the lab's presets keep keys; the numbers are read from the catalogue every time.
namespace eb::lecture {

struct ResultKey
{
    QString study;     // study slug
    QString outcome;   // outcome measure slug
    QString timepoint; // as stored ("day 90"); may be empty
    QString source;    // source slug
    QString metric;    // metric key ("mw", "d", "smd", "or", ...)
    // The value is Hedges' g worked out from the result's arm summaries, not the result's
    // own estimate (e.g. Chen 2013's CASI change scores).
    bool fromArms = false;

    bool operator==(const ResultKey &other) const = default;
    QString text() const; // "captain-ii / captain-ensemble / day 90 / muresanu-2020 / mw"
};

// The catalogue's metric key of a result (one place that knows how ResultRecord stores it).
QString resultMetricKey(const catalogue::ResultRecord &result);

ResultKey resultKeyOf(const catalogue::ResultRecord &result, bool fromArms = false);

// The result a key names, or nothing when the catalogue no longer holds it.
std::optional<catalogue::ResultRecord> findResult(const catalogue::CatalogueReader &catalogue,
                                                  const ResultKey &key);

QJsonObject resultKeyToJson(const ResultKey &key);
// Strict: every field a string, study, outcome, source and metric not empty; *error names the
// field ("result.study: ...").
std::optional<ResultKey> resultKeyFromJson(const QJsonObject &object, const QString &where,
                                           QString *error);

} // namespace eb::lecture

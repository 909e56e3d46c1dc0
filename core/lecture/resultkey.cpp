#include "lecture/resultkey.h"

#include "model/cataloguereader.h"
#include "stats/metric.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::ResultKey", text);
}

} // namespace

QString ResultKey::text() const
{
    QStringList parts{study, outcome, timepoint, source, metric};
    parts.removeAll(QString());
    QString out = parts.join(QStringLiteral(" / "));
    if (fromArms) {
        out += QLatin1Char(' ') + tr("(arm summaries)");
    }
    return out;
}

QString resultMetricKey(const catalogue::ResultRecord &result)
{
    const std::string_view key = stats::metricKey(result.metric);
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

ResultKey resultKeyOf(const catalogue::ResultRecord &result, bool fromArms)
{
    return {result.studySlug,  result.outcomeSlug,      result.timepoint,
            result.sourceSlug, resultMetricKey(result), fromArms};
}

std::optional<catalogue::ResultRecord> findResult(const catalogue::CatalogueReader &catalogue,
                                                  const ResultKey &key)
{
    catalogue::ResultFilter filter;
    filter.studySlug = key.study;
    filter.outcomeSlug = key.outcome;
    for (const catalogue::ResultRecord &result : catalogue.results(filter)) {
        if (result.studySlug == key.study && result.outcomeSlug == key.outcome &&
            result.timepoint == key.timepoint && result.sourceSlug == key.source &&
            resultMetricKey(result) == key.metric) {
            return result;
        }
    }
    return std::nullopt;
}

QJsonObject resultKeyToJson(const ResultKey &key)
{
    QJsonObject object{{QStringLiteral("study"), key.study},
                       {QStringLiteral("outcome"), key.outcome},
                       {QStringLiteral("timepoint"), key.timepoint},
                       {QStringLiteral("source"), key.source},
                       {QStringLiteral("metric"), key.metric}};
    if (key.fromArms) {
        object.insert(QStringLiteral("from"), QStringLiteral("arm-summaries"));
    }
    return object;
}

std::optional<ResultKey> resultKeyFromJson(const QJsonObject &object, const QString &where,
                                           QString *error)
{
    ResultKey key;
    const std::pair<const char *, QString *> fields[] = {{"study", &key.study},
                                                         {"outcome", &key.outcome},
                                                         {"timepoint", &key.timepoint},
                                                         {"source", &key.source},
                                                         {"metric", &key.metric}};
    for (const auto &[name, target] : fields) {
        const QString field = QString::fromLatin1(name);
        const QJsonValue value = object.value(field);
        if (value.isUndefined() && field == QLatin1String("timepoint")) {
            continue;
        }
        if (!value.isString()) {
            *error = tr("%1.%2: expected a string").arg(where, field);
            return std::nullopt;
        }
        *target = value.toString();
        if (target->trimmed().isEmpty() && field != QLatin1String("timepoint")) {
            *error = tr("%1.%2: must not be empty").arg(where, field);
            return std::nullopt;
        }
    }
    const QJsonValue from = object.value(QStringLiteral("from"));
    if (!from.isUndefined()) {
        if (from.toString() != QLatin1String("arm-summaries")) {
            *error = tr("%1.from: expected \"arm-summaries\"").arg(where);
            return std::nullopt;
        }
        key.fromArms = true;
    }
    return key;
}

} // namespace eb::lecture

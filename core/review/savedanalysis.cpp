#include "review/savedanalysis.h"

#include "output/boundedread.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace eb::review {
namespace {

constexpr qint64 kMaxBytes =
    qint64{64} * 1024 * 1024; // thousands of analyses; never a device read whole

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::SavedAnalysis", text);
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<double> optional(const QJsonValue &v)
{
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

} // namespace

SavedAnalysis savedAnalysisFrom(const QString &name, const ResultPool &pool)
{
    SavedAnalysis a;
    a.name = name;
    a.saved = QDateTime::currentDateTimeUtc();
    for (const PooledRow &row : pool.rows) {
        a.resultIds << row.result.id;
        if (row.flipped) {
            a.flippedIds << row.result.id;
        }
    }
    a.method = pool.countsMethod != CountsMethod::None
                   ? countsMethodKey(pool.countsMethod)
                   : QString::fromLatin1(eb::stats::poolMethodKey(pool.engine.method).data());
    a.knappHartung = pool.engine.knappHartung;
    a.metric = QString::fromLatin1(eb::stats::metricKey(pool.displayMetric).data());
    a.estimate = pool.estimate;
    a.ciLow = pool.ciLow;
    a.ciHigh = pool.ciHigh;
    a.piLow = pool.piLow;
    a.piHigh = pool.piHigh;
    a.i2 = pool.engine.i2;
    for (const PoolIssue &w : pool.warnings) {
        a.warnings << w.message;
    }
    return a;
}

bool loadAnalyses(const QString &path, QList<SavedAnalysis> *analyses, QString *error)
{
    analyses->clear();
    if (!QFileInfo::exists(path)) {
        return true;
    }
    const std::optional<QByteArray> data = eb::output::readBounded(path, kMaxBytes, error);
    if (!data) {
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = tr("%1 is not a list of saved analyses").arg(QFileInfo(path).fileName());
        return false;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        SavedAnalysis a;
        a.name = o.value(QStringLiteral("name")).toString();
        a.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        for (const QJsonValue &id : o.value(QStringLiteral("result_ids")).toArray()) {
            a.resultIds << id.toInteger();
        }
        for (const QJsonValue &id : o.value(QStringLiteral("flipped_ids")).toArray()) {
            a.flippedIds << id.toInteger();
        }
        a.method = o.value(QStringLiteral("method")).toString();
        a.knappHartung = o.value(QStringLiteral("knha")).toBool();
        a.metric = o.value(QStringLiteral("metric")).toString();
        a.estimate = o.value(QStringLiteral("estimate")).toDouble();
        a.ciLow = o.value(QStringLiteral("ci_low")).toDouble();
        a.ciHigh = o.value(QStringLiteral("ci_high")).toDouble();
        a.piLow = optional(o.value(QStringLiteral("pi_low")));
        a.piHigh = optional(o.value(QStringLiteral("pi_high")));
        a.i2 = o.value(QStringLiteral("i2")).toDouble();
        for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray()) {
            a.warnings << w.toString();
        }
        if (!a.name.isEmpty() && !a.resultIds.isEmpty()) {
            analyses->append(a);
        }
    }
    return true;
}

bool saveAnalyses(const QString &path, const QList<SavedAnalysis> &analyses, QString *error)
{
    QJsonArray array;
    for (const SavedAnalysis &a : analyses) {
        QJsonArray ids;
        for (qint64 id : a.resultIds) {
            ids.append(id);
        }
        QJsonArray flipped;
        for (qint64 id : a.flippedIds) {
            flipped.append(id);
        }
        array.append(
            QJsonObject{{QStringLiteral("name"), a.name},
                        {QStringLiteral("saved"), a.saved.toString(Qt::ISODate)},
                        {QStringLiteral("result_ids"), ids},
                        {QStringLiteral("flipped_ids"), flipped},
                        {QStringLiteral("method"), a.method},
                        {QStringLiteral("knha"), a.knappHartung},
                        {QStringLiteral("metric"), a.metric},
                        {QStringLiteral("estimate"), a.estimate},
                        {QStringLiteral("ci_low"), a.ciLow},
                        {QStringLiteral("ci_high"), a.ciHigh},
                        {QStringLiteral("pi_low"), optional(a.piLow)},
                        {QStringLiteral("pi_high"), optional(a.piHigh)},
                        {QStringLiteral("i2"), a.i2},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings)}});
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return eb::output::writeFile(path, QJsonDocument(array).toJson(QJsonDocument::Indented), error);
}

bool storeAnalysis(const QString &path, const SavedAnalysis &analysis, QString *error)
{
    QList<SavedAnalysis> all;
    if (!loadAnalyses(path, &all, error)) {
        return false;
    }
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const SavedAnalysis &a) { return a.name == analysis.name; });
    if (it != all.end()) {
        *it = analysis;
    } else {
        all.append(analysis);
    }
    return saveAnalyses(path, all, error);
}

} // namespace eb::review

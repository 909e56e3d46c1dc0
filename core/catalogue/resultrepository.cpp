#include "catalogue/resultrepository.h"

#include "catalogue/searchquery.h"
#include "catalogue/searchrepository.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

namespace eb::catalogue {
namespace {

const QString kResultSelect = QStringLiteral(
    "SELECT r.*, s.slug AS study_slug, s.name AS study_name, o.slug AS outcome_slug, "
    "o.name AS outcome_name, o.abbreviation AS outcome_abbreviation, "
    "o.domain AS outcome_domain, o.direction AS outcome_direction, "
    "o.is_ensemble AS outcome_is_ensemble, src.slug AS source_slug, "
    "src.short_label AS source_short_label, src.doi AS source_doi, src.pmid AS source_pmid "
    "FROM result r JOIN study s ON s.id = r.study_id "
    "JOIN outcome_measure o ON o.id = r.outcome_id JOIN source src ON src.id = r.source_id");

ResultRecord readResult(const Row &r)
{
    ResultRecord x;
    x.id = r.id(QStringLiteral("id"));
    x.studyId = r.id(QStringLiteral("study_id"));
    x.studySlug = r.text(QStringLiteral("study_slug"));
    x.studyName = r.text(QStringLiteral("study_name"));
    x.outcomeId = r.id(QStringLiteral("outcome_id"));
    x.outcomeSlug = r.text(QStringLiteral("outcome_slug"));
    x.outcomeName = r.text(QStringLiteral("outcome_name"));
    x.outcomeAbbreviation = r.text(QStringLiteral("outcome_abbreviation"));
    x.outcomeDomain = r.text(QStringLiteral("outcome_domain"));
    x.outcomeDirection = r.text(QStringLiteral("outcome_direction"));
    x.outcomeIsEnsemble = r.flag(QStringLiteral("outcome_is_ensemble"));
    x.sourceId = r.id(QStringLiteral("source_id"));
    x.sourceSlug = r.text(QStringLiteral("source_slug"));
    x.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    x.sourceDoi = r.text(QStringLiteral("source_doi"));
    x.sourcePmid = r.text(QStringLiteral("source_pmid"));
    x.timepoint = r.text(QStringLiteral("timepoint"));
    x.timepointDays = r.optInt(QStringLiteral("timepoint_days"));
    x.population = r.text(QStringLiteral("population"));
    x.comparison = r.text(QStringLiteral("comparison"));
    // The one place a metric key becomes a stats::Metric.
    x.metric =
        vocabulary::metricFromKey(r.text(QStringLiteral("metric"))).value_or(stats::Metric::None);
    x.estimate = r.optDouble(QStringLiteral("estimate"));
    x.ciLow = r.optDouble(QStringLiteral("ci_low"));
    x.ciHigh = r.optDouble(QStringLiteral("ci_high"));
    x.ciLevel = r.optDouble(QStringLiteral("ci_level"));
    x.pOperator = r.text(QStringLiteral("p_operator"));
    x.pValue = r.optDouble(QStringLiteral("p_value"));
    x.n = r.optInt(QStringLiteral("n"));
    x.estimateDecimals = r.optInt(QStringLiteral("estimate_decimals"));
    x.ciLowDecimals = r.optInt(QStringLiteral("ci_low_decimals"));
    x.ciHighDecimals = r.optInt(QStringLiteral("ci_high_decimals"));
    x.pDecimals = r.optInt(QStringLiteral("p_decimals"));
    x.higherFavours = r.text(QStringLiteral("higher_favours"));
    x.statisticalMethod = r.text(QStringLiteral("statistical_method"));
    x.origin = r.text(QStringLiteral("origin"));
    x.derivation = r.text(QStringLiteral("derivation"));
    x.derivedFromId = r.optId(QStringLiteral("derived_from_id"));
    x.quote = r.text(QStringLiteral("quote"));
    x.statementKind = r.text(QStringLiteral("statement_kind"));
    x.statementWhere = r.text(QStringLiteral("statement_where"));
    x.note = r.text(QStringLiteral("note"));
    x.userRecord = r.flag(QStringLiteral("user_record"));
    return x;
}

const QString kArmSummarySelect =
    QStringLiteral("SELECT a.*, src.short_label AS source_short_label FROM arm_summary a "
                   "JOIN source src ON src.id = a.source_id");

ArmSummaryRecord readArmSummary(const Row &r)
{
    ArmSummaryRecord a;
    a.id = r.id(QStringLiteral("id"));
    a.resultId = r.id(QStringLiteral("result_id"));
    a.armRole = r.text(QStringLiteral("arm_role"));
    a.label = r.text(QStringLiteral("label"));
    a.n = r.optInt(QStringLiteral("n"));
    a.mean = r.optDouble(QStringLiteral("mean"));
    a.sd = r.optDouble(QStringLiteral("sd"));
    a.meanDecimals = r.optInt(QStringLiteral("mean_decimals"));
    a.sdDecimals = r.optInt(QStringLiteral("sd_decimals"));
    a.events = r.optInt(QStringLiteral("events"));
    a.total = r.optInt(QStringLiteral("total"));
    a.sourceId = r.id(QStringLiteral("source_id"));
    a.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    a.quote = r.text(QStringLiteral("quote"));
    a.statementKind = r.text(QStringLiteral("statement_kind"));
    a.statementWhere = r.text(QStringLiteral("statement_where"));
    a.origin = r.text(QStringLiteral("origin"));
    return a;
}

} // namespace

// The filter's conditions (not its page) as " WHERE ..." over alias r, its binds appended;
// false when the filter can match nothing.
bool ResultRepository::whereOf(const ResultFilter &filter, QString *whereSql, QVariantList &binds)
{
    // Every filter is a condition on the result row itself (the study and outcome ones as
    // IN-subqueries), so SQLite walks the result_study / result_outcome indexes instead of
    // scanning every result, and the arm-summary query can reuse the same WHERE without joins.
    // Column names come from these fixed strings; values are bound.
    QStringList where;
    const auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        binds << value;
    };
    if (filter.studyId) {
        add(QStringLiteral("r.study_id = ?"), *filter.studyId);
    }
    if (filter.afterId != 0) {
        add(QStringLiteral("r.id > ?"), filter.afterId);
    }
    if (!filter.studyIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.studyIds) {
            ids << QString::number(id);
        }
        // One bound JSON array, however many ids (SQLite limits the number of `?`).
        add(QStringLiteral("r.study_id IN (SELECT value FROM json_each(?))"),
            QStringLiteral("[%1]").arg(ids.join(QLatin1Char(','))));
    }
    if (!filter.design.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE design = ?)"), filter.design);
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = ftsQueryFromUserText(filter.text);
        if (match.isEmpty()) {
            return false; // only punctuation: nothing can match
        }
        // A result has no document of its own: its study's (which holds its results' text),
        // its outcome measure's and its source's.
        where << QStringLiteral("(r.study_id IN (%1) OR r.outcome_id IN (%2) OR "
                                "r.source_id IN (%3))")
                     .arg(SearchRepository::idsMatchingSql(SearchHit::Kind::Study),
                          SearchRepository::idsMatchingSql(SearchHit::Kind::Outcome),
                          SearchRepository::idsMatchingSql(SearchHit::Kind::Source));
        binds << match << match << match;
    }
    if (!filter.studySlug.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE slug = ?)"),
            filter.studySlug);
    }
    if (!filter.outcomeSlug.isEmpty()) {
        add(QStringLiteral("r.outcome_id IN (SELECT id FROM outcome_measure WHERE slug = ?)"),
            filter.outcomeSlug);
    }
    if (!filter.domain.isEmpty()) {
        add(QStringLiteral("r.outcome_id IN (SELECT id FROM outcome_measure WHERE domain = ?)"),
            filter.domain);
    }
    if (!filter.metric.isEmpty()) {
        add(QStringLiteral("r.metric = ?"), filter.metric);
    }
    if (!filter.condition.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE condition = ?)"),
            filter.condition);
    }
    if (!filter.species.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE species = ?)"),
            filter.species);
    }
    *whereSql = where.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return true;
}

QList<ResultRecord> ResultRepository::matching(const ResultFilter &filter) const
{
    QString whereSql;
    QVariantList binds;
    if (!whereOf(filter, &whereSql, binds)) {
        return {};
    }
    // Catalogue order (the seed groups results by study); tables sort for themselves.
    QVariantList pageBinds = binds;
    const QString page = QStringLiteral(" ORDER BY r.id") +
                         Database::pageClause(filter.limit, filter.offset, pageBinds);
    auto results = m_db.list<ResultRecord>(kResultSelect + whereSql + page, pageBinds, readResult);
    attachArmSummaries(results, QStringLiteral("SELECT r.id FROM result r") + whereSql + page,
                       pageBinds);
    return results;
}

QList<ResultRecord> ResultRepository::outcomeTimepoints(const ResultFilter &filter) const
{
    QString whereSql;
    QVariantList binds;
    if (!whereOf(filter, &whereSql, binds)) {
        return {};
    }
    // Each pair's first result, as a reader of the whole list in catalogue order meets it. No
    // timepoint and an empty one are one column ("not stated"). The pairs are grouped over the
    // result rows alone (the filter is on them), unfiltered from the index
    // result_outcome_timepoint (0015), and only each pair's first is joined: grouping the
    // joined rows of a million results took about a second.
    const QString firsts = QStringLiteral("SELECT min(r.id) FROM result r") + whereSql +
                           QStringLiteral(" GROUP BY r.outcome_id, ifnull(r.timepoint, '')");
    return m_db.list<ResultRecord>(kResultSelect + QStringLiteral(" WHERE r.id IN (") + firsts +
                                       QStringLiteral(") ORDER BY r.id"),
                                   binds, readResult);
}

std::optional<ResultRecord> ResultRepository::byId(qint64 id) const
{
    auto results = m_db.list<ResultRecord>(kResultSelect + QStringLiteral(" WHERE r.id = ?"), {id},
                                           readResult);
    if (results.isEmpty()) {
        return std::nullopt;
    }
    attachArmSummaries(results, QStringLiteral("SELECT ?"), {id});
    return results.first();
}

QList<ResultRecord> ResultRepository::ofStudy(qint64 studyId) const
{
    const QVariantList id{studyId};
    auto results = m_db.list<ResultRecord>(
        kResultSelect + QStringLiteral(" WHERE r.study_id = ? ORDER BY r.id"), id, readResult);
    attachArmSummaries(results, QStringLiteral("SELECT id FROM result WHERE study_id = ?"), id);
    return results;
}

void ResultRepository::attachArmSummaries(QList<ResultRecord> &results,
                                          const QString &resultIdSubquery,
                                          const QVariantList &binds) const
{
    if (results.isEmpty()) {
        return;
    }
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < results.size(); ++i) {
        index.insert(results.at(i).id, i);
    }
    const auto arms = m_db.list<ArmSummaryRecord>(
        kArmSummarySelect + QStringLiteral(" WHERE a.result_id IN (") + resultIdSubquery +
            QStringLiteral(") ORDER BY a.result_id, a.id"),
        binds, readArmSummary);
    for (const ArmSummaryRecord &arm : arms) {
        const auto it = index.constFind(arm.resultId);
        if (it != index.constEnd()) {
            results[*it].arms.append(arm);
        }
    }
    // Treatment arm first, then catalogue order; sorted here, per result, because an
    // ORDER BY on arm_role would make SQLite sort every arm summary of the list.
    for (ResultRecord &r : results) {
        std::stable_sort(r.arms.begin(), r.arms.end(),
                         [](const ArmSummaryRecord &a, const ArmSummaryRecord &b) {
                             return a.armRole == QLatin1String("treatment") &&
                                    b.armRole != QLatin1String("treatment");
                         });
    }
}

} // namespace eb::catalogue

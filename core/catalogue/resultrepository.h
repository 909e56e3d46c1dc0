#pragma once

// Results with their arm summaries. One of the repositories behind the Catalogue facade: SQL
// in, records.h values out (see database.h).

#include "catalogue/database.h"
#include "model/records.h"

#include <optional>

namespace eb::catalogue {

class ResultRepository
{
public:
    explicit ResultRepository(const Database &db) : m_db(db) {}

    QList<ResultRecord> matching(const ResultFilter &filter) const; // catalogue order
    // One result (without arm summaries) per outcome measure and timepoint among those the
    // filter selects, the first of each in catalogue order (the outcome matrix's columns).
    QList<ResultRecord> outcomeTimepoints(const ResultFilter &filter) const;
    std::optional<ResultRecord> byId(qint64 id) const;
    QList<ResultRecord> ofStudy(qint64 studyId) const;

private:
    static bool whereOf(const ResultFilter &filter, QString *whereSql, QVariantList &binds);
    // Fills the arm summaries of `results` from one query over the given result-id subquery.
    void attachArmSummaries(QList<ResultRecord> &results, const QString &resultIdSubquery,
                            const QVariantList &binds) const;

    const Database &m_db;
};

} // namespace eb::catalogue

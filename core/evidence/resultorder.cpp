#include "evidence/resultorder.h"

#include "model/records.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <tuple>

namespace eb::evidence {

QList<qsizetype> readingOrder(const QList<eb::catalogue::ResultRecord> &results)
{
    QHash<QString, int> studyOrder;
    QHash<QString, int> outcomeOrder;
    const auto orderOf = [](QHash<QString, int> &orders, const QString &key) {
        if (!orders.contains(key)) {
            orders.insert(key, static_cast<int>(orders.size()));
        }
        return orders.value(key);
    };
    struct Key
    {
        int study;
        int outcome;
        int days;
    };
    QList<Key> keys;
    keys.reserve(results.size());
    for (const eb::catalogue::ResultRecord &r : results) {
        keys << Key{orderOf(studyOrder, r.studySlug), orderOf(outcomeOrder, r.outcomeSlug),
                    r.timepointDays.value_or(INT_MAX)};
    }
    QList<qsizetype> index(results.size());
    for (qsizetype i = 0; i < index.size(); ++i) {
        index[i] = i;
    }
    std::stable_sort(index.begin(), index.end(), [&](qsizetype a, qsizetype b) {
        const Key &x = keys.at(a);
        const Key &y = keys.at(b);
        return std::tie(x.study, x.outcome, x.days) < std::tie(y.study, y.outcome, y.days);
    });
    return index;
}

QList<eb::catalogue::ResultRecord> inReadingOrder(QList<eb::catalogue::ResultRecord> results)
{
    QList<eb::catalogue::ResultRecord> sorted;
    sorted.reserve(results.size());
    for (const qsizetype i : readingOrder(results)) {
        sorted << std::move(results[i]);
    }
    return sorted;
}

} // namespace eb::evidence

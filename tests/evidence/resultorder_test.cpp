// The one reading order of results (evidence::inReadingOrder): the Chart tab's rows and the
// detail pane's table.
#include "evidence/resultorder.h"
#include "model/records.h"

#include <gtest/gtest.h>

namespace {

using eb::catalogue::ResultRecord;

ResultRecord result(qint64 id, const char *study, const char *outcome, std::optional<int> days)
{
    ResultRecord r;
    r.id = id;
    r.studySlug = QString::fromLatin1(study);
    r.outcomeSlug = QString::fromLatin1(outcome);
    r.timepointDays = days;
    return r;
}

QList<qint64> ids(const QList<ResultRecord> &results)
{
    QList<qint64> out;
    for (const ResultRecord &r : results) {
        out << r.id;
    }
    return out;
}

} // namespace

TEST(ResultOrder, ByStudyThenOutcomeAsFirstNamedThenByTime)
{
    const QList<ResultRecord> given{result(1, "b", "x", 90), result(2, "a", "y", 30),
                                    result(3, "b", "x", 10), result(4, "b", "z", std::nullopt),
                                    result(5, "b", "z", 5),  result(6, "a", "y", 10),
                                    result(7, "b", "x", 90)};
    // Study b (named first), its outcome x (day 10, then both day 90 as given), then z (day 5,
    // then the one without a time); then study a (day 10 before day 30).
    EXPECT_EQ(ids(eb::evidence::inReadingOrder(given)), (QList<qint64>{3, 1, 7, 5, 4, 6, 2}));
    EXPECT_TRUE(eb::evidence::inReadingOrder({}).isEmpty());
}

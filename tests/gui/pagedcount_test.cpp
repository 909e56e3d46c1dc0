// A paged table whose count is costly (a search's hits) shows its first page at once and
// counts once typing pauses (PageSource::countLater): meanwhile it says "at least" the rows it
// holds, never more than the list has, and it can fetch on; then the exact count. A short
// first page is the whole list and needs no count at all.
#include "gui/models/labels.h"
#include "gui/models/studytablemodel.h"

#include <QPromise>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace {

using namespace eb;
using gui::StudyTableModel;

// A list of `size` studies in id order, with how often it was counted.
struct FakeList
{
    int size = 0;
    int counted = 0;

    gui::PageSource<catalogue::StudySummary> source(bool countLater)
    {
        gui::PageSource<catalogue::StudySummary> s;
        s.page = [this](int, Qt::SortOrder, qint64 afterId, int limit) {
            QList<catalogue::StudySummary> page;
            for (qint64 id = afterId + 1; id <= size && page.size() < limit; ++id) {
                catalogue::StudySummary study;
                study.id = id;
                study.slug = QStringLiteral("s%1").arg(id);
                study.name = QStringLiteral("Study %1").arg(id);
                page << study;
            }
            return page;
        };
        s.count = [this] {
            ++counted;
            return size;
        };
        s.rowOf = [this](int, Qt::SortOrder, const QString &slug) {
            const int id = slug.mid(1).toInt();
            return id >= 1 && id <= size ? id - 1 : -1;
        };
        s.countLater = countLater;
        return s;
    }
};

} // namespace

TEST(PagedCount, ASearchIsCountedAfterItsFirstPageAndSaysAtLeastMeanwhile)
{
    FakeList list{1000};
    StudyTableModel model;
    int changes = 0;
    model.setTotalChangedHandler([&changes] { ++changes; });
    model.setSource(list.source(true));
    EXPECT_EQ(list.counted, 0); // the keystroke did not count
    EXPECT_FALSE(model.totalIsExact());
    EXPECT_EQ(model.totalRows(), StudyTableModel::kPageRows); // a lower bound, and true
    EXPECT_EQ(gui::labels::rowCount(model.totalRows(), model.totalIsExact()),
              QStringLiteral("at least 256"));
    EXPECT_TRUE(model.canFetchMore({}));
    // Typing pauses: the exact count.
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.totalIsExact(); }, 5000));
    EXPECT_EQ(list.counted, 1);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(model.totalRows(), 1000);
    EXPECT_EQ(gui::labels::rowCount(model.totalRows(), model.totalIsExact()),
              QStringLiteral("1000"));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.slugAt(999), QStringLiteral("s1000"));
}

TEST(PagedCount, ANewSearchDropsTheCountOfTheOldOne)
{
    FakeList first{1000};
    FakeList second{300};
    StudyTableModel model;
    model.setSource(first.source(true));
    model.setSource(second.source(true)); // typed on before the pause
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.totalIsExact(); }, 5000));
    QTest::qWait(2 * StudyTableModel::kCountDelayMs);
    EXPECT_EQ(first.counted, 0);
    EXPECT_EQ(second.counted, 1);
    EXPECT_EQ(model.totalRows(), 300);
}

TEST(PagedCount, FetchingToTheEndCountsWithoutACount)
{
    FakeList list{600};
    StudyTableModel model;
    int changes = 0;
    model.setTotalChangedHandler([&changes] { ++changes; });
    model.setSource(list.source(true));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalRows(), 600);
    EXPECT_EQ(model.rowCount(), 600);
    EXPECT_EQ(changes, 1);
    QTest::qWait(2 * StudyTableModel::kCountDelayMs);
    EXPECT_EQ(list.counted, 0); // the rows told
}

TEST(PagedCount, AShortFirstPageIsTheWholeListAndAnUnsearchedListIsCountedAtOnce)
{
    FakeList shortList{40};
    StudyTableModel model;
    model.setSource(shortList.source(true));
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalRows(), 40);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(shortList.counted, 0);

    FakeList whole{5000};
    model.setSource(whole.source(false));
    EXPECT_TRUE(model.totalIsExact());
    EXPECT_EQ(model.totalRows(), 5000);
    EXPECT_EQ(whole.counted, 1);
}

namespace {

// Counts made "off the GUI thread" that the test hands back when it chooses
// (PageSource::countInBackground): each request is a promise the test fulfils.
struct LaterCounts
{
    QList<std::shared_ptr<QPromise<int>>> asked;

    std::function<QFuture<int>()> counter()
    {
        return [this] {
            auto promise = std::make_shared<QPromise<int>>();
            promise->start();
            asked << promise;
            return promise->future();
        };
    }

    static void deliver(QPromise<int> &promise, int rows)
    {
        promise.addResult(rows);
        promise.finish();
    }
};

} // namespace

TEST(PagedCount, ACountMadeElsewhereArrivesAfterThePauseAndNothingCountsOnTheGuiThread)
{
    FakeList list{1000};
    LaterCounts later;
    StudyTableModel model;
    gui::PageSource<catalogue::StudySummary> source = list.source(true);
    source.countInBackground = later.counter();
    model.setSource(source);
    EXPECT_TRUE(later.asked.isEmpty()); // not on the keystroke
    ASSERT_TRUE(QTest::qWaitFor([&later] { return later.asked.size() == 1; }, 5000));
    EXPECT_FALSE(model.totalIsExact()); // still counting: "at least 256"
    EXPECT_EQ(model.totalRows(), StudyTableModel::kPageRows);
    LaterCounts::deliver(*later.asked.at(0), 1000);
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.totalIsExact(); }, 5000));
    EXPECT_EQ(model.totalRows(), 1000);
    EXPECT_EQ(list.counted, 0);
}

TEST(PagedCount, ACountArrivingForAnOlderSearchIsIgnored)
{
    FakeList first{1000};
    FakeList second{300};
    LaterCounts later;
    StudyTableModel model;
    int changes = 0;
    model.setTotalChangedHandler([&changes] { ++changes; });
    gui::PageSource<catalogue::StudySummary> older = first.source(true);
    older.countInBackground = later.counter();
    model.setSource(older);
    ASSERT_TRUE(QTest::qWaitFor([&later] { return later.asked.size() == 1; }, 5000));
    // Typed on while the first search was being counted.
    gui::PageSource<catalogue::StudySummary> newer = second.source(true);
    newer.countInBackground = later.counter();
    model.setSource(newer);
    ASSERT_TRUE(QTest::qWaitFor([&later] { return later.asked.size() == 2; }, 5000));
    // The older count arrives after the newer search was typed: it is not the newer's.
    LaterCounts::deliver(*later.asked.at(0), 1000);
    QTest::qWait(50);
    EXPECT_FALSE(model.totalIsExact());
    EXPECT_EQ(model.totalRows(), StudyTableModel::kPageRows);
    EXPECT_EQ(changes, 0);
    LaterCounts::deliver(*later.asked.at(1), 300);
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.totalIsExact(); }, 5000));
    EXPECT_EQ(model.totalRows(), 300);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(first.counted + second.counted, 0);
}

TEST(PagedCount, ANewerCountArrivingFirstIsKeptWhenTheOlderOneFollows)
{
    FakeList first{1000};
    FakeList second{300};
    LaterCounts later;
    StudyTableModel model;
    gui::PageSource<catalogue::StudySummary> older = first.source(true);
    older.countInBackground = later.counter();
    model.setSource(older);
    ASSERT_TRUE(QTest::qWaitFor([&later] { return later.asked.size() == 1; }, 5000));
    gui::PageSource<catalogue::StudySummary> newer = second.source(true);
    newer.countInBackground = later.counter();
    model.setSource(newer);
    ASSERT_TRUE(QTest::qWaitFor([&later] { return later.asked.size() == 2; }, 5000));
    LaterCounts::deliver(*later.asked.at(1), 300);
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.totalIsExact(); }, 5000));
    LaterCounts::deliver(*later.asked.at(0), 1000);
    QTest::qWait(50);
    EXPECT_EQ(model.totalRows(), 300);
}

TEST(PagedCount, ACountThatCouldNotBeMadeElsewhereIsMadeHere)
{
    FakeList list{1000};
    LaterCounts later;
    StudyTableModel model;
    gui::PageSource<catalogue::StudySummary> source = list.source(true);
    source.countInBackground = later.counter();
    model.setSource(source);
    ASSERT_TRUE(QTest::qWaitFor([&later] { return later.asked.size() == 1; }, 5000));
    later.asked.at(0)->finish(); // no result: the file could not be opened there
    EXPECT_TRUE(QTest::qWaitFor([&model] { return model.totalIsExact(); }, 5000));
    EXPECT_EQ(model.totalRows(), 1000);
    EXPECT_EQ(list.counted, 1);
}

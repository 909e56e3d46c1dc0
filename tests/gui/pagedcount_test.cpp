// A paged table whose count is costly (a search's hits) shows its first page at once and
// counts once typing pauses (PageSource::countLater): meanwhile it says "at least" the rows it
// holds, never more than the list has, and it can fetch on; then the exact count. A short
// first page is the whole list and needs no count at all.
#include "gui/models/labels.h"
#include "gui/models/studytablemodel.h"

#include <QTest>
#include <gtest/gtest.h>

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

// The counting thread of a search's hits (BackgroundCount): the count is the GUI connection's,
// made on another thread with a connection of its own, sees what was committed, and follows
// the file at the path when another file is put in its place (a backup restored).
#include "cataloguecopy.h"
#include "gui/browse/backgroundcount.h"

#include <QFile>
#include <QThread>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;

class BackgroundCountTest : public eb::test::CatalogueCopyTest
{
protected:
    // Counts the studies that `text` finds on the counting thread; -1 with no result.
    int countInBackground(const QString &path, const QString &text)
    {
        eb::catalogue::StudyFilter filter;
        filter.text = text;
        QFuture<int> future = m_counter.run(path, [this, filter](const auto &connection) {
            m_countedOn = QThread::currentThread();
            return connection.studyCount(filter);
        });
        future.waitForFinished();
        return future.resultCount() > 0 ? future.result() : -1;
    }

    static RecordRow study(const QString &slug, const QString &name)
    {
        return RecordRow{RecordKind::Study,
                         0,
                         0,
                         true,
                         {{QStringLiteral("slug"), slug},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("design"), QStringLiteral("rct")},
                          {QStringLiteral("condition"), QStringLiteral("stroke")},
                          {QStringLiteral("species"), QStringLiteral("human")},
                          {QStringLiteral("sponsorship"), QStringLiteral("unknown")}}};
    }

    eb::gui::BackgroundCount m_counter;
    QThread *m_countedOn = nullptr;
};

TEST_F(BackgroundCountTest, CountsOnItsOwnThreadWhatTheWindowsConnectionCounts)
{
    ASSERT_GT(countInBackground(m_path, QStringLiteral("stroke")), 1);
    for (const QString &text : {QStringLiteral("stroke"), QStringLiteral("cerebrolysin"),
                                QStringLiteral("no such word zzzq")}) {
        eb::catalogue::StudyFilter filter;
        filter.text = text;
        EXPECT_EQ(countInBackground(m_path, text), m_catalogue.studyCount(filter))
            << text.toStdString();
        EXPECT_NE(m_countedOn, nullptr);
        EXPECT_NE(m_countedOn, QThread::currentThread());
    }
}

TEST_F(BackgroundCountTest, SeesAWriteCommittedAfterItsConnectionOpened)
{
    const QString word = QStringLiteral("Zorblatt");
    ASSERT_EQ(countInBackground(m_path, word), 0);
    ASSERT_TRUE(
        m_catalogue
            .insertRecords({study(QStringLiteral("zorblatt-1"), word + QStringLiteral(" 1"))})
            .committed)
        << m_catalogue.lastError().toStdString();
    EXPECT_EQ(countInBackground(m_path, word), 1);
}

TEST_F(BackgroundCountTest, FollowsAnotherFilePutInThePathsPlace)
{
    const QString word = QStringLiteral("Quillacork");
    ASSERT_EQ(countInBackground(m_path, word), 0); // its connection is open on the first file
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    eb::test::copyBundledCatalogue(other);
    {
        eb::catalogue::Catalogue writer;
        ASSERT_TRUE(writer.open(other, eb::catalogue::OpenMode::ReadWrite));
        ASSERT_TRUE(writer
                        .insertRecords({study(QStringLiteral("quillacork-1"), word),
                                        study(QStringLiteral("quillacork-2"), word)})
                        .committed)
            << writer.lastError().toStdString();
    }
    ASSERT_TRUE(QFile::remove(m_path));
    ASSERT_TRUE(QFile::rename(other, m_path));
    EXPECT_EQ(countInBackground(m_path, word), 2);
}

TEST_F(BackgroundCountTest, AFileThatCannotBeOpenedGivesNoCount)
{
    EXPECT_EQ(countInBackground(m_dir.filePath(QStringLiteral("missing.sqlite")),
                                QStringLiteral("stroke")),
              -1);
}

TEST_F(BackgroundCountTest, ACountCancelledBeforeItsTurnIsNotMade)
{
    int made = 0;
    // The thread is kept busy by a first count while the second is cancelled.
    QFuture<int> first = m_counter.run(m_path, [&made](const auto &) {
        QThread::msleep(100);
        ++made;
        return 1;
    });
    QFuture<int> second = m_counter.run(m_path, [&made](const auto &) {
        ++made;
        return 2;
    });
    second.cancel();
    first.waitForFinished();
    second.waitForFinished();
    EXPECT_EQ(first.result(), 1);
    EXPECT_EQ(made, 1);
}

} // namespace

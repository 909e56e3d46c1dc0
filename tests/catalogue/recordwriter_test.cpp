// The write API (catalogue/recordwriter.h through the Catalogue facade): one transaction per
// call, user rows only, the typed digits kept, concurrent edits refused by row version, a
// failed write changing nothing.
#include "catalogue/catalogue.h"
#include "rawsqlite.h"
#include "testcatalogue.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

Fields sourceFields(const QString &slug)
{
    return {{QStringLiteral("slug"), slug},
            {QStringLiteral("kind"), QStringLiteral("journal_article")},
            {QStringLiteral("short_label"), QStringLiteral("Test 2025")},
            {QStringLiteral("sponsorship"), QStringLiteral("unknown")}};
}

Fields resultFields(const QString &estimate)
{
    return {{QStringLiteral("study"), QStringLiteral("captain-ii")},
            {QStringLiteral("outcome"), QStringLiteral("arat")},
            {QStringLiteral("source"), QStringLiteral("guekht-2017")},
            {QStringLiteral("metric"), QStringLiteral("mw")},
            {QStringLiteral("estimate"), estimate},
            {QStringLiteral("ci_low"), QStringLiteral("0.510")},
            {QStringLiteral("ci_high"), QStringLiteral("0.72")},
            {QStringLiteral("quote"), QStringLiteral("MW 0.620")},
            {QStringLiteral("control_n"), QStringLiteral("104")},
            {QStringLiteral("control_sd"), QStringLiteral("3.10")},
            {QStringLiteral("control_quote"), QStringLiteral("n = 104")}};
}

class RecordWriter : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(test::bundledFile(), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ASSERT_TRUE(m_catalogue.open(m_path, OpenMode::ReadWrite))
            << m_catalogue.lastError().toStdString();
    }

    std::optional<RecordRow> find(RecordKind kind, const QString &field, const QString &value)
    {
        for (const RecordRow &row : m_catalogue.records(kind)) {
            if (row.fields.value(field) == value) {
                return row;
            }
        }
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Catalogue m_catalogue;
};

TEST_F(RecordWriter, InsertsUserRecordsKeepingTheDigitsAsTyped)
{
    const WriteReport report = m_catalogue.insertRecords(
        {RecordRow{RecordKind::Result, 0, 0, true, resultFields(QStringLiteral("0.620"))}});
    ASSERT_TRUE(report.committed) << report.problems.value(0).problem.message.toStdString();
    const auto row = find(RecordKind::Result, QStringLiteral("estimate"), QStringLiteral("0.620"));
    ASSERT_TRUE(row);
    EXPECT_TRUE(row->userRecord);
    EXPECT_EQ(row->version, 1);
    EXPECT_EQ(row->fields.value(QStringLiteral("ci_low")), QStringLiteral("0.510"));
    EXPECT_EQ(row->fields.value(QStringLiteral("control_sd")), QStringLiteral("3.10"));
    EXPECT_TRUE(row->fields.value(QStringLiteral("treatment_n")).isEmpty());
    // The statistics read the value.
    const auto record = m_catalogue.result(row->id);
    ASSERT_TRUE(record);
    EXPECT_DOUBLE_EQ(record->estimate.value_or(0), 0.62);
    EXPECT_TRUE(record->userRecord);
    ASSERT_EQ(record->arms.size(), 1);
}

TEST_F(RecordWriter, ABatchOfResultsIsSearchableOnceCommitted)
{
    QList<RecordRow> batch;
    for (int i = 0; i < 50; ++i) {
        Fields f = resultFields(QStringLiteral("0.6"));
        f.insert(QStringLiteral("quote"), QStringLiteral("zebrafishword %1").arg(i));
        batch << RecordRow{RecordKind::Result, 0, 0, true, f};
    }
    ASSERT_TRUE(m_catalogue.insertRecords(batch).committed);
    const QList<SearchHit> hits = m_catalogue.search(QStringLiteral("zebrafishword"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().slug, QStringLiteral("captain-ii"));
    // The deferral is over: the next single write indexes at once again.
    EXPECT_EQ(eb::test::RawSqlite(m_path, true)
                  .rows(QStringLiteral("SELECT count(*) FROM search_deferred"))
                  .at(0)
                  .at(0)
                  .toInt(),
              0);
    EXPECT_EQ(*m_catalogue.records(RecordKind::Result).last().fields.find(QStringLiteral("quote")),
              QStringLiteral("zebrafishword 49"));
}

TEST_F(RecordWriter, OneBadRecordWritesNoneOfTheBatch)
{
    const int sources = static_cast<int>(m_catalogue.records(RecordKind::Source).size());
    Fields broken = resultFields(QStringLiteral("0.62"));
    broken.insert(QStringLiteral("study"), QStringLiteral("no-such-study"));
    const WriteReport report = m_catalogue.insertRecords(
        {RecordRow{RecordKind::Source, 0, 0, true, sourceFields(QStringLiteral("new-1"))},
         RecordRow{RecordKind::Result, 0, 0, true, broken}});
    EXPECT_FALSE(report.committed);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().index, 1);
    EXPECT_EQ(report.problems.first().problem.rule, QStringLiteral("reference"));
    EXPECT_EQ(m_catalogue.records(RecordKind::Source).size(), sources);
}

TEST_F(RecordWriter, ADecimalCommaIsRefusedNotGuessed)
{
    const WriteReport report = m_catalogue.insertRecords(
        {RecordRow{RecordKind::Result, 0, 0, true, resultFields(QStringLiteral("0,62"))}});
    EXPECT_FALSE(report.committed);
    ASSERT_FALSE(report.problems.isEmpty());
    EXPECT_EQ(report.problems.first().problem.rule, QStringLiteral("decimal-comma"));
    EXPECT_EQ(report.problems.first().problem.column, QStringLiteral("estimate"));
}

TEST_F(RecordWriter, AnEditFromAnOlderVersionIsRefused)
{
    ASSERT_TRUE(m_catalogue
                    .insertRecords({RecordRow{RecordKind::Source, 0, 0, true,
                                              sourceFields(QStringLiteral("mine"))}})
                    .committed);
    RecordRow mine = *find(RecordKind::Source, QStringLiteral("slug"), QStringLiteral("mine"));
    RecordRow theirs = mine;

    mine.fields.insert(QStringLiteral("title"), QStringLiteral("My title"));
    const WriteReport first = m_catalogue.updateRecord(mine);
    ASSERT_TRUE(first.committed) << first.problems.value(0).problem.message.toStdString();

    theirs.fields.insert(QStringLiteral("title"), QStringLiteral("Their title"));
    const WriteReport second = m_catalogue.updateRecord(theirs);
    EXPECT_FALSE(second.committed);
    ASSERT_EQ(second.problems.size(), 1);
    EXPECT_EQ(second.problems.first().problem.rule, QStringLiteral("version"));

    const RecordRow now = *find(RecordKind::Source, QStringLiteral("slug"), QStringLiteral("mine"));
    EXPECT_EQ(now.version, 2);
    EXPECT_EQ(now.fields.value(QStringLiteral("title")), QStringLiteral("My title"));

    EXPECT_FALSE(m_catalogue.deleteRecord(RecordKind::Source, now.id, 1).committed);
    EXPECT_TRUE(m_catalogue.deleteRecord(RecordKind::Source, now.id, 2).committed);
    EXPECT_FALSE(find(RecordKind::Source, QStringLiteral("slug"), QStringLiteral("mine")));
}

TEST_F(RecordWriter, BundledRecordsAreReadOnly)
{
    RecordRow bundled = m_catalogue.records(RecordKind::Study).first();
    ASSERT_FALSE(bundled.userRecord);
    const QString name = bundled.fields.value(QStringLiteral("name"));
    bundled.fields.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    const WriteReport edit = m_catalogue.updateRecord(bundled);
    EXPECT_FALSE(edit.committed);
    ASSERT_EQ(edit.problems.size(), 1);
    EXPECT_EQ(edit.problems.first().problem.rule, QStringLiteral("bundled"));
    EXPECT_FALSE(
        m_catalogue.deleteRecord(RecordKind::Study, bundled.id, bundled.version).committed);
    EXPECT_EQ(m_catalogue.records(RecordKind::Study).first().fields.value(QStringLiteral("name")),
              name);
}

} // namespace

// A JobControl (model/jobcontrol.h) hears a write's progress and can stop it before the
// commit: the transaction is rolled back and the report says so. Run on this thread, so the
// cancel lands at a known record.
TEST_F(RecordWriter, ACancelledWriteIsRolledBackAndReportsProgressUntilThen)
{
    QList<RecordRow> rows;
    for (int i = 0; i < 2000; ++i) {
        rows << RecordRow{RecordKind::Source, 0, 0, true,
                          sourceFields(QStringLiteral("cancel-%1").arg(i))};
    }
    const qsizetype before = m_catalogue.records(RecordKind::Source).size();
    QList<std::int64_t> steps;
    eb::JobControl *self = nullptr;
    eb::JobControl job([&](std::int64_t done, std::int64_t total) {
        steps << done;
        EXPECT_EQ(total, 4000) << "validation and the write: two steps a record";
        if (done >= 3000) { // in the write, past the 1,000th record
            self->cancel();
        }
    });
    self = &job;
    const WriteReport report = m_catalogue.insertRecords(rows, false, &job);
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.committed);
    EXPECT_EQ(report.written, 0);
    EXPECT_TRUE(report.problems.isEmpty());
    EXPECT_TRUE(m_catalogue.lastError().isEmpty()) << m_catalogue.lastError().toStdString();
    EXPECT_EQ(m_catalogue.records(RecordKind::Source).size(), before);
    EXPECT_FALSE(find(RecordKind::Source, QStringLiteral("slug"), QStringLiteral("cancel-0")));
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_TRUE(std::is_sorted(steps.begin(), steps.end()));

    // The same rows without a cancel: all of them, and the last report is the whole.
    eb::JobControl plain([&](std::int64_t done, std::int64_t) { steps << done; });
    const WriteReport written = m_catalogue.insertRecords(rows, false, &plain);
    EXPECT_TRUE(written.committed);
    EXPECT_EQ(written.written, 2000);
    EXPECT_EQ(steps.constLast(), 4000);
    EXPECT_EQ(m_catalogue.records(RecordKind::Source).size(), before + 2000);
}

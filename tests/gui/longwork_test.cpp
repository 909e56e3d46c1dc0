// Long work off the GUI thread (issue 20): an import of 10,000 rows started from the window
// reports progress, can be cancelled midway leaving the catalogue as it was, and otherwise
// commits every row; while a job runs the event loop keeps turning (a 10 ms timer keeps
// firing: counted, not timed); a cancelled export writes nothing and leaves the old file; the
// catalogue check runs from Tools > Check Catalogue.
#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "export/recordfile.h"
#include "gui/features/editing/cataloguecheckview.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/importpreview.h"
#include "gui/features/editing/recordfilejobs.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/mainwindow.h"
#include "loopprobe.h"
#include "windowtest.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using eb::catalogue::RecordKind;
using eb::gui::JobRunner;
using eb::gui::editing::EditingFeature;
using eb::gui::editing::ImportPreview;
using eb::test::LoopProbe;

namespace {

constexpr int kRows = 10000;

// A checksum of the catalogue's contents: every record of every kind as the export writes it
// (fields, user or bundled). Not of the file's bytes: a rolled-back transaction may leave
// pages it took from the free list with other bytes in them, still free.
QByteArray contentHash(const eb::catalogue::Catalogue &catalogue)
{
    QList<eb::catalogue::RecordRow> rows;
    const auto kinds = eb::catalogue::allRecordKinds();
    for (RecordKind kind : kinds) {
        rows << catalogue.records(kind);
    }
    return QCryptographicHash::hash(
        eb::exporting::recordJson(rows, QList<RecordKind>(kinds.begin(), kinds.end())),
        QCryptographicHash::Sha256);
}

class LongWork : public eb::test::WindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_feature = m_window->findChild<EditingFeature *>();
        ASSERT_NE(m_feature, nullptr);
        m_jobs = m_window->findChild<JobRunner *>();
        ASSERT_NE(m_jobs, nullptr);
    }

    // A CSV of kRows new sources.
    QString writeSources()
    {
        const QString csv = m_dir.filePath(QStringLiteral("sources.csv"));
        QFile file(csv);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray text = "slug,kind,short_label,sponsorship\n";
        for (int i = 0; i < kRows; ++i) {
            text += QStringLiteral("bulk-%1,journal_article,Bulk source %1 (2025),unknown\n")
                        .arg(i)
                        .toUtf8();
        }
        file.write(text);
        return csv;
    }

    int sourceCount() { return static_cast<int>(m_catalogue.records(RecordKind::Source).size()); }

    // Opens the preview of the CSV (its check runs as a job too).
    ImportPreview *preview(const QString &csv)
    {
        EXPECT_TRUE(m_feature->importFile(csv));
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_feature->preview() != nullptr; }, 60000));
        return m_feature->preview();
    }

    EditingFeature *m_feature = nullptr;
    JobRunner *m_jobs = nullptr;
};

TEST_F(LongWork, CancelledImportOfTenThousandRowsLeavesTheCatalogueAsItWas)
{
    const QString csv = writeSources();
    const int before = sourceCount();
    const QByteArray hashBefore = contentHash(m_catalogue);
    const auto countsBefore = m_catalogue.counts();
    const qsizetype hitsBefore = m_catalogue.search(QStringLiteral("Bulk")).size();
    ImportPreview *shown = preview(csv);
    ASSERT_NE(shown, nullptr);
    ASSERT_TRUE(shown->canImport()) << shown->summaryLabel()->text().toStdString();

    // Cancel once the write has reported some progress and before it reports the end.
    QList<qint64> reported;
    qint64 cancelledAt = -1;
    qint64 total = 0;
    const auto connection =
        QObject::connect(m_jobs, &JobRunner::progressed, [&](qint64 done, qint64 all) {
            reported << done;
            total = all;
            if (cancelledAt < 0 && done > 0 && done < all) {
                cancelledAt = done;
                m_jobs->cancel();
            }
        });
    shown->import();
    ASSERT_TRUE(m_jobs->isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_jobs->isRunning(); }, 120000));
    QObject::disconnect(connection);

    ASSERT_GT(cancelledAt, 0) << "the import reported progress before its end";
    EXPECT_LT(cancelledAt, total);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    // The progress above reached this thread through the event loop while the job ran: that
    // is the proof the loop turned. The timer's count depends on how fast the cancel lands, so
    // it is not asserted here.
    ASSERT_NE(m_feature->preview(), nullptr) << "the preview stays open after a cancel";
    EXPECT_TRUE(shown->summaryLabel()->text().contains(QStringLiteral("cancelled")))
        << shown->summaryLabel()->text().toStdString();
    EXPECT_EQ(sourceCount(), before);
    EXPECT_TRUE(
        m_catalogue.records(RecordKind::Source).constLast().fields.value(QStringLiteral("slug")) !=
        QStringLiteral("bulk-0"));
    EXPECT_EQ(contentHash(m_catalogue), hashBefore) << "every record is as it was";
    EXPECT_EQ(m_catalogue.counts().results, countsBefore.results);
    EXPECT_EQ(m_catalogue.search(QStringLiteral("Bulk")).size(), hitsBefore)
        << "nor is any searchable";
    EXPECT_TRUE(m_catalogue.storageProblems().isEmpty());
    EXPECT_TRUE(eb::catalogue::listBackups(m_path).isEmpty())
        << "the backup made for the cancelled import is removed";
}

TEST_F(LongWork, UncancelledImportCommitsEveryRowWhileTheLoopKeepsTurning)
{
    const QString csv = writeSources();
    const int before = sourceCount();
    ImportPreview *shown = preview(csv);
    ASSERT_NE(shown, nullptr);
    ASSERT_TRUE(shown->canImport()) << shown->summaryLabel()->text().toStdString();
    qint64 lastDone = 0;
    qint64 total = 0;
    int reports = 0;
    QObject::connect(m_jobs, &JobRunner::progressed, [&](qint64 done, qint64 all) {
        lastDone = done;
        total = all;
        ++reports;
    });
    LoopProbe probe(*m_jobs);
    shown->import();
    ASSERT_TRUE(m_jobs->isRunning());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_jobs->isRunning(); }, 120000));

    EXPECT_GE(reports, 2);
    EXPECT_EQ(lastDone, total) << "the last report is the whole";
    EXPECT_EQ(total, 2 * kRows) << "validation and the write: two steps a record";
    // The GUI thread was free: its 10 ms timer fired over and over while the rows were written.
    // A count, not a time: the 10 ms timer fired while 10,000 rows were written.
    EXPECT_GE(probe.ticks(), 1);
    EXPECT_EQ(sourceCount(), before + kRows);
    EXPECT_EQ(eb::catalogue::listBackups(m_path).size(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_feature->preview() == nullptr; }))
        << "the preview closes once the import is written";
}

TEST_F(LongWork, CancelledExportWritesNothingAndLeavesTheOldFile)
{
    // Enough records that the export takes a while: the 10,000 imported ones.
    ImportPreview *shown = preview(writeSources());
    ASSERT_NE(shown, nullptr);
    shown->import();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_jobs->isRunning(); }, 120000));
    ASSERT_EQ(eb::catalogue::listBackups(m_path).size(), 1);

    const QString target = m_dir.filePath(QStringLiteral("records.json"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the old export\n");
    }
    bool cancelled = false;
    const auto connection =
        QObject::connect(m_jobs, &JobRunner::progressed, [&](qint64 done, qint64 all) {
            if (!cancelled && done < all) {
                cancelled = true;
                m_jobs->cancel();
            }
        });
    ASSERT_TRUE(m_feature->exportRecordsTo(target, std::nullopt));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_jobs->isRunning(); }, 120000));
    QObject::disconnect(connection);
    ASSERT_TRUE(cancelled);
    QFile old(target);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the old export\n"));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("records*")}, QDir::Files),
              QStringList{QStringLiteral("records.json")})
        << "no temporary file is left beside it";

    // Not cancelled: the file is replaced whole.
    ASSERT_TRUE(m_feature->exportRecordsTo(target, std::nullopt));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_jobs->isRunning(); }, 120000));
    QFile written(target);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    EXPECT_TRUE(json.contains("\"bulk-9999\""));
}

// The same without a race: the export's work on this thread, its control cancelled at the
// first step it reports.
TEST_F(LongWork, AnExportCancelledAtItsFirstStepWritesNoFile)
{
    const QString target = m_dir.filePath(QStringLiteral("kept.json"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("kept\n");
    }
    eb::JobControl *self = nullptr;
    eb::JobControl job([&](std::int64_t, std::int64_t) { self->cancel(); });
    self = &job;
    const auto kinds = eb::catalogue::allRecordKinds();
    const eb::gui::editing::RecordExport result = eb::gui::editing::exportRecordFile(
        target, QList<RecordKind>(kinds.begin(), kinds.end()), false, m_path, job);
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.written);
    QFile old(target);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("kept\n"));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.csv"));
    eb::JobControl cancelled;
    cancelled.cancel();
    EXPECT_TRUE(
        eb::gui::editing::exportRecordFile(fresh, {RecordKind::Source}, true, m_path, cancelled)
            .cancelled);
    EXPECT_FALSE(QFile::exists(fresh));
}

TEST_F(LongWork, ToolsCheckCatalogueShowsCheckDbsReport)
{
    QAction *check = m_window->actionRegistry().action(QStringLiteral("checkCatalogue"));
    ASSERT_NE(check, nullptr);
    check->trigger();
    auto *feature = m_window->findChild<eb::gui::editing::CatalogueCheckFeature *>();
    ASSERT_NE(feature, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return feature->report() != nullptr; }, 60000));
    EXPECT_TRUE(feature->report()->verdictLabel()->text().contains(QStringLiteral("is sound")))
        << feature->report()->verdictLabel()->text().toStdString();
}

TEST_F(LongWork, OneJobAtATime)
{
    ASSERT_TRUE(m_feature->exportRecordsTo(m_dir.filePath(QStringLiteral("a.json")), std::nullopt));
    EXPECT_FALSE(m_jobs->run<int>(
        QStringLiteral("second"), QString(), nullptr, [](const eb::JobControl &) { return 1; },
        [](int) {}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_jobs->isRunning(); }, 60000));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("a.json"))));
}

} // namespace

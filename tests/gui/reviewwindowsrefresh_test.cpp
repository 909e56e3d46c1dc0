// The Outcome Matrix, Compare and Pool windows follow the catalogue's writes as the main
// window does (issue 20): open, they show a record added, imported or edited in the window
// without being reopened, and no longer show it once the write is undone. With
// EB_SCREENSHOT_DIR set (e.g. under Xvfb and openbox at 1280x800 with QT_QPA_PLATFORM=xcb),
// each window is saved there as it shows the new record.
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/importpreview.h"
#include "gui/features/editing/recordform.h"
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/poolresultmodel.h"
#include "gui/features/review/studypickmodel.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/jobrunner.h"
#include "recordformdriver.h"
#include "windowtest.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::RecordKind;
using eb::gui::editing::EditingFeature;
using eb::gui::editing::RecordForm;
using eb::test::clickSave;
using eb::test::isClosed;
using eb::test::rowsWhere;
using eb::test::typeInto;

const QString kTimepoint = QStringLiteral("day 123 (refresh test)");
const QString kQuote = QStringLiteral("MW 0.617 at day 123 (refresh test)");

class ReviewWindowsFollowWrites : public eb::test::WindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_feature = m_window->findChild<EditingFeature *>();
        ASSERT_NE(m_feature, nullptr);
        const QList<eb::catalogue::RecordRow> outcomes = m_catalogue.records(RecordKind::Outcome);
        const QList<eb::catalogue::RecordRow> sources = m_catalogue.records(RecordKind::Source);
        ASSERT_FALSE(outcomes.isEmpty());
        ASSERT_FALSE(sources.isEmpty());
        m_outcome = outcomes.constFirst().fields.value(QStringLiteral("slug"));
        m_source = sources.constFirst().fields.value(QStringLiteral("slug"));
    }

    QAction *action(const char *id) const
    {
        return m_window->actionRegistry().action(QString::fromLatin1(id));
    }

    template <typename View> View *open(const char *id)
    {
        action(id)->trigger();
        auto *view = m_window->findChild<View *>();
        EXPECT_NE(view, nullptr);
        return view;
    }

    // A result of captain-ii at a time point no other result has, saved from the window's form.
    void addResult()
    {
        RecordForm *form = m_feature->addRecord(RecordKind::Result);
        ASSERT_NE(form, nullptr) << m_feature->lastMessage().toStdString();
        const QPointer<RecordForm> alive(form);
        form->setFields({{QStringLiteral("study"), QStringLiteral("captain-ii")},
                         {QStringLiteral("outcome"), m_outcome},
                         {QStringLiteral("source"), m_source},
                         {QStringLiteral("metric"), QStringLiteral("mw")}});
        typeInto(form, "quote", kQuote);
        typeInto(form, "timepoint", kTimepoint);
        typeInto(form, "estimate", QStringLiteral("0.617"));
        clickSave(form);
        QTRY_VERIFY(isClosed(alive));
        ASSERT_EQ(
            rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), kQuote).size(), 1);
    }

    void undo()
    {
        action("undo")->trigger();
        ASSERT_TRUE(
            rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), kQuote).isEmpty());
    }

    EditingFeature *m_feature = nullptr;
    QString m_outcome;
    QString m_source;
};

// The matrix's column of this time point, or -1.
void saveScreenshot(QWidget *window, const char *name)
{
    if (const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window->resize(1200, 720);
        QTest::qWait(200);
        EXPECT_TRUE(window->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name))));
    }
}

int columnOf(const eb::gui::review::OutcomeMatrixModel &model, const QString &timepoint)
{
    for (int c = 1; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().endsWith(timepoint)) {
            return c;
        }
    }
    return -1;
}

int rowOfStudy(const eb::gui::review::OutcomeMatrixModel &model, const QString &slug)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r) != nullptr && model.rowAt(r)->studySlug == slug) {
            return r;
        }
    }
    return -1;
}

TEST_F(ReviewWindowsFollowWrites, TheMatrixShowsANewResultsColumnAndValueThenUndoRemovesThem)
{
    auto *matrix = open<eb::gui::review::OutcomeMatrixView>("outcomeMatrix");
    ASSERT_NE(matrix, nullptr);
    eb::gui::review::OutcomeMatrixModel *model = matrix->model();
    const int columns = model->columnCount();
    ASSERT_EQ(columnOf(*model, kTimepoint), -1);

    ASSERT_NO_FATAL_FAILURE(addResult());
    EXPECT_EQ(m_window->findChild<eb::gui::review::OutcomeMatrixView *>(), matrix)
        << "not reopened";
    EXPECT_EQ(model->columnCount(), columns + 1);
    const int column = columnOf(*model, kTimepoint);
    ASSERT_GE(column, 1);
    const int row = rowOfStudy(*model, QStringLiteral("captain-ii"));
    ASSERT_GE(row, 0);
    EXPECT_TRUE(model->index(row, column).data().toString().contains(QStringLiteral("0.617")))
        << model->index(row, column).data().toString().toStdString();
    matrix->tableView()->scrollTo(model->index(row, column));
    saveScreenshot(matrix, "refresh-matrix");

    ASSERT_NO_FATAL_FAILURE(undo());
    EXPECT_EQ(model->columnCount(), columns);
    EXPECT_EQ(columnOf(*model, kTimepoint), -1);
}

TEST_F(ReviewWindowsFollowWrites, CompareShowsANewStudyAndANewValueThenUndoRemovesThem)
{
    auto *compare = open<eb::gui::review::CompareView>("compare");
    ASSERT_NE(compare, nullptr);
    const QList<eb::catalogue::RecordRow> studies = m_catalogue.records(RecordKind::Study);
    QString other;
    for (const eb::catalogue::RecordRow &s : studies) {
        if (s.fields.value(QStringLiteral("slug")) != QLatin1String("captain-ii")) {
            other = s.fields.value(QStringLiteral("slug"));
            break;
        }
    }
    compare->setStudies({QStringLiteral("captain-ii"), other});
    ASSERT_EQ(compare->table()->columnCount(), 2);
    const auto timepointsOfCaptain = [compare] {
        const int captain =
            compare->comparison().studies.constFirst().slug == QLatin1String("captain-ii") ? 0 : 1;
        for (int r = 0; r < compare->table()->rowCount(); ++r) {
            const QTableWidgetItem *item = compare->table()->item(r, captain);
            if (item != nullptr &&
                item->data(Qt::UserRole).toString() == QLatin1String("timepoints")) {
                return item->text();
            }
        }
        return QString();
    };
    ASSERT_FALSE(timepointsOfCaptain().isEmpty());
    EXPECT_FALSE(timepointsOfCaptain().contains(kTimepoint));

    // A value: the ticked study's new result.
    ASSERT_NO_FATAL_FAILURE(addResult());
    EXPECT_EQ(compare->table()->columnCount(), 2) << "the ticks kept";
    EXPECT_TRUE(timepointsOfCaptain().contains(kTimepoint)) << timepointsOfCaptain().toStdString();
    saveScreenshot(compare, "refresh-compare");
    ASSERT_NO_FATAL_FAILURE(undo());
    EXPECT_FALSE(timepointsOfCaptain().contains(kTimepoint));

    // A row: a new study in the list, found by the search typed before it existed.
    QTest::keyClicks(compare->searchField(), QStringLiteral("Refreshtest"));
    ASSERT_EQ(compare->studyList()->model()->rowCount(), 0);
    RecordForm *form = m_feature->addRecord(RecordKind::Study);
    ASSERT_NE(form, nullptr);
    form->setFields({{QStringLiteral("design"), QStringLiteral("rct")},
                     {QStringLiteral("condition"), QStringLiteral("stroke")},
                     {QStringLiteral("species"), QStringLiteral("human")},
                     {QStringLiteral("sponsorship"), QStringLiteral("unknown")}});
    typeInto(form, "slug", QStringLiteral("refreshtest-trial"));
    typeInto(form, "name", QStringLiteral("Refreshtest Trial"));
    clickSave(form);
    ASSERT_EQ(rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                        QStringLiteral("refreshtest-trial"))
                  .size(),
              1);
    QAbstractItemModel *list = compare->studyList()->model();
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->index(0, 0).data(eb::gui::review::StudyPickModel::SlugRole).toString(),
              QStringLiteral("refreshtest-trial"));
    EXPECT_EQ(compare->table()->columnCount(), 2) << "the ticks kept";
    action("undo")->trigger();
    EXPECT_EQ(list->rowCount(), 0);
}

TEST_F(ReviewWindowsFollowWrites, PoolListsANewResultAndForgetsItsTickWhenUndone)
{
    auto *pool = open<eb::gui::review::PoolDialog>("pool");
    ASSERT_NE(pool, nullptr);
    eb::gui::review::PoolResultModel *model = pool->resultModel();
    const auto fetchAll = [model] {
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
    };
    fetchAll();
    const int rows = model->rowCount();
    ASSERT_GT(rows, 0);

    ASSERT_NO_FATAL_FAILURE(addResult());
    const qint64 id =
        rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), kQuote).constFirst().id;
    fetchAll(); // the list had reached its end: only a list read again has more
    EXPECT_EQ(model->rowCount(), rows + 1);
    const int row = model->rowOfResult(id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(model->index(row, eb::gui::review::PoolResultModel::AsReported)
                    .data()
                    .toString()
                    .contains(QStringLiteral("0.617")));
    ASSERT_TRUE(model->setData(model->index(row, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(pool->selectedResults(), QList<qint64>{id});
    pool->resultTable()->scrollTo(model->index(row, 0));
    saveScreenshot(pool, "refresh-pool");

    ASSERT_NO_FATAL_FAILURE(undo());
    fetchAll();
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(model->rowOfResult(id), -1);
    EXPECT_TRUE(pool->selectedResults().isEmpty()) << "a deleted result is not pooled";
}

} // namespace

// The outcome matrix read a page of rows at a time (the studies in the matrix's order through
// its index, migration 0015) shows, once scrolled to its end with the keyboard, the rows and
// cells of the matrix built whole from every study and result, on a small generated catalogue
// with ties in year and name, and studies without results.
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "evidence/outcomematrix.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/outcomematrixview.h"
#include "rawsqlite.h"

#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::review::OutcomeMatrixModel;

TEST(MatrixPages, ScrolledToTheEndTheMatrixShowsTheRowsAndCellsOfTheWholeOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.sqlite"));
    {
        catalogue::Catalogue writer;
        ASSERT_TRUE(writer.open(path, catalogue::OpenMode::Create));
        QString error;
        ASSERT_TRUE(catalogue::writeSyntheticCatalogue(writer, {700, 3, 5}, {}, &error))
            << qPrintable(error);
    }
    {
        test::RawSqlite db(path);
        db.rows(QStringLiteral("DELETE FROM result WHERE study_id % 13 = 0"));
        db.rows(QStringLiteral("UPDATE study SET name = 'Same name' WHERE id % 6 = 0"));
        db.rows(QStringLiteral("UPDATE study SET year = NULL WHERE id % 8 = 0"));
    }
    catalogue::Catalogue reader;
    ASSERT_TRUE(reader.open(path, catalogue::OpenMode::ReadOnly)) << qPrintable(reader.lastError());

    gui::review::OutcomeMatrixView view(reader);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const review::OutcomeMatrix whole = review::buildOutcomeMatrix(
        reader.studies(), reader.results(), review::DisplayMetric::Native);
    OutcomeMatrixModel *model = view.model();
    ASSERT_GT(whole.rows.size(), OutcomeMatrixModel::kPageRows * 4);
    EXPECT_LT(model->rowCount(), whole.rows.size());

    QTableView *table = view.tableView();
    table->setFocus();
    for (int press = 0; press < 100 && model->canFetchMore({}); ++press) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QApplication::processEvents();
    }
    ASSERT_EQ(model->rowCount(), whole.rows.size());
    ASSERT_EQ(model->columnCount(), whole.columns.size() + 1);
    for (int row = 0; row < whole.rows.size(); ++row) {
        const review::MatrixRow &expected = whole.rows.at(row);
        ASSERT_TRUE(model->index(row, 0).data().toString().startsWith(expected.studyName)) << row;
        ASSERT_EQ(model->rowAt(row)->studySlug, expected.studySlug) << row;
        for (int column = 0; column < whole.columns.size(); ++column) {
            const QModelIndex index = model->index(row, column + 1);
            const review::MatrixCell *cell = expected.cell(column);
            EXPECT_EQ(index.data(OutcomeMatrixModel::ResultIdRole).toLongLong(),
                      cell != nullptr ? cell->result.id : 0)
                << row << ", " << column;
            EXPECT_EQ(index.data().toString(),
                      cell != nullptr ? OutcomeMatrixModel::cellText(*cell) : QString())
                << row << ", " << column;
        }
    }
}

} // namespace

// The reviewers' tools inside the main window: Compare from a selection of studies (ctrl-click
// CAPTAIN I and CAPTAIN II, Compare: both side by side, their different N highlighted), and
// the Claims section as the audit (the CASI SD and the dose discrepant with their working,
// filters by verdict, counts per verdict that add up to every claim).
#include "gui/features/review/compareview.h"
#include "gui/models/claimtablemodel.h"
#include "gui/models/labels.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using eb::gui::ClaimTableModel;
using eb::gui::MainWindow;
using eb::gui::Section;

namespace {

class ReviewInWindow : public eb::test::WindowTest
{
protected:
    QString detailText() const
    {
        return m_window->findChild<QTextBrowser *>(QStringLiteral("detailView"))->toPlainText();
    }
};

void clickRow(QTableView *table, const QString &slug, Qt::KeyboardModifiers modifiers)
{
    const auto *model = static_cast<const eb::gui::RecordTableModelBase *>(table->model());
    const int row = model->rowOfSlug(slug);
    ASSERT_GE(row, 0) << slug.toStdString();
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
}

TEST_F(ReviewInWindow, CtrlClickCaptainIAndIiThenCompareHighlightsTheirDifferentN)
{
    m_window->setCurrentSection(Section::Studies);
    QTableView *studies = m_window->tableView(Section::Studies);
    EXPECT_EQ(studies->selectionMode(), QAbstractItemView::ExtendedSelection);
    clickRow(studies, QStringLiteral("captain-i"), Qt::NoModifier);
    clickRow(studies, QStringLiteral("captain-ii"), Qt::ControlModifier);
    ASSERT_EQ(studies->selectionModel()->selectedRows().size(), 2);
    // The details show the last clicked study.
    EXPECT_EQ(studies->currentIndex().data(eb::gui::RecordSlugRole).toString(),
              QStringLiteral("captain-ii"));
    EXPECT_TRUE(detailText().contains(QStringLiteral("CAPTAIN II")));

    auto *compare = m_window->findChild<QAction *>(QStringLiteral("compareAction"));
    ASSERT_NE(compare, nullptr);
    EXPECT_FALSE(compare->shortcut().isEmpty());
    EXPECT_TRUE(studies->actions().contains(compare)); // the table's context menu
    EXPECT_EQ(studies->contextMenuPolicy(), Qt::ActionsContextMenu);
    int menus = 0; // View and Edit
    for (QObject *owner : compare->associatedObjects())
        menus += qobject_cast<QMenu *>(owner) != nullptr ? 1 : 0;
    EXPECT_GE(menus, 2);
    compare->trigger();

    auto *view = m_window->findChild<eb::gui::review::CompareView *>();
    ASSERT_NE(view, nullptr);
    QTableWidget *table = view->table();
    ASSERT_EQ(table->columnCount(), 2); // exactly the selected studies
    QStringList slugs;
    for (const auto &study : view->comparison().studies)
        slugs << study.slug;
    EXPECT_TRUE(slugs.contains(QStringLiteral("captain-i")));
    EXPECT_TRUE(slugs.contains(QStringLiteral("captain-ii")));
    int nRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("n_enrolled"))
            nRow = r;
    }
    ASSERT_GE(nRow, 0);
    EXPECT_NE(table->item(nRow, 0)->text(), table->item(nRow, 1)->text());
    EXPECT_EQ(table->item(nRow, 0)->background().color(),
              eb::gui::review::CompareView::highlight());
}

int rowOf(const ClaimTableModel &model, const char *slug)
{
    return model.rowOfSlug(QString::fromLatin1(slug));
}

TEST_F(ReviewInWindow, ClaimsSectionIsTheAuditWithWorkingFiltersAndCounts)
{
    m_window->setCurrentSection(Section::Claims);
    auto *model = static_cast<ClaimTableModel *>(m_window->model(Section::Claims));
    const auto column = [](ClaimTableModel::Column c) {
        return static_cast<int>(c);
    };
    const QString discrepant = eb::gui::labels::verdictShort(QStringLiteral("discrepant"));
    for (const char *slug : {"tbi-casi-values", "dosing-standard-protocol"}) {
        const int row = rowOf(*model, slug);
        ASSERT_GE(row, 0) << slug;
        EXPECT_EQ(model->index(row, column(ClaimTableModel::Column::Verdict)).data().toString(),
                  discrepant)
            << slug;
    }
    // The CASI SD: the article beside the primary publication, and the working on its page.
    ASSERT_TRUE(m_window->selectRecord(Section::Claims, QStringLiteral("tbi-casi-values")));
    QString page = detailText();
    EXPECT_TRUE(page.contains(QStringLiteral("Working"))) << page.toStdString();
    EXPECT_TRUE(page.contains(QStringLiteral("11.6")) && page.contains(QStringLiteral("12.1")))
        << page.toStdString();
    // The dose: computed by this program, with the multiplication written out.
    const int dose = rowOf(*model, "dosing-standard-protocol");
    EXPECT_FALSE(
        model->index(dose, column(ClaimTableModel::Column::Computed)).data().toString().isEmpty());
    ASSERT_TRUE(
        m_window->selectRecord(Section::Claims, QStringLiteral("dosing-standard-protocol")));
    page = detailText();
    EXPECT_TRUE(page.contains(QStringLiteral("5-30 mL × 215.2 mg/mL = 1,076-6,456 mg")))
        << page.toStdString();

    // The verdict is never clipped.
    QTableView *table = m_window->tableView(Section::Claims);
    const QFontMetrics metrics(table->font());
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        widest = std::max(
            widest,
            metrics.horizontalAdvance(
                model->index(row, column(ClaimTableModel::Column::Verdict)).data().toString()));
    }
    EXPECT_GT(widest, 0);
    EXPECT_GE(table->horizontalHeader()->sectionSize(column(ClaimTableModel::Column::Verdict)),
              widest);
    // ... and in sight without scrolling, in a 1280x800 window.
    const int verdictColumn = column(ClaimTableModel::Column::Verdict);
    EXPECT_GE(table->horizontalHeader()->sectionViewportPosition(verdictColumn), 0);
    EXPECT_LE(table->horizontalHeader()->sectionViewportPosition(verdictColumn) +
                  table->horizontalHeader()->sectionSize(verdictColumn),
              table->viewport()->width());
    EXPECT_TRUE(detailText().contains(QStringLiteral("This program computes")));

    // Counts per verdict in the filter bar, adding up to every claim.
    auto *verdicts = m_window->findChild<QComboBox *>(QStringLiteral("verdictFilter"));
    ASSERT_NE(verdicts, nullptr);
    int total = 0;
    for (int count : model->verdictCounts())
        total += count;
    const int claims = static_cast<int>(m_catalogue.claims().size());
    ASSERT_GT(claims, 0);
    EXPECT_EQ(total, claims);
    EXPECT_EQ(model->rowCount(), claims);
    EXPECT_TRUE(verdicts->itemText(0).contains(QStringLiteral("(%1)").arg(claims)))
        << verdicts->itemText(0).toStdString();
    const int discrepantIndex = verdicts->findData(QStringLiteral("discrepant"));
    ASSERT_GT(discrepantIndex, 0);
    const int discrepantCount = model->verdictCounts().value(QStringLiteral("discrepant"));
    EXPECT_TRUE(
        verdicts->itemText(discrepantIndex).contains(QStringLiteral("(%1)").arg(discrepantCount)));

    // Filtering by a verdict shows only that verdict; the counts stay those of all claims.
    verdicts->setCurrentIndex(discrepantIndex);
    QTRY_COMPARE(model->rowCount(), discrepantCount);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->index(row, column(ClaimTableModel::Column::Verdict)).data().toString(),
                  discrepant);
    }
    EXPECT_GE(rowOf(*model, "tbi-casi-values"), 0);
    total = 0;
    for (int count : model->verdictCounts())
        total += count;
    EXPECT_EQ(total, 40);
    // And a topic narrows further.
    auto *topics = m_window->findChild<QComboBox *>(QStringLiteral("topicFilter"));
    ASSERT_NE(topics, nullptr);
    topics->setCurrentIndex(topics->findData(QStringLiteral("dosing")));
    QTRY_VERIFY(model->rowCount() < discrepantCount);
    EXPECT_GE(rowOf(*model, "dosing-standard-protocol"), 0);
    EXPECT_LT(rowOf(*model, "tbi-casi-values"), 0);
}

} // namespace

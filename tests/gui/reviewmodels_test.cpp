// The review item models (outcome matrix, evidence gaps, claims audit) under Qt's
// QAbstractItemModelTester, on the bundled catalogue and through every filter change: a model
// that breaks the QAbstractItemModel contract (a bad index, a row count that disagrees with
// its data, a reset without its signals) aborts the test.
#include "catalogue/catalogue.h"
#include "gui/features/review/claimsauditview.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/outcomematrixview.h"
#include "model/vocabulary.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::gui::review;
namespace vocabulary = eb::catalogue::vocabulary;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class ReviewModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     eb::catalogue::OpenMode::ReadOnly))
            << m_catalogue.lastError().toStdString();
    }

    eb::catalogue::Catalogue m_catalogue;
};

// Selects each entry of a combo box in turn, then the first again.
void everyChoice(QComboBox *box)
{
    for (int i = 0; i < box->count(); ++i) {
        box->setCurrentIndex(i);
    }
    box->setCurrentIndex(0);
}

} // namespace

TEST_F(ReviewModels, OutcomeMatrixAndGapModelsKeepTheContract)
{
    OutcomeMatrixView view(m_catalogue);
    QAbstractItemModelTester matrix(view.model(), kFatal);
    QAbstractItemModelTester gaps(view.gapView()->model(), kFatal);
    ASSERT_GT(view.model()->rowCount(), 0);
    ASSERT_GT(view.model()->columnCount(), 0);
    // Every display metric the vocabulary has is offered, and each rebuilds the model.
    EXPECT_EQ(view.metricBox()->count(), static_cast<int>(vocabulary::allDisplayMetrics().size()));
    everyChoice(view.metricBox());
    everyChoice(view.speciesBox());
}

TEST_F(ReviewModels, AnEmptyMatrixAndEmptyGapsKeepTheContract)
{
    OutcomeMatrixModel matrix;
    EvidenceGapModel gaps;
    QAbstractItemModelTester matrixTester(&matrix, kFatal);
    QAbstractItemModelTester gapTester(&gaps, kFatal);
    matrix.setMatrix({});
    gaps.setGaps({});
    EXPECT_EQ(matrix.rowCount(), 0);
    EXPECT_EQ(gaps.rowCount(), 0);
}

TEST_F(ReviewModels, ClaimsAuditModelKeepsTheContractThroughItsFilters)
{
    ClaimsAuditView view(m_catalogue);
    QAbstractItemModelTester tester(view.model(), kFatal);
    // All claims of the catalogue, then each verdict's share of them.
    const int claims = static_cast<int>(m_catalogue.claims().size());
    ASSERT_GT(claims, 0);
    EXPECT_EQ(view.model()->rowCount(), claims);
    int sum = 0;
    for (int i = 1; i < view.verdictFilter()->count(); ++i) {
        view.verdictFilter()->setCurrentIndex(i);
        sum += view.model()->rowCount();
    }
    EXPECT_EQ(sum, claims);
    everyChoice(view.verdictFilter());
}

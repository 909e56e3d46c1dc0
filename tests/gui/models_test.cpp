// The record tables: structurally sound models (QAbstractItemModelTester, before and after
// resets and sorts), the right values in the right columns, and sorting that orders numbers as
// numbers, keeps missing values last and keeps the selection on its record.
#include "gui/browse/tableexport.h"
#include "gui/models/claimtablemodel.h"
#include "gui/models/mechanismtablemodel.h"
#include "gui/models/outcometablemodel.h"
#include "gui/models/sourcetablemodel.h"
#include "gui/models/studytablemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using Mode = QAbstractItemModelTester::FailureReportingMode;

catalogue::StudySummary study(qint64 id, const char *slug, const char *name,
                              std::optional<int> year, std::optional<int> n)
{
    catalogue::StudySummary s;
    s.id = id;
    s.slug = QString::fromUtf8(slug);
    s.name = QString::fromUtf8(name);
    s.design = QStringLiteral("rct");
    s.condition = QStringLiteral("stroke");
    s.species = QStringLiteral("human");
    s.sponsorship = QStringLiteral("industry");
    s.year = year;
    s.nEnrolled = n;
    return s;
}

QList<catalogue::StudySummary> someStudies()
{
    return {study(1, "cars-1", "CARS-1", 2016, std::nullopt),
            study(2, "captain-ii", "CAPTAIN II", 2021, 139),
            study(3, "cars-2", "CARS-2", 2015, 240), study(4, "escas", "ESCAS", std::nullopt, 132)};
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, column).data().toString();
    }
    return values;
}

TEST(StudyTableModel, PassesTheModelTesterThroughResetsAndSorts)
{
    gui::StudyTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    model.setRecords(someStudies());
    for (int c = 0; c < model.columnCount(); ++c) {
        model.sort(c, Qt::AscendingOrder);
        model.sort(c, Qt::DescendingOrder);
    }
    model.setRecords({});
    model.setRecords(someStudies());
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), static_cast<int>(gui::StudyTableModel::Column::Count));
}

TEST(StudyTableModel, ShowsLabelsNotKeys)
{
    gui::StudyTableModel model;
    model.setRecords(someStudies());
    const int design = static_cast<int>(gui::StudyTableModel::Column::Design);
    EXPECT_EQ(model.index(0, design).data().toString(),
              QStringLiteral("Randomised controlled trial"));
    EXPECT_EQ(model.index(1, 0).data(gui::RecordSlugRole).toString(), QStringLiteral("captain-ii"));
    EXPECT_EQ(model.index(1, 0).data(gui::RecordIdRole).toLongLong(), 2);
}

TEST(StudyTableModel, SortsNumbersAsNumbersAndMissingValuesLast)
{
    gui::StudyTableModel model;
    model.setRecords(someStudies());
    const int year = static_cast<int>(gui::StudyTableModel::Column::Year);
    const int name = static_cast<int>(gui::StudyTableModel::Column::Name);
    const int enrolled = static_cast<int>(gui::StudyTableModel::Column::Enrolled);

    model.sort(year, Qt::AscendingOrder);
    EXPECT_EQ(column(model, name),
              (QStringList{QStringLiteral("CARS-2"), QStringLiteral("CARS-1"),
                           QStringLiteral("CAPTAIN II"), QStringLiteral("ESCAS")}));
    model.sort(year, Qt::DescendingOrder);
    EXPECT_EQ(column(model, name),
              (QStringList{QStringLiteral("CAPTAIN II"), QStringLiteral("CARS-1"),
                           QStringLiteral("CARS-2"), QStringLiteral("ESCAS")}));
    // 132 < 139 < 240 as numbers (as text "132" < "139" < "240" too, so also check 1000s).
    model.setRecords({study(1, "a", "A", 2000, 1000), study(2, "b", "B", 2000, 99),
                      study(3, "c", "C", 2000, std::nullopt)});
    model.sort(enrolled, Qt::AscendingOrder);
    EXPECT_EQ(column(model, name),
              (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
}

TEST(StudyTableModel, SortingKeepsPersistentIndexesOnTheirRecord)
{
    gui::StudyTableModel model;
    model.setRecords(someStudies());
    const QPersistentModelIndex captain(model.index(1, 0));
    ASSERT_EQ(captain.data(gui::RecordSlugRole).toString(), QStringLiteral("captain-ii"));
    model.sort(static_cast<int>(gui::StudyTableModel::Column::Name), Qt::DescendingOrder);
    EXPECT_EQ(captain.data(gui::RecordSlugRole).toString(), QStringLiteral("captain-ii"));
    EXPECT_EQ(model.rowOfSlug(QStringLiteral("captain-ii")), captain.row());
}

TEST(OutcomeTableModel, PassesTheModelTester)
{
    gui::OutcomeTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    catalogue::OutcomeMeasureRecord arat;
    arat.id = 1;
    arat.slug = QStringLiteral("arat");
    arat.name = QStringLiteral("Action Research Arm Test");
    arat.abbreviation = QStringLiteral("ARAT");
    arat.domain = QStringLiteral("motor");
    arat.direction = QStringLiteral("higher_better");
    arat.resultCount = 3;
    catalogue::OutcomeMeasureRecord nihss = arat;
    nihss.id = 2;
    nihss.slug = QStringLiteral("nihss");
    nihss.name = QStringLiteral("NIH Stroke Scale");
    nihss.abbreviation = QString();
    nihss.domain = QStringLiteral("neurological");
    nihss.direction = QStringLiteral("lower_better");
    model.setRecords({arat, nihss});
    for (int c = 0; c < model.columnCount(); ++c) {
        model.sort(c, Qt::DescendingOrder);
    }
    EXPECT_EQ(model.rowCount(), 2);
    model.sort(0, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, 2).data().toString(), QStringLiteral("Motor"));
    EXPECT_EQ(model.index(1, 3).data().toString(), QStringLiteral("Lower is better"));
}

TEST(MechanismTableModel, PassesTheModelTesterAndShowsTargetDirections)
{
    gui::MechanismTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    catalogue::MechanismRecord m;
    m.id = 1;
    m.slug = QStringLiteral("reducing-neuroinflammation");
    m.category = QStringLiteral("Reducing Neuroinflammation");
    catalogue::MechanismTargetRecord tnf;
    tnf.name = QStringLiteral("TNFα");
    tnf.direction = QStringLiteral("down");
    catalogue::MechanismTargetRecord creb;
    creb.name = QStringLiteral("CREB");
    creb.direction = QStringLiteral("up");
    m.targets = {tnf, creb};
    model.setRecords({m});
    model.sort(1, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("TNFα↓, CREB↑"));
}

TEST(ClaimTableModel, PassesTheModelTesterAndKeepsTheArticleOrder)
{
    gui::ClaimTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    catalogue::ClaimRecord first;
    first.id = 10;
    first.slug = QStringLiteral("z-first");
    first.text = QStringLiteral("Zebra claim comes first in the article");
    first.verdict = QStringLiteral("consistent");
    first.sortOrder = 1;
    catalogue::ClaimRecord second = first;
    second.id = 11;
    second.slug = QStringLiteral("a-second");
    second.text = QStringLiteral("Another claim");
    second.verdict = QStringLiteral("discrepant");
    second.sortOrder = 2;
    model.setRecords({second, first});
    model.sort(0, Qt::AscendingOrder);
    EXPECT_EQ(model.slugAt(0), QStringLiteral("z-first"));
    EXPECT_EQ(model.index(1, 2).data().toString(), QStringLiteral("Differs"));
    EXPECT_EQ(model.index(1, 2).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Differs from its source"));
}

TEST(SourceTableModel, PassesTheModelTester)
{
    gui::SourceTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    catalogue::SourceRecord article;
    article.id = 1;
    article.slug = QStringLiteral("article");
    article.kind = QStringLiteral("article");
    article.shortLabel = QStringLiteral("The article");
    article.sponsorship = QStringLiteral("unknown");
    catalogue::SourceRecord cochrane = article;
    cochrane.id = 2;
    cochrane.slug = QStringLiteral("cochrane-2023");
    cochrane.kind = QStringLiteral("systematic_review");
    cochrane.shortLabel = QStringLiteral("Ziganshina 2023 (Cochrane)");
    cochrane.sponsorship = QStringLiteral("independent");
    cochrane.year = 2023;
    model.setRecords({article, cochrane});
    for (int c = 0; c < model.columnCount(); ++c) {
        model.sort(c, Qt::DescendingOrder);
    }
    model.sort(1, Qt::AscendingOrder);
    EXPECT_EQ(model.slugAt(0), QStringLiteral("cochrane-2023")); // the year-less one last
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("Independent"));
}

TEST(TableExport, CsvQuotesWhatNeedsQuotingAndKeepsTheShownValues)
{
    gui::ClaimTableModel model;
    catalogue::ClaimRecord claim;
    claim.id = 1;
    claim.slug = QStringLiteral("c");
    claim.text = QStringLiteral("An effect size of 0.62, \"moderate\"");
    claim.topic = QStringLiteral("stroke");
    claim.verdict = QStringLiteral("overstated");
    model.setRecords({claim});
    EXPECT_EQ(
        gui::tableAsCsv(model),
        QStringLiteral("Claim,Topic,Verdict,Study\r\n"
                       "\"An effect size of 0.62, \"\"moderate\"\"\",Stroke,Overstated,\r\n"));
    EXPECT_EQ(gui::rowAsText(model, 0),
              QStringLiteral("An effect size of 0.62, \"moderate\"\tStroke\tOverstated\t"));
}

} // namespace

// The reviewers' views, offscreen, driven with QTest on the bundled catalogue: the outcome
// matrix cell for CAPTAIN II day 90 opens its result; Compare highlights CAPTAIN I's and II's
// different N; Pool refuses a meta-analysis with its own trial (naming both) and human with
// animal results (in a test catalogue), and saves, reopens and exports a named analysis; the
// claims audit shows its working; the summary of findings derives the risks per 1,000.
#include "cataloguecopy.h"
#include "charts/forestplotview.h"
#include "gui/features/review/claimsauditview.h"
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/poolsensitivitypanel.h"
#include "gui/features/review/resultdialog.h"
#include "gui/features/review/synthesesview.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <cmath>
#include <gtest/gtest.h>

using namespace eb::gui::review;

namespace {

class ReviewViews : public eb::test::CatalogueCopyTest
{
};

QModelIndex matrixIndex(const OutcomeMatrixModel &model, const QString &study,
                        const QString &outcome, const QString &timepoint)
{
    const eb::review::OutcomeMatrix &m = model.matrix();
    for (int r = 0; r < m.rows.size(); ++r) {
        if (m.rows.at(r).studySlug != study)
            continue;
        for (int c = 0; c < m.columns.size(); ++c) {
            if (m.columns.at(c).outcomeSlug == outcome && m.columns.at(c).timepoint == timepoint)
                return model.index(r, c + 1);
        }
    }
    return {};
}

TEST_F(ReviewViews, MatrixCellForCaptainIiDay90OpensThatResult)
{
    OutcomeMatrixView view(m_catalogue);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QModelIndex index =
        matrixIndex(*view.model(), QStringLiteral("captain-ii"), QStringLiteral("captain-ensemble"),
                    QStringLiteral("day 90"));
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.data().toString(), QStringLiteral("MW 0.59 (0.52 to 0.66)"));
    EXPECT_EQ(index.data(OutcomeMatrixModel::ResultIdRole).toLongLong(), 16);
    // CARS-2 measured ARAT but reports no effect: told apart from a never-measured cell.
    const QModelIndex cars2 = matrixIndex(*view.model(), QStringLiteral("cars-2"),
                                          QStringLiteral("arat"), QStringLiteral("day 90"));
    EXPECT_EQ(cars2.data(OutcomeMatrixModel::StateRole).toString(),
              QStringLiteral("measured_not_reported"));
    // ... and from a cell never measured (CARS-2 has no CAPTAIN ensemble): empty.
    const QModelIndex captainColumn =
        matrixIndex(*view.model(), QStringLiteral("captain-ii"), QStringLiteral("captain-ensemble"),
                    QStringLiteral("day 90"));
    const QModelIndex never = view.model()->index(cars2.row(), captainColumn.column());
    EXPECT_TRUE(never.data(OutcomeMatrixModel::StateRole).toString().isEmpty());
    EXPECT_FALSE(never.data().isValid());

    QSignalSpy opened(&view, &OutcomeMatrixView::resultOpened);
    view.tableView()->scrollTo(index);
    QTest::mouseClick(view.tableView()->viewport(), Qt::LeftButton, {},
                      view.tableView()->visualRect(index).center());
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), 16);
    auto *dialog = view.findChild<ResultDialog *>(QStringLiteral("resultDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->resultId(), 16);
    const QString text = dialog->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Muresanu 2020"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ensemble of 13 outcome scales")));

    // Converted to d: marked derived.
    view.metricBox()->setCurrentIndex(view.metricBox()->findData(QStringLiteral("d")));
    const QModelIndex d = matrixIndex(*view.model(), QStringLiteral("captain-ii"),
                                      QStringLiteral("captain-ensemble"), QStringLiteral("day 90"));
    EXPECT_TRUE(d.data().toString().startsWith(QStringLiteral("d 0.32 (0.07 to 0.58)")))
        << d.data().toString().toStdString();
    EXPECT_TRUE(d.data().toString().endsWith(QStringLiteral("*")));
    // Exports.
    QString error;
    EXPECT_TRUE(view.exportCsv(m_dir.filePath(QStringLiteral("m.csv")), &error))
        << error.toStdString();
    EXPECT_TRUE(view.exportPicture(m_dir.filePath(QStringLiteral("m.png")), &error));
    EXPECT_GT(QFile(m_dir.filePath(QStringLiteral("m.png"))).size(), 1000);
    // Filters as in the main table: only the rat study.
    view.speciesBox()->setCurrentIndex(view.speciesBox()->findData(QStringLiteral("rat")));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->matrix().rows.first().studySlug, QStringLiteral("zhang-2020-rat-chi"));
    view.speciesBox()->setCurrentIndex(0);
    view.summaryBox()->setChecked(true);
    EXPECT_GT(view.gapView()->model()->rowCount(), 10);
}

TEST_F(ReviewViews, CompareHighlightsTheDifferentN)
{
    CompareView view(m_catalogue);
    view.setStudies({QStringLiteral("captain-i"), QStringLiteral("captain-ii")});
    QTableWidget *table = view.table();
    ASSERT_EQ(table->columnCount(), 2);
    int nRow = -1;
    int designRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("n_enrolled"))
            nRow = r;
        if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("design"))
            designRow = r;
    }
    ASSERT_GE(nRow, 0);
    ASSERT_GE(designRow, 0);
    EXPECT_EQ(table->item(nRow, 0)->text(), QStringLiteral("46"));
    EXPECT_EQ(table->item(nRow, 1)->text(), QStringLiteral("142"));
    EXPECT_EQ(table->item(nRow, 0)->background().color(), CompareView::highlight());
    EXPECT_NE(table->item(designRow, 0)->background().color(), CompareView::highlight());
    view.differencesOnly()->setChecked(true);
    for (int r = 0; r < table->rowCount(); ++r)
        EXPECT_NE(table->item(r, 0)->data(Qt::UserRole).toString(), QStringLiteral("design"));
}

TEST_F(ReviewViews, PoolRefusesCaptainIiWithTheCaptainMetaAnalysisNamingBoth)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({16, 23});
    EXPECT_FALSE(dialog.pool());
    const QString text = dialog.messages()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Refused"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN meta-analysis (Vester 2021)")));
    EXPECT_TRUE(text.contains(QStringLiteral("keep:16:23")));
    // "keep #16 only" drops the meta-analysis; one result is then too few.
    emit dialog.messages()->linkActivated(QStringLiteral("keep:16:23"));
    EXPECT_EQ(dialog.selectedResults(), QList<qint64>{16});
}

TEST_F(ReviewViews, PoolRefusesHumanWithAnimalInATestCatalogue)
{
    // The bundled rat study reports directions only; this test catalogue gives it an effect.
    ASSERT_TRUE(m_catalogue.runScripts(
        {{QStringLiteral("test.sql"),
          QByteArrayLiteral("INSERT INTO result (id, study_id, outcome_id, source_id, metric, "
                            "estimate, ci_low, ci_high, ci_level, higher_favours, quote) VALUES "
                            "(900, 12, 13, 14, 'd', 0.5, 0.1, 0.9, 95, 'treatment', 'test');")}}))
        << m_catalogue.lastError().toStdString();
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({16, 900});
    EXPECT_FALSE(dialog.pool());
    EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("Human and animal")))
        << dialog.messages()->text().toStdString();
    EXPECT_FALSE(dialog.forestView()->isVisible());
}

TEST_F(ReviewViews, PoolSavesReopensAndExportsANamedAnalysis)
{
    const QString file = m_dir.filePath(QStringLiteral("analyses.json"));
    double estimate = 0;
    {
        PoolDialog dialog(m_catalogue, file);
        dialog.setSelectedResults({21, 16});
        dialog.setMethod(eb::stats::PoolMethod::DerSimonianLaird, true);
        ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
        estimate = dialog.pooled()->estimate;
        EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("timepoints differ")));
        QString error;
        ASSERT_TRUE(dialog.saveAnalysis(QStringLiteral("CAPTAIN I and II"), &error))
            << error.toStdString();
        EXPECT_TRUE(dialog.exportChart(m_dir.filePath(QStringLiteral("pooled.svg")), &error))
            << error.toStdString();
        EXPECT_GT(QFile(m_dir.filePath(QStringLiteral("pooled.svg"))).size(), 1000);
    }
    PoolDialog reopened(m_catalogue, file);
    EXPECT_EQ(reopened.savedAnalysisNames(), QStringList{QStringLiteral("CAPTAIN I and II")});
    QString error;
    ASSERT_TRUE(reopened.openAnalysis(QStringLiteral("CAPTAIN I and II"), &error));
    ASSERT_TRUE(reopened.pooled());
    EXPECT_DOUBLE_EQ(reopened.pooled()->estimate, estimate);
    EXPECT_TRUE(reopened.pooled()->engine.knappHartung);
    QFile saved(file);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("no level for its interval"));
}

// Issue 15: opposite no-effect directions (a death, where RR > 1 is harm, with a response,
// where RR > 1 is benefit) are refused until the user flips one, in the window as with
// `evidence pool --results 901,902 --flip 901`; the pooled rows and a saved analysis record it.
TEST_F(ReviewViews, PoolFlipsADirectionOnlyWhenTheUserTicksIt)
{
    ASSERT_TRUE(m_catalogue.runScripts(
        {{QStringLiteral("test.sql"),
          QByteArrayLiteral("INSERT INTO result (id, study_id, outcome_id, source_id, metric, "
                            "estimate, ci_low, ci_high, ci_level, higher_favours, quote) VALUES "
                            "(901, 2, 17, 3, 'rr', 0.8, 0.6, 1.1, 95, 'control', 'test'), "
                            "(902, 3, 11, 3, 'rr', 1.2, 0.9, 1.6, 95, 'treatment', 'test');")}}))
        << m_catalogue.lastError().toStdString();
    const QString file = m_dir.filePath(QStringLiteral("analyses.json"));
    PoolDialog dialog(m_catalogue, file);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setSelectedResults({901, 902});
    EXPECT_FALSE(dialog.pool());
    EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("opposite")))
        << dialog.messages()->text().toStdString();
    QTableWidget *table = dialog.resultTable();
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->data(Qt::UserRole).toLongLong() == 901) {
            row = i;
        }
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(table->horizontalHeaderItem(PoolDialog::kFlipColumn)->text(),
              QStringLiteral("Flip direction"));
    // The user ticks "flip" on the death row, by the keyboard.
    table->setFocus();
    table->setCurrentCell(row, PoolDialog::kFlipColumn);
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_EQ(table->item(row, PoolDialog::kFlipColumn)->checkState(), Qt::Checked);
    EXPECT_EQ(dialog.flippedResults(), QList<qint64>{901});
    ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
    const auto &rows = dialog.pooled()->rows;
    ASSERT_EQ(rows.size(), 2);
    for (const auto &r : rows) {
        EXPECT_EQ(r.flipped, r.result.id == 901);
    }
    // The flipped death row is 1/0.8 = 1.25 (1/1.1 to 1/0.6) and says it was flipped.
    const auto &death = rows.at(rows.at(0).result.id == 901 ? 0 : 1);
    EXPECT_NEAR(death.estimate, 1.25, 1e-9);
    EXPECT_TRUE(death.conversion.contains(QStringLiteral("flipped")));
    EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("#901 flipped by you")))
        << dialog.messages()->text().toStdString();
    if (const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(dir + QStringLiteral("/pool-flipped.png")); // to look at it
    }
    QString error;
    ASSERT_TRUE(dialog.saveAnalysis(QStringLiteral("flipped"), &error)) << error.toStdString();

    PoolDialog reopened(m_catalogue, file);
    ASSERT_TRUE(reopened.openAnalysis(QStringLiteral("flipped"), &error)) << error.toStdString();
    ASSERT_TRUE(reopened.pooled()) << reopened.messages()->text().toStdString();
    EXPECT_EQ(reopened.flippedResults(), QList<qint64>{901});
    EXPECT_DOUBLE_EQ(reopened.pooled()->estimate, dialog.pooled()->estimate);
}

TEST_F(ReviewViews, PoolSensitivityPanelLeavesOneOutAndWarnsOfFewStudies)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({21, 16});
    ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
    PoolSensitivityPanel *panel = dialog.sensitivityPanel();
    ASSERT_TRUE(panel->isEnabled());
    panel->setAnalysis(PoolSensitivityPanel::LeaveOneOut);
    ASSERT_EQ(panel->table()->rowCount(), 2);
    // Leaving one of two out leaves the other's own estimate (pooling scale, k = 1).
    const auto &rows = dialog.pooled()->rows;
    EXPECT_EQ(panel->table()->item(0, 1)->text(), QString::number(rows.at(1).yi, 'g', 4));
    EXPECT_EQ(panel->table()->item(1, 1)->text(), QString::number(rows.at(0).yi, 'g', 4));
    panel->setAnalysis(PoolSensitivityPanel::Influence);
    EXPECT_EQ(panel->table()->rowCount(), 2);
    panel->setAnalysis(PoolSensitivityPanel::SmallStudy);
    EXPECT_TRUE(panel->note()->text().contains(QStringLiteral("little power")))
        << panel->note()->text().toStdString();
    // CAPTAIN I and II are both industry-sponsored: one subgroup, said so, no table.
    panel->setAnalysis(PoolSensitivityPanel::Sponsorship);
    EXPECT_TRUE(panel->note()->text().contains(QStringLiteral("at least 2")))
        << panel->note()->text().toStdString();
    // CARS-1 and CAPTAIN II (industry) with El Sayed 2018 (independent): two subgroups, and
    // with two subgroups Q between is (e1 - e2)^2 / (se1^2 + se2^2). (Ghaffarpasand 2019 no
    // longer joins them: two TBI syntheses whose inclusion is not stated are refused, issue 15.)
    dialog.setSelectedResults({6, 16, 52});
    ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
    panel->setAnalysis(PoolSensitivityPanel::Sponsorship);
    QTableWidget *groups = panel->table();
    ASSERT_EQ(groups->rowCount(), 2) << panel->note()->text().toStdString();
    EXPECT_EQ(groups->item(0, 0)->text(), QStringLiteral("industry"));
    EXPECT_EQ(groups->item(1, 0)->text(), QStringLiteral("independent"));
    EXPECT_EQ(groups->item(0, 1)->text(), QStringLiteral("2"));
    const double e1 = groups->item(0, 2)->text().toDouble();
    const double s1 = groups->item(0, 3)->text().toDouble();
    const double e2 = groups->item(1, 2)->text().toDouble();
    const double s2 = groups->item(1, 3)->text().toDouble();
    const double q = (e1 - e2) * (e1 - e2) / (s1 * s1 + s2 * s2);
    const QString note = panel->note()->text();
    const qsizetype at = note.indexOf(QStringLiteral("Q(df = 1) = "));
    ASSERT_GE(at, 0) << note.toStdString();
    const double shown = note.mid(at + 12).section(QLatin1Char(','), 0, 0).toDouble();
    EXPECT_NEAR(shown, q, 2e-3 * q) << note.toStdString();
    dialog.setSelectedResults({16, 23}); // refused: the panel empties and is disabled
    EXPECT_FALSE(dialog.pool());
    EXPECT_FALSE(panel->isEnabled());
    EXPECT_EQ(panel->table()->rowCount(), 0);
}

TEST_F(ReviewViews, ClaimsAuditListsCasiSdAndDoseWithTheirWorking)
{
    ClaimsAuditView view(m_catalogue);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto row = [&](const char *slug) -> const eb::review::ClaimAuditRow * {
        for (const eb::review::ClaimAuditRow &r : view.model()->rows()) {
            if (r.claim.slug == QLatin1String(slug))
                return &r;
        }
        return nullptr;
    };
    const auto *casi = row("tbi-casi-values");
    ASSERT_NE(casi, nullptr);
    EXPECT_EQ(casi->claim.verdict, QStringLiteral("discrepant"));
    const int casiRow = static_cast<int>(casi - view.model()->rows().data());
    const QString working =
        view.model()->index(casiRow, ClaimsAuditModel::WorkingColumn).data().toString();
    EXPECT_TRUE(working.contains(QStringLiteral("11.6")) &&
                working.contains(QStringLiteral("12.1")))
        << working.toStdString();
    const auto *dose = row("dosing-standard-protocol");
    ASSERT_NE(dose, nullptr);
    EXPECT_EQ(dose->claim.verdict, QStringLiteral("discrepant"));
    EXPECT_TRUE(dose->working.contains(QStringLiteral("5-30 mL × 215.2 mg/mL = 1,076-6,456 mg")));
    // The verdict column is never clipped.
    const QFontMetrics metrics(view.table()->font());
    EXPECT_GE(view.table()->horizontalHeader()->sectionSize(ClaimsAuditModel::VerdictColumn),
              metrics.horizontalAdvance(QStringLiteral("not verified")));
    EXPECT_TRUE(view.countsLabel()->text().contains(QStringLiteral("discrepant 5")));
    // Filter by verdict.
    view.verdictFilter()->setCurrentIndex(
        view.verdictFilter()->findData(QStringLiteral("discrepant")));
    EXPECT_EQ(view.model()->rowCount(), 5);
    // The records on both sides of the dose discrepancy.
    view.selectClaim(QStringLiteral("dosing-standard-protocol"));
    EXPECT_TRUE(view.recordsView()->toPlainText().contains(QStringLiteral("Product: 215.2 mg")))
        << view.recordsView()->toPlainText().toStdString();
}

TEST_F(ReviewViews, SummaryOfFindingsDerivesRisksPerThousand)
{
    SynthesesView view(m_catalogue);
    const eb::review::SofRow *nonFatal = nullptr;
    for (const eb::review::SofRow &r : view.summaryOfFindings()) {
        if (r.result.outcomeSlug == QLatin1String("sae-nonfatal"))
            nonFatal = &r;
    }
    ASSERT_NE(nonFatal, nullptr);
    EXPECT_DOUBLE_EQ(nonFatal->rr, 2.39);
    EXPECT_DOUBLE_EQ(nonFatal->rrLow, 1.10);
    EXPECT_DOUBLE_EQ(nonFatal->rrHigh, 5.23);
    // 1000 × 8/668 = 11.98 → 12; × 2.39 = 28.6 → 29; × 1.10 = 13.2 → 13; × 5.23 = 62.6 → 63.
    EXPECT_EQ(std::lround(*nonFatal->assumedPer1000), 12);
    EXPECT_EQ(std::lround(*nonFatal->correspondingPer1000), 29);
    EXPECT_EQ(std::lround(*nonFatal->correspondingLowPer1000), 13);
    EXPECT_EQ(std::lround(*nonFatal->correspondingHighPer1000), 63);
    EXPECT_EQ(nonFatal->certainty, QStringLiteral("moderate"));
    EXPECT_EQ(nonFatal->participants, QStringLiteral("1335 (3 RCTs)"));
    const QString text = view.browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("RR 2.39 (1.10 to 5.23)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("29 (13 to 63)")));
    EXPECT_TRUE(text.contains(QStringLiteral("1000 × 8/668")));
    // The formula repeats the RR with the review's digits (1.10, not 1.1).
    EXPECT_TRUE(nonFatal->formula.contains(QStringLiteral("RR 2.39 (CI 1.10 to 5.23)")))
        << nonFatal->formula.toStdString();
    // Industry and independent side by side, harms listed for both.
    EXPECT_TRUE(text.contains(QStringLiteral("Industry-sponsored")));
    EXPECT_TRUE(text.contains(QStringLiteral("Independent")));
    EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN meta-analysis (Vester 2021)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Harms")));
}

TEST_F(ReviewViews, TheViewMenuOpensEachReviewWindow)
{
    eb::gui::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    eb::gui::MainWindow window(m_catalogue, settings);
    QStringList names;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName().endsWith(QLatin1String("Action")) &&
            !action->objectName().isEmpty())
            names << action->objectName();
    }
    for (const char *name : {"outcomeMatrixAction", "compareAction", "poolAction",
                             "synthesesAction", "claimsAuditAction"})
        EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
    auto *claims = window.findChild<QAction *>(QStringLiteral("claimsAuditAction"));
    ASSERT_NE(claims, nullptr);
    claims->trigger();
    EXPECT_NE(window.findChild<ClaimsAuditView *>(), nullptr);
}

} // namespace

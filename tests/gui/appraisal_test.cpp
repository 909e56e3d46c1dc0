// View ▸ Risk of Bias and GRADE, offscreen, driven with QTest on a copy of the bundled catalogue:
// every pair starts "not assessed"; the RoB 2 dialog refuses an overall judgement less severe
// than a domain (nothing written, the dialog says why) and saves a valid one, which the table,
// the traffic-light plot and `evidence rob show` then agree on; the GRADE dialog's certainty
// follows the levels typed, and the summary of findings shows ours beside the review's.
#include "cataloguecopy.h"
#include "charts/chartview.h"
#include "charts/robchart.h"
#include "gui/features/review/appraisalview.h"
#include "gui/features/review/gradedialog.h"
#include "gui/features/review/robdialog.h"
#include "gui/features/review/synthesesview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace eb::gui::review;
using eb::catalogue::GradeDomain;
using eb::catalogue::RobDomain;

namespace {

class AppraisalWindow : public eb::test::CatalogueCopyTest
{
protected:
    int robRowOf(const AppraisalView &view, const QString &study, const QString &outcome) const
    {
        for (int i = 0; i < view.robRows().size(); ++i) {
            if (view.robRows().at(i).studySlug == study &&
                view.robRows().at(i).outcomeSlug == outcome) {
                return i;
            }
        }
        return -1;
    }
};

void choose(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    ASSERT_GE(index, 0) << key.toStdString();
    box->setCurrentIndex(index);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_F(AppraisalWindow, EveryPairStartsNotAssessed)
{
    AppraisalView view(m_catalogue);
    const int row = robRowOf(view, QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("casi"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(view.robTable()->item(row, 2)->text(), QStringLiteral("not assessed"));
    for (const auto &r : view.robRows()) {
        EXPECT_FALSE(r.assessment.has_value());
    }
}

TEST_F(AppraisalWindow, TheRobDialogRefusesALenientOverallThenSaves)
{
    AppraisalView view(m_catalogue);
    view.show();
    const int row = robRowOf(view, QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("casi"));
    ASSERT_GE(row, 0);
    bool firstRefused = false;
    view.dialogHook = [&](QDialog *d) {
        auto *dialog = qobject_cast<RobDialog *>(d);
        ASSERT_NE(dialog, nullptr);
        for (const RobDomain domain : eb::catalogue::allRobDomains()) {
            choose(dialog->judgementBox(domain), QStringLiteral("low"));
        }
        choose(dialog->judgementBox(RobDomain::Deviations), QStringLiteral("high"));
        type(dialog->reasonEdit(RobDomain::Deviations), QStringLiteral("open-label, no blinding"));
        EXPECT_TRUE(dialog->suggestion()->text().contains(QStringLiteral("High risk of bias")))
            << dialog->suggestion()->text().toStdString();
        choose(dialog->overallBox(), QStringLiteral("low"));
        firstRefused = !dialog->save();
        EXPECT_TRUE(dialog->problems()->text().contains(QStringLiteral("less severe")))
            << dialog->problems()->text().toStdString();
        EXPECT_TRUE(m_catalogue.robAssessments().isEmpty());
        choose(dialog->overallBox(), QStringLiteral("high"));
        type(dialog->overallReason(), QStringLiteral("D2"));
        type(dialog->assessorEdit(), QStringLiteral("QTest"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    };
    EXPECT_TRUE(view.assessRobRow(row));
    EXPECT_TRUE(firstRefused);

    const auto stored = m_catalogue.robAssessments();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().overall.judgement, QStringLiteral("high"));
    EXPECT_EQ(stored.first().domain(RobDomain::Deviations).reason,
              QStringLiteral("open-label, no blinding"));
    // The table and the plot show what was stored.
    const int after = robRowOf(view, QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("casi"));
    EXPECT_TRUE(view.robTable()->item(after, 3)->text().contains(QStringLiteral("High")));
    auto *chart = dynamic_cast<eb::charts::RobChart *>(view.chartView()->figure());
    ASSERT_NE(chart, nullptr);
    ASSERT_EQ(chart->spec().ranks.size(), 1); // assessed pairs only
    EXPECT_EQ(chart->spec().ranks.first(), (QList<int>{0, 2, 0, 0, 0, 2}));
    const QString svg = m_dir.filePath(QStringLiteral("rob.svg"));
    QString error;
    EXPECT_TRUE(view.exportPlot(svg, &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(svg));
}

TEST_F(AppraisalWindow, TheGradeDialogsCertaintyFollowsTheLevelsAndReachesTheSummaryOfFindings)
{
    AppraisalView view(m_catalogue);
    view.tabs()->setCurrentIndex(1);
    int row = -1;
    for (int i = 0; i < view.gradeRows().size(); ++i) {
        if (view.gradeRows().at(i).outcomeSlug == QLatin1String("all-cause-death")) {
            row = i;
        }
    }
    ASSERT_GE(row, 0);
    EXPECT_TRUE(view.gradeTable()->item(row, 2)->text().startsWith(QStringLiteral("moderate")));
    view.dialogHook = [&](QDialog *d) {
        auto *dialog = qobject_cast<GradeDialog *>(d);
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog->certainty()->text().endsWith(QStringLiteral("High")));
        dialog->levelBox(GradeDomain::Imprecision)->setValue(1);
        dialog->levelBox(GradeDomain::RiskOfBias)->setValue(1);
        EXPECT_TRUE(dialog->certainty()->text().endsWith(QStringLiteral("Low")))
            << dialog->certainty()->text().toStdString();
        EXPECT_FALSE(dialog->save()); // no reasons yet
        EXPECT_TRUE(dialog->problems()->text().contains(QStringLiteral("reason")));
        for (const GradeDomain domain : eb::catalogue::allGradeDomains()) {
            type(dialog->reasonEdit(domain), QStringLiteral("checked"));
        }
        EXPECT_TRUE(dialog->save());
    };
    EXPECT_TRUE(view.rateGradeRow(row));
    EXPECT_EQ(view.gradeTable()->item(row, 1)->text(), QStringLiteral("Low"));

    SynthesesView syntheses(m_catalogue);
    const QString html = syntheses.browser()->toPlainText();
    EXPECT_TRUE(html.contains(QStringLiteral("moderate (graded by Cochrane review 2023 "
                                             "(Ziganshina)); ours: low")))
        << html.toStdString();
}
